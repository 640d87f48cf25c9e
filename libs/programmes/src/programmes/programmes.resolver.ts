import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Action, Can, type Connection, ConnectionType, Ctx, type GqlContext, groupByKey, loaderFor, MembershipCheck, PageArgs, RequestContext, toConnection } from '@app/common';
import { type EventEntity, HistoryArgs, HistoryEvent, HistoryEventConnection, HistoryService, LiveEvents, toHistoryEvent } from '@app/history';
import { allowedMoves, STEPS } from '@app/workflow';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { StepName } from '../step.enum';
import { GatedMoveInput, CreateProgrammeInput, ProgrammeMoveInput, ReopenStepInput, UpdateProgrammeInput, UpdateProgrammeStepInput } from './programme.inputs';
import { Programme, ProgrammeMoveType, ProgrammeStatus, ProgrammeStep } from './programme.model';
import { ProgrammesService } from './programmes.service';

const ProgrammeConnection = ConnectionType(Programme);

@ArgsType()
class ProgrammesArgs extends PageArgs {
  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;

  @Field(() => StepName, { nullable: true, description: 'Programmes whose current step is this one.' })
  @IsOptional()
  @IsEnum(StepName)
  step?: StepName;
}

@ArgsType()
class ProgrammeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  id: string;
}

@ArgsType()
class ProgrammeEventsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;
}

@ArgsType()
class StepsArgs {
  @Field(() => Int, { nullable: true, description: 'Which cycle; the current one by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cycle?: number;
}

@ArgsType()
class JourneyArgs extends HistoryArgs {
  @Field({ defaultValue: false, description: 'Newest first instead of oldest first.' })
  @IsBoolean()
  newestFirst: boolean;
}

@Resolver(() => Programme)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly history: HistoryService,
    private readonly live: LiveEvents,
    private readonly membership: MembershipCheck,
  ) {}

  @Query(() => Programme)
  @Can(Action.READ)
  programme(@Ctx() ctx: RequestContext, @Args() args: ProgrammeArgs): Promise<Programme> {
    return this.service.get(ctx, args.id);
  }

  @Query(() => ProgrammeConnection, { description: "The organisation's programmes, newest first." })
  @Can(Action.READ)
  async programmes(@Ctx() ctx: RequestContext, @Args() args: ProgrammesArgs): Promise<Connection<Programme>> {
    const [rows, total] = await this.service.page(ctx, args, { status: args.status, step: args.step });
    return toConnection(rows, total, args);
  }

