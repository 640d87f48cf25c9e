import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, type Connection, Ctx, type GqlContext, loaderFor, RequestContext, toConnection } from '@app/common';
import { allowedPilotMoves } from '@app/workflow';
import { PriorityArea } from '../priorities/priority-area.model';
import { PriorityAreasService } from '../priorities/priority-areas.service';
import { ApprovePilotInput, CreatePilotInput, DecidePilotInput, PilotMoveInput, RejectPilotInput, UpdatePilotInput } from './pilot.inputs';
import { AllowedPilotMove, Pilot, PilotConnection } from './pilot.model';
import { PilotArgs, PilotsArgs } from './pilots.args';
import { PilotsService } from './pilots.service';

/**
 * Who may move a pilot (libs/common/src/policy.ts): approving, rejecting and deciding are
 * DECIDE_AND_PUBLISH; starting a pilot and beginning its evaluation are part of running it,
 * like proposing and editing, so PLAN.
 */
@Resolver(() => Pilot)
export class PilotsResolver {
  constructor(
    private readonly service: PilotsService,
    private readonly priorityAreas: PriorityAreasService,
  ) {}

  @Query(() => Pilot)
  @Can(Action.READ)
  pilot(@Ctx() ctx: RequestContext, @Args() args: PilotArgs): Promise<Pilot> {
    return this.service.get(ctx, args.id);
  }

  @Query(() => PilotConnection, { description: "The organisation's pilots (of one programme, if named), newest first." })
  @Can(Action.READ)
  async pilots(@Ctx() ctx: RequestContext, @Args() args: PilotsArgs): Promise<Connection<Pilot>> {
    const [rows, total] = await this.service.page(ctx, { programmeId: args.programmeId, status: args.status }, args);
    return toConnection(rows, total, args);
  }

  @Mutation(() => Pilot, { description: 'Proposes a pilot in a programme (status PROPOSED, iteration 1).' })
  @Can(Action.PLAN)
  createPilot(@Ctx() ctx: RequestContext, @Args('input') input: CreatePilotInput): Promise<Pilot> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Pilot, { description: 'Edits a pilot’s details (not its status: use the lifecycle moves).' })
  @Can(Action.PLAN)
  updatePilot(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePilotInput): Promise<Pilot> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Pilot, { description: 'PROPOSED → APPROVED.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  approvePilot(@Ctx() ctx: RequestContext, @Args('input') input: ApprovePilotInput): Promise<Pilot> {
    return this.service.move(ctx, input, { type: 'APPROVE', reason: input.reason });
  }

  @Mutation(() => Pilot, { description: 'PROPOSED or APPROVED → REJECTED, for good; needs a reason.' })
  @Can(Action.DECIDE_AND_PUBLISH)
  rejectPilot(@Ctx() ctx: RequestContext, @Args('input') input: RejectPilotInput): Promise<Pilot> {
    return this.service.move(ctx, input, { type: 'REJECT', reason: input.reason });
  }

  @Mutation(() => Pilot, { description: 'APPROVED → RUNNING.' })
  @Can(Action.PLAN)
  startPilot(@Ctx() ctx: RequestContext, @Args('input') input: PilotMoveInput): Promise<Pilot> {
    return this.service.move(ctx, input, { type: 'START' });
  }

  @Mutation(() => Pilot, { description: 'RUNNING → EVALUATING.' })
  @Can(Action.PLAN)
  beginPilotEvaluation(@Ctx() ctx: RequestContext, @Args('input') input: PilotMoveInput): Promise<Pilot> {
    return this.service.move(ctx, input, { type: 'BEGIN_EVALUATION' });
  }

  @Mutation(() => Pilot, {
    description: 'EVALUATING → SCALE or STOP (final), or ADAPT: back to APPROVED as the next iteration. Needs a reason.',
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  decidePilot(@Ctx() ctx: RequestContext, @Args('input') input: DecidePilotInput): Promise<Pilot> {
    return this.service.move(ctx, input, { type: 'DECIDE', decision: input.decision, reason: input.reason });
  }

  @ResolveField(() => [AllowedPilotMove], { description: 'The moves the lifecycle allows now, in order (e.g. to offer buttons).' })
  allowedMoves(@Parent() pilot: Pilot): AllowedPilotMove[] {
    return allowedPilotMoves({ status: pilot.status, iteration: pilot.iteration }) as AllowedPilotMove[];
  }

  @ResolveField(() => PriorityArea, { nullable: true })
  priorityArea(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<PriorityArea | null> | null {
    if (!pilot.priorityAreaId) return null;
    return loaderFor<string, PriorityArea>(gql, 'pilot.priorityArea', async (ids) =>
      alignByKey(ids, await this.priorityAreas.byIds(ctx, ids), (a) => a.id),
    ).load(pilot.priorityAreaId);
  }
}
