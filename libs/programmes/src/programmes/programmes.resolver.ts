import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  Action,
  Can,
  can,
  type Connection,
  ConnectionType,
  Ctx,
  type GqlContext,
  groupByKey,
  loaderFor,
  MembershipCheck,
  RequestContext,
  toConnection,
} from '@app/common';
import { type EventEntity, HistoryEvent, HistoryEventConnection, HistoryService, LiveEvents, toHistoryEvent } from '@app/history';
import { allowedMoves, PROGRAMME_TRANSITIONS, type ProgrammeState, reopenableSteps, STEPS } from '@app/workflow';
import {
  GatedMoveInput,
  CreateProgrammeInput,
  ProgrammeMoveInput,
  ReopenStepInput,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
} from './programme.inputs';
import { AvailableProgrammeMove, Programme, ProgrammeMoveType, ProgrammePermissions, ProgrammeStep } from './programme.model';
import { JourneyArgs, ProgrammeArgs, ProgrammeEventsArgs, ProgrammesArgs, StepsArgs } from './programmes.args';
import { GatesService } from './gates.service';
import { stepEvaluations } from './programme-steps.resolver';
import { ProgrammesService } from './programmes.service';

const ProgrammeConnection = ConnectionType(Programme);

/** Moves that pass the current step's gate, and so need an override reason while it is shut. */
const GATED_MOVES = new Set<string>(PROGRAMME_TRANSITIONS.filter((row) => row.gated).map((row) => row.move));

@Resolver(() => Programme)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly history: HistoryService,
    private readonly live: LiveEvents,
    private readonly membership: MembershipCheck,
    private readonly gates: GatesService,
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

  @Mutation(() => Programme, {
    description: 'Completes the current step and starts the next; refused with GATE_NOT_MET unless the gate holds or is overridden.',
  })
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
    return this.service.move(
      ctx,
      input,
      (gate) => ({ type: 'START_NEXT_CYCLE', gate, overrideReason: input.overrideReason }),
      'overrideReason',
    );
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
  async programmeEvents(
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
    @Args() args: ProgrammeEventsArgs,
  ): Promise<AsyncIterable<EventEntity>> {
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
    return allowedMoves(await this.stateOf(programme, ctx, gql));
  }

  @ResolveField(() => [AvailableProgrammeMove], {
    description:
      "The moves the caller may make now: allowedMoves narrowed to what the caller's role may do, each saying whether it needs a reason and whether it overrides the gate. Empty for a role that cannot move programmes.",
  })
  async availableMoves(
    @Parent() programme: Programme,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<AvailableProgrammeMove[]> {
    if (!ctx.role || !can(ctx.role, Action.RUN_PROGRAMMES)) return [];
    const state = await this.stateOf(programme, ctx, gql);
    const moves = allowedMoves(state) as ProgrammeMoveType[];
    let gateOpen = true;
    if (moves.some((type) => GATED_MOVES.has(type))) {
      const current = (await this.stepsLoader(ctx, gql).load({ programmeId: programme.id, cycle: programme.cycle }))?.find(
        (s) => s.step === programme.currentStep,
      );
      gateOpen = current ? ((await stepEvaluations(this.gates, ctx, gql).load(current.id))?.live.gate.open ?? false) : false;
    }
    const mayOverride = can(ctx.role, Action.OVERRIDE_GATE);
    return moves.flatMap((type): AvailableProgrammeMove[] => {
      if (type === ProgrammeMoveType.REOPEN) return [{ type, reasonRequired: true, overridesGate: false, steps: reopenableSteps(state) }];
      if (!GATED_MOVES.has(type) || gateOpen) return [{ type, reasonRequired: false, overridesGate: false, steps: [] }];
      return mayOverride ? [{ type, reasonRequired: true, overridesGate: true, steps: [] }] : [];
    });
  }

  @ResolveField(() => ProgrammePermissions, {
    description: "What the caller's role may do with this programme, so that a client offers only that.",
  })
  permissions(@Ctx() ctx: RequestContext): ProgrammePermissions {
    const may = (action: Action) => !!ctx.role && can(ctx.role, action);
    return {
      move: may(Action.RUN_PROGRAMMES),
      overrideGate: may(Action.OVERRIDE_GATE),
      edit: may(Action.RUN_PROGRAMMES),
      tickItems: may(Action.CONTRIBUTE),
      manageTasks: may(Action.CONTRIBUTE),
    };
  }

  @ResolveField(() => HistoryEventConnection, { description: "The programme's journey: every change, in order." })
  async journey(@Parent() programme: Programme, @Args() args: JourneyArgs, @Ctx() ctx: RequestContext): Promise<Connection<HistoryEvent>> {
    const [rows, total] = await this.history.programmePage(ctx, programme.id, args, args.newestFirst, {
      after: args.afterSequence,
      before: args.beforeSequence,
    });
    return toConnection(rows.map(toHistoryEvent), total, args);
  }

  private async stateOf(programme: Programme, ctx: RequestContext, gql: GqlContext): Promise<ProgrammeState> {
    const steps = (await this.stepsLoader(ctx, gql).load({ programmeId: programme.id, cycle: programme.cycle })) ?? [];
    return {
      status: programme.status,
      cycle: programme.cycle,
      currentStep: programme.currentStep,
      steps: Object.fromEntries(steps.map((s) => [s.step, s.state])) as ProgrammeState['steps'],
    };
  }

  private stepsLoader(ctx: RequestContext, gql: GqlContext) {
    return loaderFor<{ programmeId: string; cycle: number }, ProgrammeStep[], string>(
      gql,
      'programme.steps',
      async (keys) => {
        const rows = await this.service.stepsOf(ctx, keys);
        const order = (step: string) => STEPS.indexOf(step as never);
        return groupByKey(
          keys.map((k) => `${k.programmeId}:${k.cycle}`),
          rows,
          (r) => `${r.programmeId}:${r.cycle}`,
        ).map((group) => group.sort((a, b) => order(a.step) - order(b.step))) as unknown as ProgrammeStep[][];
      },
      (key) => `${key.programmeId}:${key.cycle}`,
    );
  }
}
