import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { CreatePriorityAreaInput, ScorePriorityAreaInput, SelectPriorityAreaInput, UpdatePriorityAreaInput } from './priority-area.inputs';
import { PriorityArea, PriorityScoreSheet } from './priority-area.model';
import { PriorityAreaArgs, PriorityAreasArgs } from './priority-areas.args';
import { PriorityAreasService } from './priority-areas.service';

@Resolver(() => PriorityArea)
export class PriorityAreasResolver {
  constructor(private readonly service: PriorityAreasService) {}

  @Query(() => PriorityArea)
  @Can(Action.READ)
  priorityArea(@Ctx() ctx: RequestContext, @Args() args: PriorityAreaArgs): Promise<PriorityArea> {
    return this.service.get(ctx, args.id);
  }

  @Query(() => [PriorityArea], {
    description:
      "A programme's priority areas, ranked: highest overall score first; ties go to the area more members scored, then by service area name; areas nobody has scored come last. " +
      'A short list: each service area appears at most once per programme.',
  })
  @Can(Action.READ)
  priorityAreas(@Ctx() ctx: RequestContext, @Args() args: PriorityAreasArgs): Promise<PriorityArea[]> {
    return this.service.ranked(ctx, args.programmeId, { selected: args.selected });
  }

  @Mutation(() => PriorityArea, { description: 'Proposes one of the organisation’s service areas as a priority of the programme.' })
  @Can(Action.PLAN)
  createPriorityArea(@Ctx() ctx: RequestContext, @Args('input') input: CreatePriorityAreaInput): Promise<PriorityArea> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => PriorityArea, { description: 'Changes the service area or the rationale.' })
  @Can(Action.PLAN)
  updatePriorityArea(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePriorityAreaInput): Promise<PriorityArea> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => PriorityArea, {
    description: 'Records your 1–5 scores for the area; scoring again replaces your earlier scores. Needs a signed-in person.',
  })
  @Can(Action.PLAN)
  scorePriorityArea(@Ctx() ctx: RequestContext, @Args('input') input: ScorePriorityAreaInput): Promise<PriorityArea> {
    return this.service.score(ctx, input);
  }

  @Mutation(() => PriorityArea, { description: 'Chooses the area for piloting, or takes it off the list.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  selectPriorityArea(@Ctx() ctx: RequestContext, @Args('input') input: SelectPriorityAreaInput): Promise<PriorityArea> {
    return this.service.select(ctx, input);
  }

  @ResolveField(() => PriorityScoreSheet, { nullable: true, description: 'Your own scores, if you have scored it.' })
  myScores(@Parent() area: PriorityArea, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<PriorityScoreSheet | null> {
    return loaderFor<string, PriorityScoreSheet>(gql, 'priorityArea.myScores', async (ids) => {
      const sheets = await this.service.sheetsOf(ctx, ids);
      return ids.map((id) => sheets.get(id) ?? null);
    }).load(area.id);
  }
}
