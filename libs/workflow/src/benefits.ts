/**
 * Who a pilot's results and money are for, and what growing it costs. Pure arithmetic in exact
 * minor units (bigint), like economics.ts: the case for a pilot is read group by group, not as
 * one sum of money.
 *
 * The five groups are the stakeholders the chapter names as each gaining something different from
 * coproduction (Bovaird & Loeffler, on who benefits): people who use the service, residents at
 * large, staff on the front line, the managers of the service, and elected politicians.
 */
import { benefitCostRatio, type BenefitCostRatio, type FinancialLine, FINANCIAL_LINE_KINDS, type FinancialLineKind } from './economics';

export const BENEFICIARY_GROUPS = ['SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS'] as const;
export type BeneficiaryGroup = (typeof BENEFICIARY_GROUPS)[number];

export function isBeneficiaryGroup(value: unknown): value is BeneficiaryGroup {
  return typeof value === 'string' && (BENEFICIARY_GROUPS as readonly string[]).includes(value);
}

/** Plain names, and the kind of gain each group usually sees (our words after the chapter's list of stakeholders). */
export const BENEFICIARY_GROUP_INFO: Readonly<Record<BeneficiaryGroup, { label: string; typicalGain: string }>> = {
  SERVICE_USERS: { label: 'Service users', typicalGain: 'better outcomes, and more belief that they can change things' },
  CITIZENS: { label: 'Citizens at large', typicalGain: 'stronger local ties and more peace of mind' },
  FRONTLINE_STAFF: { label: 'Frontline staff', typicalGain: 'more satisfying work' },
  MANAGERS: { label: 'Service managers', typicalGain: 'less demand on the service and better use of its budget' },
  POLITICIANS: { label: 'Politicians', typicalGain: 'more satisfied voters and lower cost to the public purse' },
};

/**
 * The group a metric or financial line is counted for when nobody named one (and for rows written
 * before groups existed, through the migration that added them): cashable savings land in the
 * service's own budget, so its managers; everything else, metrics included, is about the people the
 * pilot serves.
 */
export function defaultBeneficiaryGroup(kind: FinancialLineKind | 'METRIC'): BeneficiaryGroup {
  return kind === 'SAVING' ? 'MANAGERS' : 'SERVICE_USERS';
}

export interface GroupedFinancialLine extends FinancialLine {
  group: BeneficiaryGroup;
}

export interface GroupedMetric {
  name: string;
  group: BeneficiaryGroup;
}

export interface GroupBenefits {
  group: BeneficiaryGroup;
  costs: bigint;
  savings: bigint;
  widerBenefits: bigint;
  /** Savings plus wider benefits. */
  benefits: bigint;
  /** The names of the metrics that track this group's gain, in the order given. */
  metrics: string[];
}

/**
 * Money and metrics by beneficiary group: every group once, in BENEFICIARY_GROUPS order, so a
 * group nothing is recorded for shows as such instead of vanishing. Lines in another currency than
 * `currency` are left out (callers count them apart; we never convert).
 */
export function benefitsByGroup(
  lines: readonly GroupedFinancialLine[],
  metrics: readonly GroupedMetric[],
  currency: string,
): GroupBenefits[] {
  const byGroup = new Map<BeneficiaryGroup, GroupBenefits>(
    BENEFICIARY_GROUPS.map((group) => [group, { group, costs: 0n, savings: 0n, widerBenefits: 0n, benefits: 0n, metrics: [] }]),
  );
  for (const line of lines) {
    if (line.currency !== currency) continue;
    const row = byGroup.get(line.group);
    if (!row) throw new RangeError(`Unknown beneficiary group: ${String(line.group)}`);
    if (!FINANCIAL_LINE_KINDS.includes(line.kind)) throw new RangeError(`Unknown kind of financial line: ${String(line.kind)}`);
    if (line.kind === 'COST') row.costs += line.amountMinor;
    else if (line.kind === 'SAVING') row.savings += line.amountMinor;
    else row.widerBenefits += line.amountMinor;
  }
  for (const metric of metrics) {
    const row = byGroup.get(metric.group);
    if (!row) throw new RangeError(`Unknown beneficiary group: ${String(metric.group)}`);
    row.metrics.push(metric.name);
  }
  return [...byGroup.values()].map((row) => ({ ...row, benefits: row.savings + row.widerBenefits }));
}

/** What a part of growing a pilot costs: a scaling plan's own cost, or one training action's. Null: not known yet. */
export interface GrowthCostItem {
  kind: 'SCALING' | 'TRAINING';
  amountMinor: bigint | null;
  currency: string | null;
}

/** A pilot of the programme with its financial lines and metrics, for the programme's economics. */
export interface ProgrammePilotMoney {
  currency: string;
  lines: readonly GroupedFinancialLine[];
  metrics: readonly GroupedMetric[];
}

export interface ProgrammeEconomicsSummary {
  currency: string;
  /** Pilots whose figures are in `currency` and so counted. */
  pilotsCounted: number;
  /** Pilots kept in another currency: left out, never converted. */
  pilotsInOtherCurrencies: number;
  pilotCosts: bigint;
  savings: bigint;
  widerBenefits: bigint;
  benefits: bigint;
  scalingCosts: bigint;
  trainingCosts: bigint;
  /** Scaling plus training. */
  growthCosts: bigint;
  /** Pilots' costs plus growth costs. */
  totalCost: bigint;
  netBenefit: bigint;
  /** Over every cost, growth included; null with no cost. */
  benefitCostRatio: BenefitCostRatio | null;
  /** Scaling plans and training actions whose cost nobody has recorded yet. */
  growthItemsWithoutCost: number;
  byGroup: GroupBenefits[];
  notes: string[];
}

