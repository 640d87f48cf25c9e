import { Args, Context, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, type GqlContext, loaderFor, PageArgs, RequestContext } from '@app/common';
import { Pilot } from '../pilots/pilot.model';
import { AddPilotMetricInput, RecordMeasurementInput, RemoveMeasurementInput, UpdatePilotMetricInput } from './pilot-metric.inputs';
import { Measurement, MeasurementConnection, type MetricProgress, PilotMetric } from './pilot-metric.model';
import { PilotMetricArgs } from './pilot-metrics.args';
import { PilotMetricsService, progressOf } from './pilot-metrics.service';

@Resolver(() => PilotMetric)
export class PilotMetricsResolver {
  constructor(private readonly service: PilotMetricsService) {}

  @Query(() => PilotMetric)
  @Can(Action.READ)
  pilotMetric(@Ctx() ctx: RequestContext, @Args() args: PilotMetricArgs): Promise<PilotMetric> {
    return this.service.get(ctx, args.id);
  }

  @Mutation(() => PilotMetric, { description: 'Adds an outcome metric to a pilot.' })
  @Can(Action.PLAN)
  addPilotMetric(@Ctx() ctx: RequestContext, @Args('input') input: AddPilotMetricInput): Promise<PilotMetric> {
    return this.service.add(ctx, input);
  }

  @Mutation(() => PilotMetric, { description: 'Renames a metric or sets its unit, direction, baseline or target.' })
  @Can(Action.PLAN)
  updatePilotMetric(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePilotMetricInput): Promise<PilotMetric> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => PilotMetric, { description: 'Records a dated value of a metric; answers the metric with how it now stands.' })
  @Can(Action.CONTRIBUTE)
  recordMeasurement(@Ctx() ctx: RequestContext, @Args('input') input: RecordMeasurementInput): Promise<PilotMetric> {
    return this.service.recordMeasurement(ctx, input);
  }

  @Mutation(() => PilotMetric, { description: 'Removes a measurement recorded in error; answers its metric.' })
  @Can(Action.CONTRIBUTE)
  removeMeasurement(@Ctx() ctx: RequestContext, @Args('input') input: RemoveMeasurementInput): Promise<PilotMetric> {
    return this.service.removeMeasurement(ctx, input);
  }

  @ResolveField(() => Measurement, {
    nullable: true,
    description: 'The most recent measurement (of several on one date, the one recorded last).',
  })
  async latest(@Parent() metric: PilotMetric, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Measurement | null> {
    return (await this.progress(metric, ctx, gql)).latest;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Latest value minus the baseline, in the metric’s unit; null without a baseline or a measurement.',
  })
  async changeFromBaseline(@Parent() metric: PilotMetric, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number | null> {
    return (await this.progress(metric, ctx, gql)).changeFromBaseline;
  }

  @ResolveField(() => Float, { nullable: true, description: 'The change signed so that a positive number is always good news.' })
  async improvement(@Parent() metric: PilotMetric, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number | null> {
    return (await this.progress(metric, ctx, gql)).improvement;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Share of the way from baseline to target: 0 at the baseline, 1 on target, above 1 beyond it, below 0 moving away. Null without baseline, target or measurement.',
  })
  async progressToTarget(@Parent() metric: PilotMetric, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number | null> {
    return (await this.progress(metric, ctx, gql)).progressToTarget;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Target met, or improved on the baseline; null when there is nothing to judge by.',
  })
  async onTrack(@Parent() metric: PilotMetric, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<boolean | null> {
    return (await this.progress(metric, ctx, gql)).onTrack;
  }

  @ResolveField(() => MeasurementConnection, { description: 'Every measurement, oldest first.' })
  measurements(
    @Parent() metric: PilotMetric,
    @Args() args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Connection<Measurement> | null> {
    return loaderFor<string, Connection<Measurement>>(
      gql,
      `pilotMetric.measurements:${args.first ?? ''}:${args.after ?? ''}`,
      async (ids) => {
        const pages = await this.service.measurementPages(ctx, ids, args);
        return ids.map((id) => pages.get(id) ?? null);
      },
    ).load(metric.id);
  }

  private async progress(metric: PilotMetric, ctx: RequestContext, gql: GqlContext): Promise<MetricProgress> {
    const latest = await loaderFor<string, Measurement>(gql, 'pilotMetric.latest', async (ids) => {
      const rows = await this.service.latestOf(ctx, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }).load(metric.id);
    return progressOf(metric, latest);
  }
}

@Resolver(() => Pilot)
export class PilotMetricFieldsResolver {
  constructor(private readonly service: PilotMetricsService) {}

  @ResolveField(() => [PilotMetric], { description: 'Outcome metrics, in the order they were added.' })
  async metrics(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<PilotMetric[]> {
    const metrics = await loaderFor<string, PilotMetric[]>(gql, 'pilot.metrics', async (ids) => {
      const groups = await this.service.ofPilots(ctx, ids);
      return ids.map((id) => groups.get(id) ?? []);
    }).load(pilot.id);
    return metrics ?? [];
  }
}
