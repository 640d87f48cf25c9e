import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, Ctx, type GqlContext, groupByKey, loaderFor, RequestContext } from '@app/common';
import { Pilot } from '@app/pilots';
import {
  AddCommunicationActionInput,
  AddIncentiveInput,
  AddParticipantResourceInput,
  CreateEngagementPlanInput,
  PublishEngagementTermsInput,
  RemoveCommunicationActionInput,
  RemoveIncentiveInput,
  RemoveParticipantResourceInput,
  SaveEngagementTermsInput,
  UpdateCommunicationActionInput,
  UpdateIncentiveInput,
  UpdateParticipantResourceInput,
} from './engagement-plan.inputs';
import {
  CommunicationAction,
  EngagementPlan,
  EngagementTerms,
  Incentive,
  IncentivePayload,
  ParticipantResource,
} from './engagement-plan.model';
import { EngagementPartsService, toCommunicationAction, toIncentive, toResource } from './engagement-parts.service';
import { EngagementPlanArgs } from './engagement-plans.args';
import { EngagementPlansService } from './engagement-plans.service';
import { EngagementTermsService } from './engagement-terms.service';

/** A plan by id, batched per request (the `plan` field of every part). */
function planById(gql: GqlContext, ctx: RequestContext, plans: EngagementPlansService, id: string): Promise<EngagementPlan> {
  return loaderFor<string, EngagementPlan>(gql, 'engagementPlan.byId', async (ids) =>
    alignByKey(ids, await plans.byIds(ctx, ids), (p) => p.id),
  )
    .load(id)
    .then((plan) => plan!);
}

/**
 * Market it: the engagement plan of a pilot. Editing a plan is PLAN, like
 * every plan (libs/common/src/policy.ts); publishing its terms is DECIDE_AND_PUBLISH (publish anything).
 */
@Resolver(() => EngagementPlan)
export class EngagementPlansResolver {
  constructor(
    private readonly plans: EngagementPlansService,
    private readonly parts: EngagementPartsService,
    private readonly termsService: EngagementTermsService,
  ) {}

  @Query(() => EngagementPlan)
  @Can(Action.READ)
  engagementPlan(@Ctx() ctx: RequestContext, @Args() args: EngagementPlanArgs): Promise<EngagementPlan> {
    return this.plans.get(ctx, args.id);
  }

  @Mutation(() => EngagementPlan, {
    description: "Makes the pilot's engagement plan, or answers it if it has one (adding to a plan makes it too).",
  })
  @Can(Action.PLAN)
  createEngagementPlan(@Ctx() ctx: RequestContext, @Args('input') input: CreateEngagementPlanInput): Promise<EngagementPlan> {
    return this.plans.create(ctx, input);
  }

  @Mutation(() => IncentivePayload, {
    description: 'Adds an incentive. A SANCTION is recorded, and comes back with a warning from the evidence (Alford 2009).',
  })
  @Can(Action.PLAN)
  addIncentive(@Ctx() ctx: RequestContext, @Args('input') input: AddIncentiveInput): Promise<IncentivePayload> {
    return this.parts.addIncentive(ctx, input);
  }

  @Mutation(() => IncentivePayload, { description: 'Changes an incentive; as with adding, a SANCTION comes back with a warning.' })
  @Can(Action.PLAN)
  updateIncentive(@Ctx() ctx: RequestContext, @Args('input') input: UpdateIncentiveInput): Promise<IncentivePayload> {
    return this.parts.updateIncentive(ctx, input);
  }

  @Mutation(() => EngagementPlan)
  @Can(Action.PLAN)
  removeIncentive(@Ctx() ctx: RequestContext, @Args('input') input: RemoveIncentiveInput): Promise<EngagementPlan> {
    return this.parts.removeIncentive(ctx, input);
  }

  @Mutation(() => EngagementTerms, {
    description: 'Saves what citizens can expect and the rules of engagement as the next version (unpublished).',
  })
  @Can(Action.PLAN)
  saveEngagementTerms(@Ctx() ctx: RequestContext, @Args('input') input: SaveEngagementTermsInput): Promise<EngagementTerms> {
    return this.termsService.save(ctx, input);
  }

