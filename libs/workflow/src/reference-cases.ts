/**
 * Published evidence on what coproduction costs and achieves, as the chapter by Bovaird & Loeffler
 * reports it, so a pilot's own figures can be shown beside it. Figures are the published ones;
 * titles and descriptions are ours. Each case cites the study and the chapter that reports it.
 *
 * Where a study gives both a cost and a benefit per person, the ratio is worked out with the same
 * function as a pilot's (`benefitCostRatio`), so the two are comparable by construction, and read
 * as strongly as the published figures allow and no more (`ratioReading`).
 */
import { benefitCostRatio, type BenefitCostRatio, type RatioRounding } from './economics';

/**
 * How a published figure was stated: exactly; roughly (ABOUT) or as what it could be (COULD_BE),
 * neither of which bounds it; or as a bound, from below (AT_LEAST, MORE_THAN) or above (UP_TO,
 * LESS_THAN).
 */
export type FigureQualifier = 'EXACT' | 'ABOUT' | 'COULD_BE' | 'AT_LEAST' | 'MORE_THAN' | 'UP_TO' | 'LESS_THAN';
export const FIGURE_QUALIFIERS: readonly FigureQualifier[] = ['EXACT', 'ABOUT', 'COULD_BE', 'AT_LEAST', 'MORE_THAN', 'UP_TO', 'LESS_THAN'];

export interface ReferenceMoneyFigure {
  amountMinor: bigint;
  currency: 'GBP';
  qualifier: FigureQualifier;
  /** What the amount is counted against, e.g. "per member, per year". */
  per: string;
}

export interface PublishedRatio {
  /** Benefit per unit of cost; low and high are equal for a single estimate. */
  low: number;
  high: number;
  display: string;
}

export interface ObservedLevel {
  value: number;
  unit: string;
  year: number;
}

export interface ReferenceOutcome {
  measure: string;
  /** Relative change in percent; negative is a fall. */
  percentChange?: number;
  before?: ObservedLevel;
  after?: ObservedLevel;
  period?: string;
  /** A benchmark for the same measure, e.g. the national trend. */
  comparison?: { label: string; percentChange: number };
}

/**
 * How a ratio worked out from two published figures may be read:
 * - EXACT: both figures exact.
 * - AT_LEAST / MORE_THAN: the true ratio is no lower (or higher) than the figure shown; only when
 *   every figure is exact or a bound that can only push the ratio up (a benefit's floor, a cost's
 *   ceiling). MORE_THAN when one of those bounds is strict.
 * - AT_MOST / LESS_THAN: the mirror image (a benefit's ceiling, a cost's floor).
 * - ABOUT: a figure is approximate or only what it could be, so the ratio is too, whatever bounds
 *   the other figure carries.
 * - INDICATIVE: both figures are bounds, but pulling opposite ways (two floors, or two ceilings),
 *   so the true ratio could lie far either side of the figure shown.
 */
export const RATIO_READINGS = ['EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN', 'ABOUT', 'INDICATIVE'] as const;
export type RatioReading = (typeof RATIO_READINGS)[number];

export interface ComputedReferenceRatio extends BenefitCostRatio {
  reading: RatioReading;
  note: string;
}

export interface ReferenceCase {
  id: string;
  title: string;
  summary: string;
  /** What was measured and how, in a line. */
  measured: string;
  period: string;
  citation: string;
  costPerPerson: ReferenceMoneyFigure | null;
  benefitPerPerson: ReferenceMoneyFigure | null;
  publishedRatio: PublishedRatio | null;
  outcomes: readonly ReferenceOutcome[];
  /** Benefit-cost ratio from the per-person figures, when the study gives both. */
  computedRatio: ComputedReferenceRatio | null;
}

type ReferenceCaseData = Omit<ReferenceCase, 'computedRatio'>;

const CHAPTER = 'cited in Bovaird & Loeffler';

function gbp(pounds: number, qualifier: FigureQualifier, per: string): ReferenceMoneyFigure {
  return { amountMinor: BigInt(pounds) * 100n, currency: 'GBP', qualifier, per };
}

function referenceCase(data: ReferenceCaseData): ReferenceCase {
  return Object.freeze({ ...data, computedRatio: computeReferenceRatio(data.benefitPerPerson, data.costPerPerson) });
}

