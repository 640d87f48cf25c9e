/**
 * The coproduction index: how much residents already do, alongside public services, to keep their
 * area safe, clean and healthy. It follows the design of the 2008 five-country survey
 * (Loeffler et al. 2008): five questions about behaviour per policy area, answered on a frequency
 * scale and scored 0–100.
 *
 * The formula
 * -----------
 *   score(answer)            NEVER = 0, SOMETIMES = 50, OFTEN = 100
 *   respondent score in area A  = mean of score(answer) over the questions of A they answered,
 *                                 counted only if they answered at least MIN_ANSWERS_PER_AREA
 *                                 (3 of the 5; fewer when an area has fewer questions), because a
 *                                 single answer says too little about someone's habits
 *   area index A             = mean of the respondent scores in A, over the respondents counted in A
 *   overall index            = mean of the area indices that have a value (equal weight per area)
 *
 * Why equal weight per area for the overall figure: the published results are reported per area,
 * and users compare our areas with them; an overall that is the plain mean of the area figures on
 * the same screen can be checked by hand, and an area where more people answered more questions
 * does not quietly outweigh the others. (The alternative, the mean over respondents of all their
 * answers, would tilt the overall towards whichever area was answered most.)
 *
 * All sums are exact fractions; only the final figure is rounded, to one decimal, halves away
 * from zero. An index with no one to count is null, never 0: nobody answering is not the same as
 * everybody answering "never".
 */

