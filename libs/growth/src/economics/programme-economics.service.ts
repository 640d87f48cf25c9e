import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { OrganisationsService } from '@app/identity';
import {
  groupedLines,
  PilotFinancialsService,
  PilotMetricsService,
  PilotsService,
  ProgrammePilotsService,
  toGroupBenefits,
  toMoney,
} from '@app/pilots';
import { type GrowthCostItem, parseMoney, PILOT_STATUSES, type ProgrammePilotMoney, summariseProgrammeEconomics } from '@app/workflow';
import { ScalingPlansService } from '../scaling/scaling-plans.service';
import { TrainingActionsService } from '../scaling/training-actions.service';
import type { ProgrammeEconomics } from './programme-economics.model';

/**
 * Programmes' economics: every pilot's lines and metrics, and the cost of its scaling plan and
 * training, read through their owners' services in a fixed number of statements whatever the
 * number of programmes or pilots; libs/workflow's `summariseProgrammeEconomics` does the sums.
 */
@Injectable()
export class ProgrammeEconomicsService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly programmePilots: ProgrammePilotsService,
    private readonly pilots: PilotsService,
    private readonly financials: PilotFinancialsService,
    private readonly metrics: PilotMetricsService,
    private readonly plans: ScalingPlansService,
    private readonly training: TrainingActionsService,
  ) {}

  async ofProgrammes(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, ProgrammeEconomics>> {
    const [organisation, inPlay] = await Promise.all([
      this.organisations.current(ctx),
      this.programmePilots.withStatus(ctx, programmeIds, PILOT_STATUSES),
    ]);
    const pilotIds = inPlay.map((p) => p.pilotId);
    const [pilots, totals, metrics, plans] = await Promise.all([
      this.pilots.byIds(ctx, pilotIds),
      this.financials.totalsOf(ctx, pilotIds),
      this.metrics.ofPilots(ctx, pilotIds),
      this.plans.ofPilots(ctx, pilotIds),
    ]);
    const actions = await this.training.ofPlans(
      ctx,
      plans.map((p) => p.id),
    );
    const currencyOf = new Map(pilots.map((p) => [p.id, p.currency]));
    const planOf = new Map(plans.map((p) => [p.pilotId, p]));
    const currency = organisation.currency;

    return new Map(
      programmeIds.map((programmeId) => {
        const own = inPlay.filter((p) => p.programmeId === programmeId);
        const money: ProgrammePilotMoney[] = own.map(({ pilotId }) => ({
          currency: currencyOf.get(pilotId) ?? currency,
          lines: groupedLines(totals.get(pilotId) ?? []),
          metrics: (metrics.get(pilotId) ?? []).map((m) => ({ name: m.name, group: m.beneficiaryGroup })),
        }));
        const growth: GrowthCostItem[] = own.flatMap(({ pilotId }) => {
          const plan = planOf.get(pilotId);
          if (!plan) return [];
          return [costItem('SCALING', plan.cost), ...actions.filter((a) => a.planId === plan.id).map((a) => costItem('TRAINING', a.cost))];
        });
        const s = summariseProgrammeEconomics(money, growth, currency);
        const m = (minor: bigint) => toMoney(minor, currency);
        return [
          programmeId,
          {
            currency,
            pilotsCounted: s.pilotsCounted,
            pilotsInOtherCurrencies: s.pilotsInOtherCurrencies,
            pilotCosts: m(s.pilotCosts),
            savings: m(s.savings),
            widerBenefits: m(s.widerBenefits),
            benefits: m(s.benefits),
            scalingCosts: m(s.scalingCosts),
            trainingCosts: m(s.trainingCosts),
            growthCosts: m(s.growthCosts),
            totalCost: m(s.totalCost),
            netBenefit: m(s.netBenefit),
            benefitCostRatio: s.benefitCostRatio?.display ?? null,
            growthItemsWithoutCost: s.growthItemsWithoutCost,
            benefitsByGroup: toGroupBenefits(s.byGroup, currency),
            notes: s.notes,
          },
        ];
      }),
    );
  }
}

/** A stored cost as libs/workflow reads it; the Money's decimal string goes back to exact minor units. */
export function costItem(kind: GrowthCostItem['kind'], cost: { amount: string; currency: string } | null): GrowthCostItem {
  if (!cost) return { kind, amountMinor: null, currency: null };
  return { kind, amountMinor: parseMoney(cost.amount, cost.currency), currency: cost.currency };
}