/**
 * A programme's economics: its pilots' lines and the cost of growing them, in the organisation's
 * currency. Growth is not free (the chapter cites Needham & Carr 2009: staff training and support
 * cost money), so the ratio here counts scaling and training with the pilots' own costs, and says
 * how many growth costs are still unknown rather than treating them as nothing.
 */
export function summariseProgrammeEconomics(
  pilots: readonly ProgrammePilotMoney[],
  growth: readonly GrowthCostItem[],
  currency: string,
): ProgrammeEconomicsSummary {
  const counted = pilots.filter((p) => p.currency === currency);
  const lines = counted.flatMap((p) => p.lines.filter((l) => l.currency === currency));
  for (const line of lines) {
    if (typeof line.amountMinor !== 'bigint' || line.amountMinor < 0n) {
      throw new RangeError(`Amounts are whole minor units of 0 or more, not ${String(line.amountMinor)}`);
    }
  }
  const byGroup = benefitsByGroup(
    lines,
    // Metrics are not money: a pilot kept in another currency still tracks who gains.
    pilots.flatMap((p) => p.metrics),
    currency,
  );
  const sum = (pick: (g: GroupBenefits) => bigint) => byGroup.reduce((total, g) => total + pick(g), 0n);
  const pilotCosts = sum((g) => g.costs);
  const savings = sum((g) => g.savings);
  const widerBenefits = sum((g) => g.widerBenefits);

  const {
    scaling: scalingCosts,
    training: trainingCosts,
    itemsWithoutCost: growthItemsWithoutCost,
    itemsInOtherCurrencies: growthInOtherCurrencies,
  } = summariseGrowthCost(growth, currency);
  const growthCosts = scalingCosts + trainingCosts;
  const totalCost = pilotCosts + growthCosts;
  const benefits = savings + widerBenefits;

  const notes: string[] = [];
  const otherPilots = pilots.length - counted.length;
  if (otherPilots)
    notes.push(
      `${agreeing(otherPilots, 'pilot keeps its', 'pilots keep their')} figures in another currency than ${currency} and ${otherPilots === 1 ? 'is' : 'are'} left out; nothing is converted.`,
    );
  if (growthInOtherCurrencies)
    notes.push(
      `${agreeing(growthInOtherCurrencies, 'growth cost was', 'growth costs were')} recorded in another currency than ${currency} and ${growthInOtherCurrencies === 1 ? 'is' : 'are'} left out.`,
    );
  if (growthItemsWithoutCost)
    notes.push(
      `${agreeing(growthItemsWithoutCost, 'scaling plan or training action has', 'scaling plans or training actions have')} no cost recorded yet, so the cost of growing is understated.`,
    );
  if (widerBenefits > 0n) notes.push('Benefits include wider benefits as well as cashable savings.');

  return {
    currency,
    pilotsCounted: counted.length,
    pilotsInOtherCurrencies: otherPilots,
    pilotCosts,
    savings,
    widerBenefits,
    benefits,
    scalingCosts,
    trainingCosts,
    growthCosts,
    totalCost,
    netBenefit: benefits - totalCost,
    benefitCostRatio: benefitCostRatio(benefits, totalCost),
    growthItemsWithoutCost,
    byGroup,
    notes,
  };
}

/** "1 pilot keeps its", "3 pilots keep their": a count with the words that agree with it. */
function agreeing(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

export interface GrowthCostSummary {
  scaling: bigint;
  training: bigint;
  total: bigint;
  /** Items whose cost is not known yet. */
  itemsWithoutCost: number;
  /** Items recorded in another currency (the organisation's changed since): left out, never converted. */
  itemsInOtherCurrencies: number;
  /** True when every item has a cost in `currency`. */
  known: boolean;
}

/** Adds up what growing costs, in `currency`; an unknown cost is counted as unknown, never as zero. */
export function summariseGrowthCost(items: readonly GrowthCostItem[], currency: string): GrowthCostSummary {
  let scaling = 0n;
  let training = 0n;
  let itemsWithoutCost = 0;
  let itemsInOtherCurrencies = 0;
  for (const item of items) {
    if (item.amountMinor === null) {
      itemsWithoutCost += 1;
      continue;
    }
    if (item.amountMinor < 0n) throw new RangeError(`A growth cost cannot be negative: ${item.amountMinor}`);
    if (item.currency !== currency) {
      itemsInOtherCurrencies += 1;
      continue;
    }
    if (item.kind === 'SCALING') scaling += item.amountMinor;
    else training += item.amountMinor;
  }
  return {
    scaling,
    training,
    total: scaling + training,
    itemsWithoutCost,
    itemsInOtherCurrencies,
    known: itemsWithoutCost === 0 && itemsInOtherCurrencies === 0,
  };
}

/** Whether everything growing a pilot takes has a cost: the plan's own and each of its training actions'. */
export function growthCostKnown(plan: { costMinor: bigint | null }, training: ReadonlyArray<{ costMinor: bigint | null }>): boolean {
  return plan.costMinor !== null && training.every((t) => t.costMinor !== null);
}