export const FREQUENCIES = ['NEVER', 'SOMETIMES', 'OFTEN'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_SCORES: Readonly<Record<Frequency, number>> = { NEVER: 0, SOMETIMES: 50, OFTEN: 100 };

/** A respondent counts in an area only after answering this many of its questions. */
export const MIN_ANSWERS_PER_AREA = 3;

export interface SurveyQuestion {
  /** Stable key stored with every answer, e.g. `safety.q1`; never reuse one for a new wording. */
  key: string;
  text: string;
}

export interface PolicyArea {
  key: string;
  label: string;
  questions: readonly SurveyQuestion[];
}

export const DEFAULT_POLICY_AREAS = [
  {
    key: 'COMMUNITY_SAFETY',
    label: 'Community safety',
    questions: [
      { key: 'safety.q1', text: 'How often do you watch over a neighbour’s home while they are away?' },
      { key: 'safety.q2', text: 'How often do you let the police or the council know about something suspicious you noticed?' },
      { key: 'safety.q3', text: 'How often do you step in, or fetch help, when someone nearby is causing trouble?' },
      { key: 'safety.q4', text: 'How often do you take part in a neighbourhood watch or another local safety group?' },
      { key: 'safety.q5', text: 'How often do you lock doors and windows or use lights to make your home harder to break into?' },
    ],
  },
  {
    key: 'LOCAL_ENVIRONMENT',
    label: 'Local environment',
    questions: [
      { key: 'environment.q1', text: 'How often do you sort your household waste for recycling?' },
      { key: 'environment.q2', text: 'How often do you cut your energy use at home, for example by switching off lights and devices?' },
      { key: 'environment.q3', text: 'How often do you walk, cycle or take the bus or train instead of driving?' },
      { key: 'environment.q4', text: 'How often do you join a litter pick or a clean-up of a street, park or beach?' },
      { key: 'environment.q5', text: 'How often do you report dumped rubbish, graffiti or damage to the council?' },
    ],
  },
  {
    key: 'HEALTH',
    label: 'Health',
    questions: [
      { key: 'health.q1', text: 'How often do you change what you eat or how much you move in order to stay well?' },
      { key: 'health.q2', text: 'How often do you look in on a neighbour or relative who is ill or frail?' },
      { key: 'health.q3', text: 'How often do you follow through on the treatment or medicine plan agreed with your doctor or nurse?' },
      { key: 'health.q4', text: 'How often do you take part in a patient group or a self-help group about health?' },
      { key: 'health.q5', text: 'How often do you go for check-ups, screening or vaccinations when you are invited?' },
    ],
  },
] as const satisfies readonly PolicyArea[];

export type PolicyAreaKey = (typeof DEFAULT_POLICY_AREAS)[number]['key'];
/** The areas a survey can cover, in order (a GraphQL enum is built from it). */
export const POLICY_AREA_KEYS: readonly PolicyAreaKey[] = DEFAULT_POLICY_AREAS.map((area) => area.key);

/** Question keys per area key, as `computeIndex` takes them. */
export function questionsByArea(areas: readonly PolicyArea[]): Record<string, string[]> {
  return Object.fromEntries(areas.map((a) => [a.key, a.questions.map((q) => q.key)]));
}

export const DEFAULT_QUESTIONS_BY_AREA: Readonly<Record<string, readonly string[]>> = questionsByArea(DEFAULT_POLICY_AREAS);

export interface SurveyResponse {
  /** Question key → answer; a question left out was not answered. */
  answers: Readonly<Record<string, Frequency | null | undefined>>;
}

export interface AreaIndex {
  area: string;
  index: number | null;
  /** Respondents who answered enough of this area's questions to count. */
  respondents: number;
  note?: string;
}

export interface CoproductionIndex {
  /** Responses received, whether or not they counted in every area. */
  sampleSize: number;
  overall: number | null;
  byArea: AreaIndex[];
  note?: string;
}

/** An exact non-negative fraction; small and private, enough for means of 0/50/100 scores. */
interface Fraction {
  n: bigint;
  d: bigint;
}

function add(a: Fraction, b: Fraction): Fraction {
  return reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

function divide(a: Fraction, by: bigint): Fraction {
  return reduce({ n: a.n, d: a.d * by });
}

function reduce(f: Fraction): Fraction {
  let [x, y] = [f.n < 0n ? -f.n : f.n, f.d];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? { n: 0n, d: 1n } : { n: f.n / x, d: f.d / x };
}

/** Rounds to one decimal, halves away from zero, exactly. */
function toOneDecimal(f: Fraction): number {
  const scaled = f.n * 10n;
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const tenths = (magnitude * 2n + f.d) / (2n * f.d);
  return Number(negative ? -tenths : tenths) / 10;
}

function scoreOf(answer: unknown, questionKey: string): bigint | null {
  if (answer === undefined || answer === null) return null;
  if (!(FREQUENCIES as readonly unknown[]).includes(answer)) {
    throw new RangeError(`Answer to ${questionKey} must be one of ${FREQUENCIES.join(', ')}, not ${String(answer)}`);
  }
  return BigInt(FREQUENCY_SCORES[answer as Frequency]);
}

export function computeIndex(
  areas: readonly string[],
  responses: readonly SurveyResponse[],
  questionsByAreaKey: Readonly<Record<string, readonly string[]>>,
): CoproductionIndex {
  const byArea: AreaIndex[] = [];
  const exactAreaIndices: Fraction[] = [];

  for (const area of areas) {
    const questions = questionsByAreaKey[area];
    if (!questions || questions.length === 0) throw new RangeError(`No questions are defined for policy area ${area}`);
    const minAnswers = Math.min(MIN_ANSWERS_PER_AREA, questions.length);
    let total: Fraction = { n: 0n, d: 1n };
    let respondents = 0;
    for (const response of responses) {
      let answered = 0;
      let points = 0n;
      for (const key of questions) {
        const score = scoreOf(response.answers[key], key);
        if (score === null) continue;
        answered += 1;
        points += score;
      }
      if (answered < minAnswers) continue;
      respondents += 1;
      total = add(total, { n: points, d: BigInt(answered) });
    }
    if (respondents === 0) {
      byArea.push({
        area,
        index: null,
        respondents: 0,
        note: responses.length === 0 ? 'No responses yet.' : `No respondent answered at least ${minAnswers} of the questions in this area.`,
      });
      continue;
    }
    const mean = divide(total, BigInt(respondents));
    exactAreaIndices.push(mean);
    byArea.push({ area, index: toOneDecimal(mean), respondents });
  }

  const overall =
    exactAreaIndices.length === 0
      ? null
      : toOneDecimal(divide(exactAreaIndices.reduce(add, { n: 0n, d: 1n }), BigInt(exactAreaIndices.length)));

  const result: CoproductionIndex = { sampleSize: responses.length, overall, byArea };
  if (responses.length === 0) {
    result.note = 'No responses yet: the index appears once residents have answered the survey.';
  } else if (overall === null) {
    result.note = `No response answered at least ${MIN_ANSWERS_PER_AREA} questions in any area, so there is no index yet.`;
  } else if (exactAreaIndices.length < areas.length) {
    result.note = 'The overall index leaves out areas that no one answered enough questions in.';
  }
  return result;
}

/** Answers that name an unknown question or are not on the frequency scale, for input validation. */
export function findAnswerProblems(
  answers: Readonly<Record<string, unknown>>,
  questionsByAreaKey: Readonly<Record<string, readonly string[]>>,
): Array<{ field: string; message: string }> {
  const known = new Set(Object.values(questionsByAreaKey).flat());
  const problems: Array<{ field: string; message: string }> = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!known.has(key)) problems.push({ field: key, message: 'is not a question in this survey' });
    else if (value !== null && value !== undefined && !(FREQUENCIES as readonly unknown[]).includes(value)) {
      problems.push({ field: key, message: `must be one of ${FREQUENCIES.join(', ')}` });
    }
  }
  return problems;
}

/** The shape `compareIndices` reads: a computed index or the published reference. */
export interface IndexFigures {
  overall: number | null;
  byArea: ReadonlyArray<{ area: string; index: number | null }>;
}

export interface IndexChange {
  earlier: number | null;
  later: number | null;
  /** Later minus earlier, one decimal; null where either side has no figure. */
  change: number | null;
}

export interface IndexComparison {
  overall: IndexChange;
  byArea: Array<{ area: string } & IndexChange>;
}

function difference(earlier: number | null, later: number | null): IndexChange {
  return {
    earlier,
    later,
    change: earlier === null || later === null ? null : Math.round((later - earlier) * 10) / 10 || 0,
  };
}

