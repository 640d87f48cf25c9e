/**
 * How a room's 1–5 scores for a priority area add up, and how areas rank.
 *
 * - Each criterion shows its mean, its spread as the population standard deviation (the room
 *   is the whole population of scorers, not a sample of one) and the lowest and highest score,
 *   so a split room (1 and 5) is told apart from a lukewarm one (3 and 3).
 * - The overall score is the mean of the four criterion means, i.e. every criterion weighs the
 *   same. With every member scoring all four criteria it equals the mean of all scores given.
 * - Ranking: highest overall first; ties go to the area more members scored, then by service
 *   area name; areas nobody has scored come last.
 *
 * Everything is worked out from integer sums, so ranking compares exact fractions; only the
 * figures shown are rounded (to two decimals).
 */

export const PRIORITY_CRITERIA = ['need', 'feasibility', 'appetite', 'impact'] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

/** Sums over the scores one area received, as SQL aggregates them. */
export interface CriterionTotals {
  sum: number;
  sumOfSquares: number;
  min: number | null;
  max: number | null;
}

export interface ScoreTotals {
  scorers: number;
  criteria: Record<PriorityCriterion, CriterionTotals>;
}

export interface CriterionSummary {
  mean: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
}

export interface PriorityScoreSummary {
  scorers: number;
  criteria: Record<PriorityCriterion, CriterionSummary>;
  /** Mean of the four means; null until somebody has scored. */
  overall: number | null;
  /** The overall score as an exact fraction, for ranking without rounding. */
  overallExact: { numerator: number; denominator: number } | null;
}

export function roundTo2(value: number): number {
  const rounded = Math.round((value + Number.EPSILON) * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

export function emptyTotals(): ScoreTotals {
  const none = (): CriterionTotals => ({ sum: 0, sumOfSquares: 0, min: null, max: null });
  return { scorers: 0, criteria: { need: none(), feasibility: none(), appetite: none(), impact: none() } };
}

export function summariseScores(totals: ScoreTotals): PriorityScoreSummary {
  const n = totals.scorers;
  const criteria = Object.fromEntries(
    PRIORITY_CRITERIA.map((criterion) => {
      const t = totals.criteria[criterion];
      if (n === 0) return [criterion, { mean: null, standardDeviation: null, min: null, max: null }];
      // Population variance from integer sums: (n·Σx² − (Σx)²) / n², exact until the square root.
      const variance = (n * t.sumOfSquares - t.sum * t.sum) / (n * n);
      return [
        criterion,
        { mean: roundTo2(t.sum / n), standardDeviation: roundTo2(Math.sqrt(Math.max(0, variance))), min: t.min, max: t.max },
      ];
    }),
  ) as Record<PriorityCriterion, CriterionSummary>;
  if (n === 0) return { scorers: 0, criteria, overall: null, overallExact: null };
  const total = PRIORITY_CRITERIA.reduce((sum, c) => sum + totals.criteria[c].sum, 0);
  const denominator = n * PRIORITY_CRITERIA.length;
  return { scorers: n, criteria, overall: roundTo2(total / denominator), overallExact: { numerator: total, denominator } };
}

/** Highest overall first; then more scorers; then by name; unscored last. A new, sorted array. */
export function rankPriorityAreas<T extends { summary: PriorityScoreSummary }>(areas: readonly T[], nameOf: (area: T) => string): T[] {
  return [...areas].sort((a, b) => {
    const x = a.summary.overallExact;
    const y = b.summary.overallExact;
    if (x && !y) return -1;
    if (!x && y) return 1;
    if (x && y) {
      const difference = y.numerator * x.denominator - x.numerator * y.denominator;
      if (difference !== 0) return difference;
    }
    if (a.summary.scorers !== b.summary.scorers) return b.summary.scorers - a.summary.scorers;
    return nameOf(a).localeCompare(nameOf(b), 'en', { sensitivity: 'base' });
  });
}
