/**
 * How a pilot metric stands: its latest measurement against the baseline and the target.
 * Figures are rounded to 6 decimals so that binary floating-point noise (0.1 + 0.2) never
 * reaches a screen or a comparison; measurements are never that precise anyway.
 */

export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export const METRIC_DIRECTIONS: readonly MetricDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];

export interface MetricDefinition {
  direction: MetricDirection;
  baseline: number | null;
  target: number | null;
}

export interface Measurement {
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  value: number;
}

export interface MetricSummary {
  latest: Measurement | null;
  /** Latest minus baseline, in the metric's unit. */
  changeFromBaseline: number | null;
  /** The change signed so that a positive number is always good news. */
  improvement: number | null;
  /**
   * Share of the way from baseline to target: 0 at the baseline, 1 on target, above 1 beyond it,
   * below 0 when the metric has moved away. Null when baseline or target is missing or they are
   * equal (there is no distance to cover).
   */
  progressToTarget: number | null;
  /**
   * True when the target is already met, or, short of it, when the metric has improved on the
   * baseline; false when it has not moved or has got worse. Null when there is nothing to judge
   * by: no measurement yet, or neither a baseline nor a met target.
   */
  onTrack: boolean | null;
}

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function roundTo6(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 1e6)) / 1e6;
  return rounded === 0 ? 0 : rounded; // no -0 on screen
}

/** The most recent measurement; of several on the same date, the one given last. */
export function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) {
    if (!CALENDAR_DATE.test(m.date)) {
      throw new RangeError(`Measurement date "${m.date}" is not a calendar date in the form YYYY-MM-DD`);
    }
    if (!Number.isFinite(m.value)) throw new RangeError(`Measurement value on ${m.date} is not a number`);
    // ISO dates sort as strings; >= lets a later entry for the same day win.
    if (latest === null || m.date >= latest.date) latest = m;
  }
  return latest ? { date: latest.date, value: latest.value } : null;
}

function isBetter(direction: MetricDirection, value: number, than: number): boolean {
  return direction === 'HIGHER_IS_BETTER' ? value > than : value < than;
}

export function summariseMetric(definition: MetricDefinition, measurements: readonly Measurement[]): MetricSummary {
  const { direction, baseline, target } = definition;
  if (!METRIC_DIRECTIONS.includes(direction)) throw new RangeError(`Unknown metric direction: ${String(direction)}`);
  const latest = latestMeasurement(measurements);
  if (!latest) {
    return { latest: null, changeFromBaseline: null, improvement: null, progressToTarget: null, onTrack: null };
  }

  const change = baseline === null ? null : roundTo6(latest.value - baseline);
  const improvement = change === null ? null : roundTo6(direction === 'HIGHER_IS_BETTER' ? change : -change);
  const progressToTarget =
    baseline === null || target === null || roundTo6(target - baseline) === 0
      ? null
      : roundTo6((latest.value - baseline) / (target - baseline));

  const value = roundTo6(latest.value);
  const targetMet = target !== null && (value === roundTo6(target) || isBetter(direction, value, roundTo6(target)));
  const onTrack = targetMet ? true : improvement === null ? null : improvement > 0;

  return { latest, changeFromBaseline: change, improvement, progressToTarget, onTrack };
}