/** Change per area (in the earlier survey's order, then any new areas) and overall. */
export function compareIndices(earlier: IndexFigures, later: IndexFigures): IndexComparison {
  const areas = [...earlier.byArea.map((a) => a.area)];
  for (const a of later.byArea) if (!areas.includes(a.area)) areas.push(a.area);
  const indexIn = (figures: IndexFigures, area: string) => figures.byArea.find((a) => a.area === area)?.index ?? null;
  return {
    overall: difference(earlier.overall, later.overall),
    byArea: areas.map((area) => ({ area, ...difference(indexIn(earlier, area), indexIn(later, area)) })),
  };
}

export interface ReferenceIndex extends IndexFigures {
  citation: string;
  year: number;
  method: string;
  respondentsPerCountry: number;
  countries: ReadonlyArray<{ code: string; name: string }>;
  /** A narrower measure inside an area, reported on its own. */
  subIndices: ReadonlyArray<{ key: string; area: string; label: string; index: number }>;
  byCountry: ReadonlyArray<{ code: string; name: string; index: number; rank: 'HIGHEST' | 'LOWEST' }>;
}

/**
 * Published figures from the 2008 survey, for comparison with a local one. No overall figure
 * across countries was reported, so `overall` is null; country figures are in `byCountry`.
 */
export const REFERENCE_INDEX_2008: ReferenceIndex = {
  citation: 'Loeffler et al. 2008, cited in Bovaird & Loeffler',
  year: 2008,
  method: 'Telephone survey of about 1,000 citizens in each of five European countries.',
  respondentsPerCountry: 1000,
  countries: [
    { code: 'GB', name: 'United Kingdom' },
    { code: 'CZ', name: 'Czech Republic' },
    { code: 'DK', name: 'Denmark' },
    { code: 'FR', name: 'France' },
    { code: 'DE', name: 'Germany' },
  ],
  overall: null,
  byArea: [
    { area: 'LOCAL_ENVIRONMENT', index: 61 },
    { area: 'HEALTH', index: 52 },
    { area: 'COMMUNITY_SAFETY', index: 45 },
  ],
  subIndices: [
    {
      key: 'REPORTING_AND_INTERVENING',
      area: 'COMMUNITY_SAFETY',
      label: 'Reporting crime, or stepping in to stop antisocial behaviour',
      index: 33,
    },
  ],
  byCountry: [
    { code: 'GB', name: 'United Kingdom', index: 56, rank: 'HIGHEST' },
    { code: 'DK', name: 'Denmark', index: 48, rank: 'LOWEST' },
  ],
};

export const SAMPLING_METHOD_KEYS = ['RANDOM_SAMPLE', 'SELF_SELECTED_ONLINE', 'DOOR_TO_DOOR', 'WORKSHOP', 'OTHER'] as const;
export type SamplingMethod = (typeof SAMPLING_METHOD_KEYS)[number];

/** Every index is shown with how its sample was drawn and what that means for reading it. */
export const SAMPLING_METHODS: Readonly<Record<SamplingMethod, { label: string; caveat: string }>> = {
  RANDOM_SAMPLE: {
    label: 'Random sample of residents',
    caveat:
      'A random sample is the fairest basis for comparing areas or years, but people who decline to ' +
      'answer may still differ from those who do.',
  },
  SELF_SELECTED_ONLINE: {
    label: 'Self-selected online',
    caveat:
      'A self-selected online sample is not random: people who choose to answer tend to be more ' +
      'engaged already, so the index is likely to read high. Compare it only with surveys drawn the same way.',
  },
  DOOR_TO_DOOR: {
    label: 'Door to door',
    caveat:
      'Door-to-door answers depend on which streets were visited and who was at home; say which ' +
      'neighbourhoods and times were covered.',
  },
  WORKSHOP: {
    label: 'At a workshop or event',
    caveat:
      'People at a workshop have already chosen to take part, so their answers describe an active ' +
      'group rather than the area as a whole.',
  },
  OTHER: {
    label: 'Other',
    caveat: 'Describe how respondents were found; without that the index cannot be compared with others.',
  },
};

/** Below this many responses an index moves a lot with each answer. */
export const SMALL_SAMPLE = 100;

/** Results always sit beside the 2008 figures, which were not measured with our questions or scale. */
export const REFERENCE_COMPARISON_CAVEAT =
  'The 2008 figures beside these results were measured with that survey’s own questions. The questions here, ' +
  'and the never/sometimes/often scale scored 0–100, are this product’s own, so take the comparison as a guide, ' +
  'not as a like-for-like measure.';

/**
 * Caveats to print beside an index: the sampling method's, one for a small sample, and one on
 * reading it against the 2008 figures (always last).
 */
export function sampleCaveats(sampleSize: number, method: SamplingMethod): string[] {
  const caveats = [SAMPLING_METHODS[method].caveat];
  if (sampleSize > 0 && sampleSize < SMALL_SAMPLE) {
    caveats.push(
      `Only ${sampleSize} ${sampleSize === 1 ? 'response' : 'responses'}: a few answers can move the index ` +
        'by several points, so treat small changes with care.',
    );
  }
  caveats.push(REFERENCE_COMPARISON_CAVEAT);
  return caveats;
}