/** Which way a figure can move the ratio: up (it is a floor of benefit or a ceiling of cost), down, not at all (exact), or unknown. */
type Lean = 'NONE' | 'UP' | 'DOWN' | 'UNKNOWN';

function lean(figure: FigureQualifier, side: 'BENEFIT' | 'COST'): Lean {
  switch (figure) {
    case 'EXACT':
      return 'NONE';
    case 'ABOUT':
    case 'COULD_BE':
      return 'UNKNOWN';
    case 'AT_LEAST':
    case 'MORE_THAN': // the true amount is higher: a higher benefit raises the ratio, a higher cost lowers it
      return side === 'BENEFIT' ? 'UP' : 'DOWN';
    case 'UP_TO':
    case 'LESS_THAN':
      return side === 'BENEFIT' ? 'DOWN' : 'UP';
  }
}

const isStrict = (figure: FigureQualifier) => figure === 'MORE_THAN' || figure === 'LESS_THAN';

/** How the ratio of a benefit to a cost stated this way may be read, and which way to round it. */
export function ratioReading(benefit: FigureQualifier, cost: FigureQualifier): { reading: RatioReading; rounding: RatioRounding } {
  const leans = [lean(benefit, 'BENEFIT'), lean(cost, 'COST')];
  const strict = isStrict(benefit) || isStrict(cost);
  if (leans.includes('UNKNOWN')) return { reading: 'ABOUT', rounding: 'NEAREST' };
  const up = leans.includes('UP');
  const down = leans.includes('DOWN');
  if (up && down) return { reading: 'INDICATIVE', rounding: 'NEAREST' };
  // The true ratio is at least the one worked out: round down, so the figure shown is still a floor.
  if (up) return { reading: strict ? 'MORE_THAN' : 'AT_LEAST', rounding: 'DOWN' };
  if (down) return { reading: strict ? 'LESS_THAN' : 'AT_MOST', rounding: 'UP' };
  return { reading: 'EXACT', rounding: 'NEAREST' };
}

function ratioNote(reading: RatioReading, display: string): string {
  switch (reading) {
    case 'EXACT':
      return `Worked out from exact published figures: ${display}.`;
    case 'AT_LEAST':
    case 'MORE_THAN': {
      const words = reading === 'AT_LEAST' ? 'at least' : 'more than';
      return `Worked out from published bounds that can only raise it, and rounded down: read it as ${words} ${display}.`;
    }
    case 'AT_MOST':
    case 'LESS_THAN': {
      const words = reading === 'AT_MOST' ? 'at most' : 'less than';
      return `Worked out from published bounds that can only lower it, and rounded up: read it as ${words} ${display}.`;
    }
    case 'INDICATIVE':
      return `The published figures are bounds pulling opposite ways, so they set no limit on the ratio: ${display} is only what the stated amounts give.`;
    case 'ABOUT':
      return `Worked out from published figures that are approximate or only possible, so read it as about ${display}.`;
  }
}

/** The ratio of a published benefit to a published cost, read no more strongly than the figures allow. */
export function computeReferenceRatio(
  benefit: Pick<ReferenceMoneyFigure, 'amountMinor' | 'qualifier'> | null,
  cost: Pick<ReferenceMoneyFigure, 'amountMinor' | 'qualifier'> | null,
): ComputedReferenceRatio | null {
  if (!benefit || !cost) return null;
  const { reading, rounding } = ratioReading(benefit.qualifier, cost.qualifier);
  const ratio = benefitCostRatio(benefit.amountMinor, cost.amountMinor, rounding);
  if (!ratio) return null;
  return { ...ratio, reading, note: ratioNote(reading, ratio.display) };
}

