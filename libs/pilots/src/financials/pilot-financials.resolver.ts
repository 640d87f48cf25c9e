import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, type Connection, Ctx, type GqlContext, loaderFor, PageArgs, RequestContext } from '@app/common';
import { Pilot } from '../pilots/pilot.model';
import { PilotsService } from '../pilots/pilots.service';
import { AddFinancialLineInput, RemoveFinancialLineInput } from './pilot-financial.inputs';
import { FinancialLine, FinancialLineConnection, PilotEconomics } from './pilot-financial.model';
import { PilotMetric } from '../metrics/pilot-metric.model';
import { PilotMetricsService } from '../metrics/pilot-metrics.service';
import { economicsOf, PilotFinancialsService, type PilotTotals } from './pilot-financials.service';
import { participantsReached, PilotReach } from './pilot-reach';

@Resolver(() => FinancialLine)
export class PilotFinancialsResolver {
  constructor(
    private readonly service: PilotFinancialsService,
    private readonly pilots: PilotsService,
  ) {}

  @Mutation(() => FinancialLine, {
    description: "Adds a dated cost, saving or wider benefit in the pilot's currency; another currency is refused.",
  })
  @Can(Action.PLAN)
  addFinancialLine(@Ctx() ctx: RequestContext, @Args('input') input: AddFinancialLineInput): Promise<FinancialLine> {
    return this.service.add(ctx, input);
  }

  @Mutation(() => FinancialLine, {
    description: 'Removes a financial line; answers it as it was (its pilot shows the economics without it).',
  })
  @Can(Action.PLAN)
  removeFinancialLine(@Ctx() ctx: RequestContext, @Args('input') input: RemoveFinancialLineInput): Promise<FinancialLine> {
    return this.service.remove(ctx, input);
  }

  /** Batched: the lines of a page (or of several pilots) load their pilots in one statement. */
  @ResolveField(() => Pilot)
  async pilot(@Parent() line: FinancialLine, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Pilot> {
    const loader = loaderFor<string, Pilot>(gql, 'pilots.pilotById', async (ids) =>
      alignByKey(ids, await this.pilots.byIds(ctx, ids), (p) => p.id),
    );
    return (await loader.load(line.pilotId))!;
  }
}

@Resolver(() => Pilot)
export class PilotEconomicsResolver {
  constructor(
    private readonly service: PilotFinancialsService,
    private readonly reach: PilotReach,
    private readonly metrics: PilotMetricsService,
  ) {}

  @ResolveField(() => PilotEconomics, {
    description:
      'Totals, net benefit, benefit-cost ratio and per-participant figures, exact to the minor unit. Per-participant figures use the participants enrolled once there are any, otherwise the number recorded by hand.',
  })
  async economics(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<PilotEconomics> {
    const [totals, enrolled, metrics] = await Promise.all([
      loaderFor<string, PilotTotals[]>(gql, 'pilot.financialTotals', async (ids) => {
        const byPilot = await this.service.totalsOf(ctx, ids);
        return ids.map((id) => byPilot.get(id) ?? []);
      }).load(pilot.id),
      loaderFor<string, number>(gql, 'pilot.enrolled', async (ids) => {
        const counts = await this.reach.enrolled(ctx, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }).load(pilot.id),
      // The same loader as Pilot.metrics, so asking for both reads the metrics once.
      loaderFor<string, PilotMetric[]>(gql, 'pilot.metrics', async (ids) => {
        const groups = await this.metrics.ofPilots(ctx, ids);
        return ids.map((id) => groups.get(id) ?? []);
      }).load(pilot.id),
    ]);
    return economicsOf(
      { currency: pilot.currency, participantsReached: participantsReached(pilot.participantsReached, enrolled ?? 0) },
      totals ?? [],
      (metrics ?? []).map((m) => ({ name: m.name, group: m.beneficiaryGroup })),
    );
  }

  @ResolveField(() => FinancialLineConnection, { description: 'Financial lines, oldest first.' })
  financialLines(
    @Parent() pilot: Pilot,
    @Args() args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Connection<FinancialLine> | null> {
    return loaderFor<string, Connection<FinancialLine>>(
      gql,
      `pilot.financialLines:${args.first ?? ''}:${args.after ?? ''}`,
      async (ids) => {
        const pages = await this.service.linePages(ctx, ids, args);
        return ids.map((id) => pages.get(id) ?? null);
      },
    ).load(pilot.id);
  }
}
