import { FREQUENCIES, FREQUENCY_SCORES, type Frequency, MIN_ANSWERS_PER_AREA } from './survey-index';
import { oftenShare } from './hidden-coproduction';

/**
 * Per-question results and what goes with coproduction, asked locally.
 *
 * The 2008 five-country survey found a clear gradient by effort (Loeffler et al. 2008): acts that
 * take little effort and no contact with anyone (locking up, recycling, saving energy) were done
 * often by about 80% of citizens; changing one's own lifestyle by about 50%; taking part in a group
 * regularly least of all. Each default question is tagged with its kind of effort so a local survey
 * can show whether the same pattern holds.
 *
 * Drivers: Parrado et al. (2013) found political self-efficacy (believing one's action makes a
 * difference) the strongest correlate of coproduction in every area and country, and worse
 * perceived conditions in an area going with more coproduction. Both are associations: the
 * self-efficacy link may be partly endogenous (coproducing may itself raise it, or a third thing
 * may drive both). So results here give a correlation with its direction and sample size, and
 * never word it as a cause or a prediction.
 */

export const EFFORT_KINDS = ['LOW_EFFORT', 'LIFESTYLE_CHANGE', 'GROUP_PARTICIPATION', 'OTHER'] as const;
export type EffortKind = (typeof EFFORT_KINDS)[number];

export const EFFORT_KIND_INFO: Readonly<Record<EffortKind, { label: string; reference: string | null }>> = {
  LOW_EFFORT: {
    label: 'Little effort, done alone (locking up, recycling, saving energy)',
    reference: 'About 80% answered "often" in the 2008 five-country survey (Loeffler et al. 2008).',
  },
  LIFESTYLE_CHANGE: {
    label: 'Changing one’s own way of life',
    reference: 'About 50% answered "often" in the 2008 survey (Loeffler et al. 2008).',
  },
  GROUP_PARTICIPATION: {
    label: 'Taking part in a group regularly',
    reference: 'The least common kind in the 2008 survey (Loeffler et al. 2008).',
  },
  OTHER: { label: 'Other acts (reporting, helping a neighbour, stepping in)', reference: null },
};

/** The kind of effort of each default question (keys of DEFAULT_POLICY_AREAS); others are OTHER. */
export const QUESTION_EFFORT: Readonly<Record<string, EffortKind>> = {
  'safety.q5': 'LOW_EFFORT',
  'environment.q1': 'LOW_EFFORT',
  'environment.q2': 'LOW_EFFORT',
  'environment.q3': 'LIFESTYLE_CHANGE',
  'health.q1': 'LIFESTYLE_CHANGE',
  'safety.q4': 'GROUP_PARTICIPATION',
  'environment.q4': 'GROUP_PARTICIPATION',
  'health.q4': 'GROUP_PARTICIPATION',
};

export function effortOf(questionKey: string): EffortKind {
  return QUESTION_EFFORT[questionKey] ?? 'OTHER';
}

export const DRIVER_KINDS = ['SELF_EFFICACY', 'PERCEIVED_CONDITIONS'] as const;
export type DriverKind = (typeof DRIVER_KINDS)[number];

export interface DriverQuestion {
  key: string;
  kind: DriverKind;
  /** The policy area a question on perceived conditions is about; null for self-efficacy. */
  area: string | null;
  text: string;
}

/** Asked on the same never/sometimes/often scale. For conditions, "often" means worse. */
export const SELF_EFFICACY_QUESTION: DriverQuestion = {
  key: 'drivers.efficacy',
  kind: 'SELF_EFFICACY',
  area: null,
  text: 'How often do you feel that people like you can change how things go in your area?',
};

export const CONDITIONS_QUESTIONS: Readonly<Record<string, DriverQuestion>> = {
  COMMUNITY_SAFETY: {
    key: 'drivers.conditions.safety',
    kind: 'PERCEIVED_CONDITIONS',
    area: 'COMMUNITY_SAFETY',
    text: 'How often do crime or antisocial behaviour trouble you where you live?',
  },
  LOCAL_ENVIRONMENT: {
    key: 'drivers.conditions.environment',
    kind: 'PERCEIVED_CONDITIONS',
    area: 'LOCAL_ENVIRONMENT',
    text: 'How often are litter, noise or neglected streets and parks a problem where you live?',
  },
  HEALTH: {
    key: 'drivers.conditions.health',
    kind: 'PERCEIVED_CONDITIONS',
    area: 'HEALTH',
    text: 'How often do you find it hard to get the health care you or your family need?',
  },
};