  @Mutation(() => EngagementTerms, {
    description:
      "Publishes a saved version of the terms; the newest published version is what the organisation's feed shows. Publishing it again changes nothing.",
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  publishEngagementTerms(@Ctx() ctx: RequestContext, @Args('input') input: PublishEngagementTermsInput): Promise<EngagementTerms> {
    return this.termsService.publish(ctx, input);
  }

  @Mutation(() => CommunicationAction)
  @Can(Action.PLAN)
  addCommunicationAction(@Ctx() ctx: RequestContext, @Args('input') input: AddCommunicationActionInput): Promise<CommunicationAction> {
    return this.parts.addCommunicationAction(ctx, input);
  }

  @Mutation(() => CommunicationAction, { description: 'Changes a communication action, or marks it done.' })
  @Can(Action.PLAN)
  updateCommunicationAction(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCommunicationActionInput,
  ): Promise<CommunicationAction> {
    return this.parts.updateCommunicationAction(ctx, input);
  }

  @Mutation(() => EngagementPlan)
  @Can(Action.PLAN)
  removeCommunicationAction(@Ctx() ctx: RequestContext, @Args('input') input: RemoveCommunicationActionInput): Promise<EngagementPlan> {
    return this.parts.removeCommunicationAction(ctx, input);
  }

  @Mutation(() => ParticipantResource, {
    description: 'Records something the body gives participants: skills and knowledge, tools and facilities, or time (Jakobsen 2012).',
  })
  @Can(Action.PLAN)
  addParticipantResource(@Ctx() ctx: RequestContext, @Args('input') input: AddParticipantResourceInput): Promise<ParticipantResource> {
    return this.parts.addParticipantResource(ctx, input);
  }

  @Mutation(() => ParticipantResource)
  @Can(Action.PLAN)
  updateParticipantResource(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateParticipantResourceInput,
  ): Promise<ParticipantResource> {
    return this.parts.updateParticipantResource(ctx, input);
  }

  @Mutation(() => EngagementPlan)
  @Can(Action.PLAN)
  removeParticipantResource(@Ctx() ctx: RequestContext, @Args('input') input: RemoveParticipantResourceInput): Promise<EngagementPlan> {
    return this.parts.removeParticipantResource(ctx, input);
  }

  @ResolveField(() => [Incentive], { description: 'In the order they were added.' })
  async incentives(@Parent() plan: EngagementPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Incentive[]> {
    const rows = await loaderFor(gql, 'engagementPlan.incentives', async (ids: readonly string[]) =>
      groupByKey(ids, await this.parts.incentivesOf(ctx, ids), (r) => r.planId),
    ).load(plan.id);
    return (rows ?? []).map(toIncentive);
  }

  @ResolveField(() => [EngagementTerms], { description: 'Every saved version of the terms, newest first.' })
  async terms(@Parent() plan: EngagementPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<EngagementTerms[]> {
    return this.termsOf(plan, ctx, gql);
  }

  @ResolveField(() => EngagementTerms, { nullable: true, description: 'The newest saved version, published or not.' })
  async latestTerms(
    @Parent() plan: EngagementPlan,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<EngagementTerms | null> {
    return (await this.termsOf(plan, ctx, gql))[0] ?? null;
  }

  @ResolveField(() => EngagementTerms, { nullable: true, description: "The newest published version: what the organisation's feed shows." })
  async publishedTerms(
    @Parent() plan: EngagementPlan,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<EngagementTerms | null> {
    return (await this.termsOf(plan, ctx, gql)).find((t) => t.published) ?? null;
  }

  @ResolveField(() => [CommunicationAction], { description: 'By start date (undated last), then in the order they were added.' })
  async communicationActions(
    @Parent() plan: EngagementPlan,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<CommunicationAction[]> {
    const rows = await loaderFor(gql, 'engagementPlan.communicationActions', async (ids: readonly string[]) =>
      groupByKey(ids, await this.parts.communicationActionsOf(ctx, ids), (r) => r.planId),
    ).load(plan.id);
    return (rows ?? []).map(toCommunicationAction);
  }

  @ResolveField(() => [ParticipantResource], { description: 'What the body gives participants (Jakobsen 2012), in the order added.' })
  async resources(@Parent() plan: EngagementPlan, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ParticipantResource[]> {
    const rows = await loaderFor(gql, 'engagementPlan.resources', async (ids: readonly string[]) =>
      groupByKey(ids, await this.parts.resourcesOf(ctx, ids), (r) => r.planId),
    ).load(plan.id);
    return (rows ?? []).map(toResource);
  }

  private async termsOf(plan: EngagementPlan, ctx: RequestContext, gql: GqlContext): Promise<EngagementTerms[]> {
    const rows = await loaderFor(gql, 'engagementPlan.terms', async (ids: readonly string[]) =>
      groupByKey(ids, await this.termsService.termsOf(ctx, ids), (t) => t.planId),
    ).load(plan.id);
    return rows ?? [];
  }
}

/** `Pilot.engagementPlan`, batched over the pilots of a response. */
@Resolver(() => Pilot)
export class PilotEngagementPlanResolver {
  constructor(private readonly plans: EngagementPlansService) {}

  @ResolveField(() => EngagementPlan, {
    nullable: true,
    description: 'How the pilot gives people reasons to take part (Market it); null until it has one.',
  })
  engagementPlan(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<EngagementPlan | null> {
    return loaderFor<string, EngagementPlan>(gql, 'pilot.engagementPlan', async (ids) =>
      alignByKey(ids, await this.plans.ofPilots(ctx, ids), (p) => p.pilotId),
    ).load(pilot.id);
  }
}

/** The `plan` of each part, so a client that changed one can read the plan's new version. */
@Resolver(() => EngagementTerms)
export class EngagementTermsFieldsResolver {
  constructor(private readonly plans: EngagementPlansService) {}

  @ResolveField(() => EngagementPlan)
  plan(@Parent() terms: EngagementTerms, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<EngagementPlan> {
    return planById(gql, ctx, this.plans, terms.planId);
  }
}

@Resolver(() => CommunicationAction)
export class CommunicationActionFieldsResolver {
  constructor(private readonly plans: EngagementPlansService) {}

  @ResolveField(() => EngagementPlan)
  plan(@Parent() action: CommunicationAction, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<EngagementPlan> {
    return planById(gql, ctx, this.plans, action.planId);
  }
}

@Resolver(() => ParticipantResource)
export class ParticipantResourceFieldsResolver {
  constructor(private readonly plans: EngagementPlansService) {}

  @ResolveField(() => EngagementPlan)
  plan(@Parent() resource: ParticipantResource, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<EngagementPlan> {
    return planById(gql, ctx, this.plans, resource.planId);
  }
}