  @Mutation(() => Programme, { description: 'Starts a programme at Map it, with checklists from the chosen template.' })
  @Can(Action.RUN_PROGRAMMES)
  createProgramme(@Ctx() ctx: RequestContext, @Args('input') input: CreateProgrammeInput): Promise<Programme> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Programme, { description: 'Renames, describes or hands the programme to another owner.' })
  @Can(Action.RUN_PROGRAMMES)
  updateProgramme(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProgrammeInput): Promise<Programme> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Programme, { description: "Sets a step's owner or target date in the current cycle." })
  @Can(Action.RUN_PROGRAMMES)
  updateProgrammeStep(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProgrammeStepInput): Promise<Programme> {
    return this.service.updateStep(ctx, input);
  }

  @Mutation(() => Programme, { description: 'Completes the current step and starts the next; refused with GATE_NOT_MET unless the gate holds or is overridden.' })
  @Can(Action.RUN_PROGRAMMES)
  advanceStep(@Ctx() ctx: RequestContext, @Args('input') input: GatedMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, (gate) => ({ type: 'ADVANCE', gate, overrideReason: input.overrideReason }), 'overrideReason');
  }

  @Mutation(() => Programme, { description: 'At the end of Grow it: completes the programme.' })
  @Can(Action.RUN_PROGRAMMES)
  completeProgramme(@Ctx() ctx: RequestContext, @Args('input') input: GatedMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, (gate) => ({ type: 'COMPLETE', gate, overrideReason: input.overrideReason }), 'overrideReason');
  }

  @Mutation(() => Programme, { description: 'At the end of Grow it: starts the next cycle at Map it; earlier cycles stay readable.' })
  @Can(Action.RUN_PROGRAMMES)
  startNextCycle(@Ctx() ctx: RequestContext, @Args('input') input: GatedMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, (gate) => ({ type: 'START_NEXT_CYCLE', gate, overrideReason: input.overrideReason }), 'overrideReason');
  }

  @Mutation(() => Programme, {
    description: 'Reopens an earlier step. Later steps go back to NOT_STARTED (each is gated again), but their ticks and tasks are kept.',
  })
  @Can(Action.RUN_PROGRAMMES)
  reopenStep(@Ctx() ctx: RequestContext, @Args('input') input: ReopenStepInput): Promise<Programme> {
    return this.service.move(ctx, input, () => ({ type: 'REOPEN', step: input.step, reason: input.reason }), 'reason');
  }

  @Mutation(() => Programme)
  @Can(Action.RUN_PROGRAMMES)
  pauseProgramme(@Ctx() ctx: RequestContext, @Args('input') input: ProgrammeMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, () => ({ type: 'PAUSE' }), 'reason');
  }

  @Mutation(() => Programme)
  @Can(Action.RUN_PROGRAMMES)
  resumeProgramme(@Ctx() ctx: RequestContext, @Args('input') input: ProgrammeMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, () => ({ type: 'RESUME' }), 'reason');
  }

  @Mutation(() => Programme, { description: 'Archives the programme for good; it stays readable.' })
  @Can(Action.RUN_PROGRAMMES)
  archiveProgramme(@Ctx() ctx: RequestContext, @Args('input') input: ProgrammeMoveInput): Promise<Programme> {
    return this.service.move(ctx, input, () => ({ type: 'ARCHIVE' }), 'reason');
  }

  @Subscription(() => HistoryEvent, {
    description: "The programme's changes as they commit, each once and in order (graphql-ws; credentials in connectionParams).",
    resolve: (event: EventEntity) => toHistoryEvent(event),
  })
  @Can(Action.READ)
  async programmeEvents(@Ctx() ctx: RequestContext, @Context() gql: GqlContext, @Args() args: ProgrammeEventsArgs): Promise<AsyncIterable<EventEntity>> {
    await this.service.get(ctx, args.programmeId); // another organisation's programme is NOT_FOUND
    const organisationId = ctx.tenantId;
    // Membership is checked again before every event: a removed member or revoked key hears no more.
    return this.live.streamProgramme(organisationId, args.programmeId, () => this.membership.stillMember(gql.credentials, organisationId));
  }

  @ResolveField(() => [ProgrammeStep], { description: 'The five steps, in order, of the current cycle or the one asked for.' })
  steps(@Parent() programme: Programme, @Args() args: StepsArgs, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return this.stepsLoader(ctx, gql).load({ programmeId: programme.id, cycle: args.cycle ?? programme.cycle });
  }

  @ResolveField(() => [ProgrammeMoveType], { description: 'The moves the lifecycle allows now (a gated move may still need an override).' })
  async allowedMoves(@Parent() programme: Programme, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    const steps = (await this.stepsLoader(ctx, gql).load({ programmeId: programme.id, cycle: programme.cycle })) ?? [];
    return allowedMoves({
      status: programme.status,
      cycle: programme.cycle,
      currentStep: programme.currentStep,
      steps: Object.fromEntries(steps.map((s) => [s.step, s.state])) as never,
    });
  }

  @ResolveField(() => HistoryEventConnection, { description: "The programme's journey: every change, in order." })
  async journey(@Parent() programme: Programme, @Args() args: JourneyArgs, @Ctx() ctx: RequestContext): Promise<Connection<HistoryEvent>> {
    const [rows, total] = await this.history.programmePage(ctx, programme.id, args, args.newestFirst);
    return toConnection(rows.map(toHistoryEvent), total, args);
  }

  private stepsLoader(ctx: RequestContext, gql: GqlContext) {
    return loaderFor<{ programmeId: string; cycle: number }, ProgrammeStep[], string>(
      gql,
      'programme.steps',
      async (keys) => {
        const rows = await this.service.stepsOf(ctx, keys);
        const order = (step: string) => STEPS.indexOf(step as never);
        return groupByKey(keys.map((k) => `${k.programmeId}:${k.cycle}`), rows, (r) => `${r.programmeId}:${r.cycle}`).map((group) =>
          group.sort((a, b) => order(a.step) - order(b.step)),
        ) as unknown as ProgrammeStep[][];
      },
      (key) => `${key.programmeId}:${key.cycle}`,
    );
  }
}