/** The optional driver questions for a survey over these areas: self-efficacy, then conditions per area. */
export function driverQuestions(areas: readonly string[]): DriverQuestion[] {
  return [SELF_EFFICACY_QUESTION, ...areas.map((a) => CONDITIONS_QUESTIONS[a]).filter((q): q is DriverQuestion => q !== undefined)];
}

type Answers = Readonly<Record<string, Frequency | string | null | undefined>>;

function asFrequency(value: unknown): Frequency | null {
  return (FREQUENCIES as readonly unknown[]).includes(value) ? (value as Frequency) : null;
}

export interface QuestionResult {
  key: string;
  /** People who answered it. */
  answered: number;
  often: number;
  /** Share answering "often", 0–1, three decimals; null when nobody answered. */
  oftenShare: number | null;
  effort: EffortKind;
}

/** Share answering "often" per question, with how many answered each. */
export function questionResults(questionKeys: readonly string[], responses: ReadonlyArray<{ answers: Answers }>): QuestionResult[] {
  return questionKeys.map((key) => {
    let answered = 0;
    let often = 0;
    for (const r of responses) {
      const value = asFrequency(r.answers[key]);
      if (value === null) continue;
      answered += 1;
      if (value === 'OFTEN') often += 1;
    }
    return { key, answered, often, oftenShare: oftenShare(often, answered), effort: effortOf(key) };
  });
}

export interface EffortResult {
  effort: EffortKind;
  questions: number;
  /** Answers to those questions. */
  answers: number;
  oftenShare: number | null;
}

/** The same answers grouped by kind of effort, in EFFORT_KINDS order, kinds without questions left out. */
export function effortPattern(results: readonly QuestionResult[]): EffortResult[] {
  return EFFORT_KINDS.flatMap((effort) => {
    const own = results.filter((r) => r.effort === effort);
    if (own.length === 0) return [];
    const answers = own.reduce((n, r) => n + r.answered, 0);
    const often = own.reduce((n, r) => n + r.often, 0);
    return [{ effort, questions: own.length, answers, oftenShare: oftenShare(often, answers) }];
  });
}

export type Direction = 'POSITIVE' | 'NEGATIVE' | 'NONE';

/** Below this many pairs no coefficient is given: it would swing too much to read. */
export const MIN_PAIRS_FOR_CORRELATION = 10;
/** Under this size in either direction a coefficient is read as little or no association. */
export const NEGLIGIBLE_CORRELATION = 0.1;

export interface Correlation {
  /** Pearson's r, three decimals; null with too few pairs or when one side never varies. */
  coefficient: number | null;
  /** Pairs it was computed over. */
  n: number;
  direction: Direction | null;
}

/** Pearson's correlation coefficient of paired values. */
export function pearson(pairs: ReadonlyArray<readonly [number, number]>): Correlation {
  const n = pairs.length;
  if (n < MIN_PAIRS_FOR_CORRELATION) return { coefficient: null, n, direction: null };
  const meanX = pairs.reduce((s, [x]) => s + x, 0) / n;
  const meanY = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0 || syy === 0) return { coefficient: null, n, direction: null };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const coefficient = Math.round(r * 1000) / 1000 || 0;
  const direction: Direction =
    coefficient >= NEGLIGIBLE_CORRELATION ? 'POSITIVE' : coefficient <= -NEGLIGIBLE_CORRELATION ? 'NEGATIVE' : 'NONE';
  return { coefficient, n, direction };
}

/** A respondent's coproduction score in these questions (mean of 0/50/100), when they answered enough. */
function scoreIn(answers: Answers, questionKeys: readonly string[]): number | null {
  const minAnswers = Math.min(MIN_ANSWERS_PER_AREA, questionKeys.length);
  const scores = questionKeys.map((k) => asFrequency(answers[k])).filter((f): f is Frequency => f !== null);
  if (scores.length === 0 || scores.length < minAnswers) return null;
  return scores.reduce((s, f) => s + FREQUENCY_SCORES[f], 0) / scores.length;
}

