/**
 * Published evidence on what coproduction costs and achieves (DOMAIN.md, "Impact and cost
 * evidence"), so a pilot's own figures can be shown beside it. Figures are the published ones;
 * titles and descriptions are ours. Each case cites the study and the chapter that reports it.
 *
 * Where a study gives both a cost and a benefit per person, the ratio is worked out with the same
 * functions as a pilot's (`summariseEconomics`), so the two are comparable by construction. The
 * ratio is computed on access rather than at load time: this module and economics.ts import each
 * other, and nothing here may run before economics.ts has finished loading.
 */
import { summariseEconomics, type BenefitCostRatio } from './economics';

/** How a published figure was stated: exactly, roughly, or as a bound. */
export type FigureQualifier = 'EXACT' | 'ABOUT' | 'MORE_THAN' | 'LESS_THAN' | 'UP_TO';

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

export interface ComputedReferenceRatio extends BenefitCostRatio {
  /** AT_LEAST when the published figures are bounds that can only push the ratio up. */
  reading: 'AT_LEAST' | 'ABOUT';
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
  readonly computedRatio: ComputedReferenceRatio | null;
}

type ReferenceCaseData = Omit<ReferenceCase, 'computedRatio'>;

const CHAPTER = 'cited in Bovaird & Loeffler';

function gbp(pounds: number, qualifier: FigureQualifier, per: string): ReferenceMoneyFigure {
  return { amountMinor: BigInt(pounds) * 100n, currency: 'GBP', qualifier, per };
}

function referenceCase(data: ReferenceCaseData): ReferenceCase {
  return Object.freeze({
    ...data,
    get computedRatio(): ComputedReferenceRatio | null {
      return computeReferenceRatio(data);
    },
  });
}

function computeReferenceRatio(data: ReferenceCaseData): ComputedReferenceRatio | null {
  const { costPerPerson: cost, benefitPerPerson: benefit } = data;
  if (!cost || !benefit) return null;
  const summary = summariseEconomics(
    [
      { kind: 'COST', amountMinor: cost.amountMinor, currency: cost.currency },
      { kind: 'SAVING', amountMinor: benefit.amountMinor, currency: benefit.currency },
    ],
    1,
    cost.currency,
  );
  const ratio = summary.benefitCostRatio;
  if (!ratio) return null;
  // A ceiling on cost or a floor on benefit can only make the true ratio larger.
  const costIsCeiling = cost.qualifier === 'LESS_THAN' || cost.qualifier === 'UP_TO';
  const benefitIsFloor = benefit.qualifier === 'MORE_THAN';
  const reading = costIsCeiling || benefitIsFloor ? 'AT_LEAST' : 'ABOUT';
  return {
    ...ratio,
    reading,
    note:
      reading === 'AT_LEAST'
        ? `Worked out from the published bounds, so read it as at least ${ratio.display}.`
        : `Worked out from approximate published figures, so read it as roughly ${ratio.display}.`,
  };
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
    benefitPerPerson: gbp(35, 'ABOUT', 'per older person, in the first year'),
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
    benefitPerPerson: gbp(900, 'ABOUT', 'per person helped, in the first year'),
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