export const REFERENCE_CASES: readonly ReferenceCase[] = Object.freeze([
  referenceCase({
    id: 'nurse-family-partnership',
    title: 'Nurse home visits for first-time parents',
    summary:
      'A specially trained public health nurse works alongside a first-time mother and her family ' +
      'from pregnancy onwards; the parents bring their own effort and knowledge of their home life.',
    measured: 'Randomised controlled trials comparing visited families with similar families who were not visited.',
    period: 'Follow-up of the trial families; the chapter does not give the years.',
    citation: `Eckenrode et al. 2010, ${CHAPTER}`,
    costPerPerson: null,
    benefitPerPerson: null,
    publishedRatio: { low: 5, high: 5, display: '5 : 1' },
    outcomes: [
      { measure: 'Recorded child abuse and neglect', percentChange: -48 },
      { measure: 'Arrests of the children as teenagers', percentChange: -61 },
    ],
  }),
  referenceCase({
    id: 'nurse-family-partnership-scotland',
    title: 'Nurse home visits for first-time parents, Scottish programme',
    summary: 'A Scottish programme built on the same nurse-visiting model, with its own estimate of the return.',
    measured: 'Estimated savings to public services for each pound spent.',
    period: 'Estimate reported in 2013.',
    citation: `Loeffler 2013, ${CHAPTER}`,
    costPerPerson: null,
    benefitPerPerson: null,
    publishedRatio: { low: 3, high: 5, display: '3 : 1 to 5 : 1' },
    outcomes: [],
  }),
  referenceCase({
    id: 'time-banks',
    title: 'Time banks',
    summary:
      'Members help one another with everyday tasks and earn a credit for each hour given, which ' +
      'they spend when they need help themselves; a small paid team keeps the exchange going.',
    measured: 'Savings and other economic returns per member against the yearly cost of running the bank.',
    period: 'Per member, per year of running costs.',
    citation: `Knapp et al. 2010, ${CHAPTER}`,
    costPerPerson: gbp(450, 'LESS_THAN', 'per member, per year to run'),
    benefitPerPerson: gbp(1300, 'MORE_THAN', 'per member'),
    publishedRatio: null,
    outcomes: [],
  }),
  referenceCase({
    id: 'befriending',
    title: 'Befriending older people',
    summary:
      'Volunteers keep regular company with isolated older people; the return counted here is less ' +
      'need for mental health treatment and support.',
    measured: 'Cost of running the scheme per older person against the savings in its first year.',
    period: 'First year only; later years are not counted.',
    citation: `Knapp et al. 2010, ${CHAPTER}`,
    costPerPerson: gbp(80, 'ABOUT', 'per older person'),
    // "could be around": a possible saving, not a measured one or a floor
    benefitPerPerson: gbp(35, 'COULD_BE', 'per older person, in the first year'),
    publishedRatio: null,
    outcomes: [],
  }),
  referenceCase({
    id: 'community-organisers',
    title: 'Community organisers for hard-to-reach residents',
    summary:
      'Local organisers seek out people that services rarely reach and help them with welfare ' +
      'benefits and debt; the returns include fewer days off work and lower benefit payments.',
    measured: 'Cost per person helped against the economic benefit in the first year.',
    period: 'First year only.',
    citation: `Knapp et al. 2010, ${CHAPTER}`,
    costPerPerson: gbp(300, 'UP_TO', 'per person helped'),
    // "could be": a possible benefit, not a floor, so the ratio is "about" despite the cost's ceiling
    benefitPerPerson: gbp(900, 'COULD_BE', 'per person helped, in the first year'),
    publishedRatio: null,
    outcomes: [],
  }),
  referenceCase({
    id: 'eksjo-gastroenterology',
    title: 'Self-managing patients at a gastroenterology clinic (Eksjö, Sweden)',
    summary:
      'A clinic at full stretch taught patients with inflammatory bowel disease to watch their own ' +
      'condition and to get in touch early when a flare-up began, sharing the work of their care.',
    measured: 'Unplanned visits for flare-ups, and patients needing a hospital stay, against the national trend.',
    period: '2001–2005 for visits; 1998–2005 for hospital stays.',
    citation: `Bovaird & Tholstrup 2010, ${CHAPTER}`,
    costPerPerson: null,
    benefitPerPerson: null,
    publishedRatio: null,
    outcomes: [
      {
        measure: 'Unscheduled visits for flare-ups',
        before: { value: 2, unit: 'per day', year: 2001 },
        after: { value: 2, unit: 'per week', year: 2005 },
        period: '2001–2005',
      },
      {
        measure: 'Patients with inflammatory bowel disease needing inpatient care',
        percentChange: -48,
        period: '1998–2005',
        comparison: { label: 'Sweden as a whole, same period', percentChange: -4 },
      },
    ],
  }),
]);

export function findReferenceCase(id: string): ReferenceCase | undefined {
  return REFERENCE_CASES.find((c) => c.id === id);
}