/** A respondent's overall score: the mean of their scores in the areas they count in. */
function overallScore(answers: Answers, questionsByArea: Readonly<Record<string, readonly string[]>>): number | null {
  const areaScores = Object.values(questionsByArea)
    .map((keys) => scoreIn(answers, keys))
    .filter((s): s is number => s !== null);
  return areaScores.length ? areaScores.reduce((a, b) => a + b, 0) / areaScores.length : null;
}

export interface DriverAssociation extends Correlation {
  driver: DriverKind;
  /** The policy area compared; null for self-efficacy against the whole survey. */
  area: string | null;
  /** In plain words, with the direction and the sample size, never as a cause. */
  statement: string;
}

export const ASSOCIATION_CAVEAT =
  'These figures show how two answers go together among the people who answered, not what causes what. ' +
  'The link with self-efficacy may run both ways: taking part may itself build the belief that one can make a difference, ' +
  'or something not asked about may lie behind both (Parrado et al. 2013).';

function describe(driver: DriverKind, areaLabel: string | null, c: Correlation): string {
  const what =
    driver === 'SELF_EFFICACY'
      ? 'feeling that people like them can change things'
      : `being troubled by conditions in ${areaLabel?.toLowerCase() ?? 'the area'}`;
  const doing = areaLabel ? `coproduction in ${areaLabel.toLowerCase()}` : 'coproduction';
  if (c.coefficient === null) {
    return c.n < MIN_PAIRS_FOR_CORRELATION
      ? `Too few residents answered both (${c.n}; at least ${MIN_PAIRS_FOR_CORRELATION} are needed) to show how ${what} and reported ${doing} go together.`
      : `Everyone gave the same answer on one side (${c.n} residents), so there is nothing to compare.`;
  }
  const figures = `r = ${c.coefficient.toFixed(2)}, ${c.n} residents`;
  if (c.direction === 'POSITIVE') return `Residents who more often report ${what} also tend to report more ${doing} (${figures}).`;
  if (c.direction === 'NEGATIVE') return `Residents who more often report ${what} tend to report less ${doing} (${figures}).`;
  return `Little or no association between ${what} and reported ${doing} (${figures}).`;
}

/**
 * Self-efficacy against each respondent's overall score, then each area's perceived conditions
 * against the area's score; only for driver questions the survey asked.
 */
export function driverAssociations(
  responses: ReadonlyArray<{ answers: Answers }>,
  questionsByArea: Readonly<Record<string, readonly string[]>>,
  asked: readonly DriverQuestion[],
  labelOf: (area: string) => string,
): DriverAssociation[] {
  const associations: DriverAssociation[] = [];
  for (const question of asked) {
    const pairs: Array<[number, number]> = [];
    for (const r of responses) {
      const driver = asFrequency(r.answers[question.key]);
      if (driver === null) continue;
      const score =
        question.area === null ? overallScore(r.answers, questionsByArea) : scoreIn(r.answers, questionsByArea[question.area] ?? []);
      if (score !== null) pairs.push([FREQUENCY_SCORES[driver], score]);
    }
    const c = pearson(pairs);
    const label = question.area === null ? null : labelOf(question.area);
    associations.push({ ...c, driver: question.kind, area: question.area, statement: describe(question.kind, label, c) });
  }
  return associations;
}

export interface SelfEfficacySummary {
  answered: number;
  /** Share answering "often", 0–1; null when nobody answered. */
  oftenShare: number | null;
  /** Mean on the 0–100 scale, one decimal; null when nobody answered. */
  meanScore: number | null;
}

/** How residents answered the self-efficacy question in one survey. */
export function selfEfficacySummary(responses: ReadonlyArray<{ answers: Answers }>): SelfEfficacySummary {
  let answered = 0;
  let often = 0;
  let total = 0;
  for (const r of responses) {
    const value = asFrequency(r.answers[SELF_EFFICACY_QUESTION.key]);
    if (value === null) continue;
    answered += 1;
    total += FREQUENCY_SCORES[value];
    if (value === 'OFTEN') often += 1;
  }
  return {
    answered,
    oftenShare: oftenShare(often, answered),
    meanScore: answered ? Math.round((total / answered) * 10) / 10 : null,
  };
}
