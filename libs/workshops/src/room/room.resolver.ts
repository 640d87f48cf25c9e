import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  Action,
  Can,
  Ctx,
  type GqlContext,
  groupByKey,
  loaderFor,
  MembershipCheck,
  OutsideTransaction,
  Public,
  RequestContext,
} from '@app/common';
import { PriorityArea } from '@app/pilots';
import { WorkshopOutput } from '../outputs/workshop-output.model';
import { Workshop } from '../workshops/workshop.model';
import { WorkshopsService } from '../workshops/workshops.service';
import { WorkshopRoomLive } from './room-live';
import { GuestRoomArgs, WorkshopRoomArgs } from './room.args';
import {
  CastGuestVotesInput,
  CastVotesInput,
  CloseVoteRoundInput,
  GuestNoteInput,
  JoinWorkshopInput,
  OpenVoteRoundInput,
  SelectPriorityAreasFromVoteInput,
  WorkshopJoiningInput,
} from './room.inputs';
import { GuestNote, GuestPass, VoteRound, WorkshopGuest, WorkshopJoinCode, WorkshopRoom } from './room.model';
import { guestVoter, type Voter, VoteRoundsService } from './vote-rounds.service';
import { WorkshopGuestsService } from './workshop-guests.service';

const memberOf = (ctx: RequestContext): Voter => ({ kind: 'member', userId: ctx.userId });

/**
 * The room of a running workshop, for members: the join code, rounds of dot-voting, and the
 * room's live view. Showing a code and running votes is PLAN; voting is CONTRIBUTE, for the
 * facilitator and attendees (a VIEWER in the room takes part as a guest).
 */
@Resolver(() => WorkshopRoom)
export class WorkshopRoomResolver {
  constructor(
    private readonly guests: WorkshopGuestsService,
    private readonly rounds: VoteRoundsService,
    private readonly workshops: WorkshopsService,
    private readonly live: WorkshopRoomLive,
    private readonly membership: MembershipCheck,
  ) {}

  @Query(() => WorkshopRoom, { description: 'What the room of a workshop shows now: its agenda and the round being voted on.' })
  @Can(Action.READ)
  workshopRoom(@Ctx() ctx: RequestContext, @Args() args: WorkshopRoomArgs): Promise<WorkshopRoom> {
    return this.rounds.room(ctx, args.workshopId, ctx.userIdOrNull ? memberOf(ctx) : null);
  }

  @Mutation(() => WorkshopJoinCode, {
    description:
      'Shows a new join code for a running workshop (any earlier code stops working); people in the room join with it as guests.',
  })
  @Can(Action.PLAN)
  openWorkshopJoining(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopJoiningInput): Promise<WorkshopJoinCode> {
    return this.guests.openJoining(ctx, input.workshopId);
  }

  @Mutation(() => Workshop, { description: 'Stops anyone else joining; guests already in stay until the workshop ends.' })
  @Can(Action.PLAN)
  async closeWorkshopJoining(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopJoiningInput): Promise<Workshop> {
    await this.guests.closeJoining(ctx, input.workshopId);
    return this.workshops.get(ctx, input.workshopId);
  }

  @Mutation(() => VoteRound, { description: 'Opens a round of dot-voting in a running workshop; one round is open at a time.' })
  @Can(Action.PLAN)
  openVoteRound(@Ctx() ctx: RequestContext, @Args('input') input: OpenVoteRoundInput): Promise<VoteRound> {
    return this.rounds.open(ctx, input);
  }

  @Mutation(() => VoteRound, { description: 'Places (or changes) your dots in an open round: the ballot replaces your last one whole.' })
  @Can(Action.CONTRIBUTE)
  castWorkshopVotes(@Ctx() ctx: RequestContext, @Args('input') input: CastVotesInput): Promise<VoteRound> {
    return this.rounds.cast(ctx, memberOf(ctx), input);
  }

  @Mutation(() => VoteRound, { description: 'Closes a round: the tally is fixed and recorded as a DECISION output of the workshop.' })
  @Can(Action.PLAN)
  closeVoteRound(@Ctx() ctx: RequestContext, @Args('input') input: CloseVoteRoundInput): Promise<VoteRound> {
    return this.rounds.close(ctx, input);
  }

  @Mutation(() => [PriorityArea], { description: "Selects for piloting the priority areas in a closed round's top places." })
  @Can(Action.DECIDE_AND_PUBLISH)
  selectPriorityAreasFromVote(@Ctx() ctx: RequestContext, @Args('input') input: SelectPriorityAreasFromVoteInput): Promise<PriorityArea[]> {
    return this.rounds.selectPriorityAreas(ctx, input);
  }

