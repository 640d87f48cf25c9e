import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, Ctx, type GqlContext, groupByKey, loaderFor, RequestContext } from '@app/common';
import { OrganisationsService } from '@app/identity';
import { ServiceArea, ServiceAreasService } from '@app/mapping';
import { Pilot, toMoney } from '@app/pilots';
import { summariseGrowthCost } from '@app/workflow';
import { costItem } from '../economics/programme-economics.service';
import {
  AddTrainingActionInput,
  CreateScalingPlanInput,
  RemoveTrainingActionInput,
  UpdateScalingPlanInput,
  UpdateTrainingActionInput,
} from './scaling-plan.inputs';
import { ScalingCost, ScalingPlan, TrainingAction, TrainingProgress } from './scaling-plan.model';
import { ScalingPlanArgs } from './scaling-plans.args';
import { ScalingPlansService } from './scaling-plans.service';
import { TrainingActionsService } from './training-actions.service';
import { tallyTraining, trainingProgress } from './training-progress';

function planById(gql: GqlContext, ctx: RequestContext, plans: ScalingPlansService, id: string): Promise<ScalingPlan> {
  return loaderFor<string, ScalingPlan>(gql, 'scalingPlan.byId', async (ids) => alignByKey(ids, await plans.byIds(ctx, ids), (p) => p.id))
    .load(id)
    .then((plan) => plan!);
}

/** Grow it: scaling plans of pilots decided SCALE, and their training. Writing them is PLAN, like every plan (libs/common/src/policy.ts). */
@Resolver(() => ScalingPlan)
export class ScalingPlansResolver {
  constructor(
    private readonly plans: ScalingPlansService,
    private readonly training: TrainingActionsService,
    private readonly serviceAreas: ServiceAreasService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => ScalingPlan)
  @Can(Action.READ)
  scalingPlan(@Ctx() ctx: RequestContext, @Args() args: ScalingPlanArgs): Promise<ScalingPlan> {
    return this.plans.get(ctx, args.id);
  }

  @Mutation(() => ScalingPlan, {
    description: 'Writes the scaling plan of a pilot decided SCALE (any other status is INVALID_TRANSITION).',
  })
  @Can(Action.PLAN)
  createScalingPlan(@Ctx() ctx: RequestContext, @Args('input') input: CreateScalingPlanInput): Promise<ScalingPlan> {
    return this.plans.create(ctx, input);
  }

  @Mutation(() => ScalingPlan)
  @Can(Action.PLAN)
  updateScalingPlan(@Ctx() ctx: RequestContext, @Args('input') input: UpdateScalingPlanInput): Promise<ScalingPlan> {
    return this.plans.update(ctx, input);
  }

  @Mutation(() => TrainingAction, { description: 'Adds training for staff or for citizens to a scaling plan.' })
  @Can(Action.PLAN)
  addTrainingAction(@Ctx() ctx: RequestContext, @Args('input') input: AddTrainingActionInput): Promise<TrainingAction> {
    return this.training.add(ctx, input);
  }

  @Mutation(() => TrainingAction, { description: 'Changes a training action, or marks it done.' })
  @Can(Action.PLAN)
  updateTrainingAction(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTrainingActionInput): Promise<TrainingAction> {
    return this.training.update(ctx, input);
  }

  @Mutation(() => ScalingPlan)
  @Can(Action.PLAN)
  removeTrainingAction(@Ctx() ctx: RequestContext, @Args('input') input: RemoveTrainingActionInput): Promise<ScalingPlan> {
    return this.training.remove(ctx, input);
  }

  @ResolveField(() => [TrainingAction], { description: 'Staff first, then citizens, each in the order added.' })
  async trainingActions(@Parent() plan: ScalingPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<TrainingAction[]> {
    return this.actionsOf(plan, ctx, gql);
  }

  @ResolveField(() => TrainingProgress, { description: 'Training actions done out of those planned, overall and for staff and citizens.' })
  async progress(@Parent() plan: ScalingPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<TrainingProgress> {
    return trainingProgress(tallyTraining(await this.actionsOf(plan, ctx, gql)));
  }

  @ResolveField(() => ScalingCost, {
    description:
      "What growing the pilot costs in the organisation's currency: the plan's own cost and its training's, and whether all are known.",
  })
  async scalingCost(@Parent() plan: ScalingPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ScalingCost> {
    const [actions, organisation] = await Promise.all([
      this.actionsOf(plan, ctx, gql),
      loaderFor(gql, 'organisation.current', async (keys: readonly string[]) => {
        const found = await this.organisations.current(ctx);
        return keys.map(() => found);
      }).load(ctx.tenantId),
    ]);
    const currency = organisation!.currency;
    const s = summariseGrowthCost([costItem('SCALING', plan.cost), ...actions.map((a) => costItem('TRAINING', a.cost))], currency);
    return {
      total: toMoney(s.total, currency),
      scaling: toMoney(s.scaling, currency),
      training: toMoney(s.training, currency),
      known: s.known,
      itemsWithoutCost: s.itemsWithoutCost,
    };
  }

  @ResolveField(() => [ServiceArea], { description: 'The target service areas, in the order given.' })
  async targetServiceAreas(@Parent() plan: ScalingPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ServiceArea[]> {
    const loader = loaderFor<string, ServiceArea>(gql, 'scalingPlan.targetServiceAreas', async (ids) =>
      alignByKey(ids, await this.serviceAreas.byIds(ctx, ids), (a) => a.id),
    );
    const areas = await loader.loadMany(plan.targetServiceAreaIds);
    return areas.filter((a): a is ServiceArea => !!a && !(a instanceof Error));
  }

  private async actionsOf(plan: ScalingPlan, ctx: RequestContext, gql: GqlContext): Promise<TrainingAction[]> {
    const rows = await loaderFor(gql, 'scalingPlan.trainingActions', async (ids: readonly string[]) =>
      groupByKey(ids, await this.training.ofPlans(ctx, ids), (t) => t.planId),
    ).load(plan.id);
    return rows ?? [];
  }
}

/** `Pilot.scalingPlan`, batched over the pilots of a response. */
@Resolver(() => Pilot)
export class PilotScalingPlanResolver {
  constructor(private readonly plans: ScalingPlansService) {}

  @ResolveField(() => ScalingPlan, {
    nullable: true,
    description: 'How the pilot grows (Grow it), once decided SCALE; null until it has a plan.',
  })
  scalingPlan(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ScalingPlan | null> {
    return loaderFor<string, ScalingPlan>(gql, 'pilot.scalingPlan', async (ids) =>
      alignByKey(ids, await this.plans.ofPilots(ctx, ids), (p) => p.pilotId),
    ).load(pilot.id);
  }
}

@Resolver(() => TrainingAction)
export class TrainingActionFieldsResolver {
  constructor(private readonly plans: ScalingPlansService) {}

  @ResolveField(() => ScalingPlan, { description: 'The plan, with its new version and progress after a change.' })
  plan(@Parent() action: TrainingAction, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ScalingPlan> {
    return planById(gql, ctx, this.plans, action.planId);
  }
}