  @Subscription(() => WorkshopRoom, {
    description:
      'The room each time it changes (a vote cast anywhere, a round opened or closed, the agenda): graphql-ws, credentials in connectionParams.',
    resolve: (room: WorkshopRoom) => room,
  })
  @Can(Action.READ)
  async workshopRoomChanged(
    @Ctx() ctx: RequestContext,
    @Args() args: WorkshopRoomArgs,
    @Context() gql: GqlContext,
  ): Promise<AsyncIterable<WorkshopRoom>> {
    const workshop = await this.workshops.get(ctx, args.workshopId);
    const organisationId = ctx.tenantId;
    return this.live.stream(
      ctx,
      { workshopId: workshop.id, programmeId: workshop.programmeId },
      ctx.userIdOrNull ? memberOf(ctx) : null,
      () => this.membership.stillMember(gql.credentials, organisationId),
    );
  }
}

/**
 * Guests in the room. Each operation takes the guest's pass, their only credential: it opens
 * that one workshop's room (its agenda and the round being voted on) and nothing else of the
 * organisation. No account or header is involved, so a pass sent anywhere else opens nothing.
 */
@Resolver(() => GuestPass)
export class WorkshopGuestResolver {
  constructor(
    private readonly guests: WorkshopGuestsService,
    private readonly rounds: VoteRoundsService,
    private readonly live: WorkshopRoomLive,
  ) {}

  @Mutation(() => GuestPass, {
    description:
      'Joins a running workshop with the code the room shows and a display name (nothing else is asked or kept). Wrong codes are limited per network: TOO_MANY_ATTEMPTS says when to try again.',
  })
  @Public()
  @OutsideTransaction() // a wrong code's count in the throttle must outlive the refusal
  async joinWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: JoinWorkshopInput): Promise<GuestPass> {
    const { pass, guest } = await this.guests.join(ctx, input);
    return { pass, expiresAt: guest.expiresAt, room: await this.rounds.room(guest.ctx, guest.workshopId, guestVoter(guest)) };
  }

  @Query(() => WorkshopRoom, {
    description: "The room of the workshop a guest's pass belongs to. UNAUTHENTICATED once the pass has ended.",
  })
  @Public()
  async guestRoom(@Ctx() ctx: RequestContext, @Args() args: GuestRoomArgs): Promise<WorkshopRoom> {
    const guest = await this.guests.guestFor(ctx, args.pass);
    return this.rounds.room(guest.ctx, guest.workshopId, guestVoter(guest));
  }

  @Mutation(() => VoteRound, { description: 'A guest places (or changes) their dots in the open round of their workshop.' })
  @Public()
  async castGuestVotes(@Ctx() ctx: RequestContext, @Args('input') input: CastGuestVotesInput): Promise<VoteRound> {
    const guest = await this.guests.guestFor(ctx, input.pass);
    return this.rounds.cast(guest.ctx, guestVoter(guest), input);
  }

  @Mutation(() => GuestNote, { description: 'A guest adds a note to their workshop; the facilitator sees it among the outputs.' })
  @Public()
  async addGuestNote(@Ctx() ctx: RequestContext, @Args('input') input: GuestNoteInput): Promise<GuestNote> {
    return this.guests.addNote(await this.guests.guestFor(ctx, input.pass), input);
  }

  @Subscription(() => WorkshopRoom, {
    description:
      "A guest's room each time it changes; it ends when the pass does (the workshop ended). graphql-ws with connectionParams.guestPass.",
    resolve: (room: WorkshopRoom) => room,
  })
  @Public()
  async guestRoomChanged(@Ctx() ctx: RequestContext, @Args() args: GuestRoomArgs): Promise<AsyncIterable<WorkshopRoom>> {
    return this.live.streamForGuest(await this.guests.guestFor(ctx, args.pass));
  }
}

/** Workshop.guests and WorkshopOutput.guestName, batched over a response. */
@Resolver(() => Workshop)
export class WorkshopGuestsFieldResolver {
  constructor(private readonly service: WorkshopGuestsService) {}

  @ResolveField(() => [WorkshopGuest], { description: 'Guests who joined from the room, in the order they came.' })
  async guests(@Parent() workshop: Workshop, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopGuest[]> {
    const rows = await loaderFor(gql, 'workshop.guests', async (ids: readonly string[]) =>
      groupByKey(ids, await this.service.guestsOf(ctx, ids), (g) => g.workshopId),
    ).load(workshop.id);
    return rows ?? [];
  }
}

@Resolver(() => WorkshopOutput)
export class WorkshopOutputGuestResolver {
  constructor(private readonly guests: WorkshopGuestsService) {}

  @ResolveField(() => String, { nullable: true, description: 'The guest who added it from the room, by the name they gave.' })
  async guestName(@Parent() output: WorkshopOutput, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<string | null> {
    if (!output.guestId) return null;
    const name = await loaderFor<string, string>(gql, 'workshopOutput.guestName', async (ids) => {
      const names = await this.guests.namesOf(ctx, ids);
      return ids.map((id) => names.get(id) ?? null);
    }).load(output.guestId);
    return name ?? null;
  }
}
