import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  type RequestContext,
} from '@app/common';
import { Database, tenantRepository } from '@app/database';
import { HistoryService } from '@app/history';
import { UsersService } from '@app/identity';
import { InitiativesService } from '@app/mapping';
import { type PriorityArea, PriorityAreasService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { ballotProblems, tally, topRanked, voteDecisionText, workshopRoomRefusal } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { WorkshopOutputsService } from '../outputs/workshop-outputs.service';
import { openWorkshop, recordWorkshopEvent } from '../workshops/workshop-writes';
import { WorkshopAgendaItemEntity } from '../workshops/workshop-agenda-item.entity';
import { WorkshopEntity } from '../workshops/workshop.entity';
import type { CastVotesInput, CloseVoteRoundInput, OpenVoteRoundInput, SelectPriorityAreasFromVoteInput } from './room.inputs';
import type { RoomAgendaItem, VoteRound, WorkshopRoom } from './room.model';
import { WorkshopVoteOptionEntity, WorkshopVoteRoundEntity } from './vote-round.entity';
import { type Guest, WorkshopGuestsService } from './workshop-guests.service';

/** Who looks at the room or votes in it: a member, or a guest of that one workshop. */
export type Voter = { kind: 'member'; userId: string } | { kind: 'guest'; guestId: string; workshopId: string; displayName: string };

export const guestVoter = (guest: Guest): Voter => ({
  kind: 'guest',
  guestId: guest.id,
  workshopId: guest.workshopId,
  displayName: guest.displayName,
});

interface Ballot {
  optionId: string;
  userId: string | null;
  guestId: string | null;
  dots: number;
}

const ROUND_COLUMNS = `id, workshop_id AS "workshopId", position, question, dots_per_voter AS "dotsPerVoter", anonymous, status,
  closed_at AS "closedAt", voter_count AS "voterCount", decision_output_id AS "decisionOutputId", version`;
const OPTION_COLUMNS = `id, position, label, priority_area_id AS "priorityAreaId", initiative_id AS "initiativeId", final_dots AS "finalDots"`;
const BALLOT_COLUMNS = `option_id AS "optionId", user_id AS "userId", guest_id AS "guestId", dots`;

/** A voter's key among a round's ballots. */
const voterKey = (b: { userId: string | null; guestId: string | null }) => (b.userId ? `u:${b.userId}` : `g:${b.guestId}`);

/**
 * Dot-voting in a running workshop's room. The facilitator opens a round (one at a time) over
 * free-text options, priority areas or initiatives of the programme; attendees, the facilitator
 * and guests each spread the round's dots and may change their ballot until it closes. Closing
 * fixes each option's dots, records the result as a DECISION output, and in an anonymous round
 * forgets who voted for what. Every change is a programme event, so every API process hears it
 * and the room's screens update (`WorkshopRoomLive`); a ballot in an anonymous round is recorded
 * without its voter.
 */
@Injectable()
export class VoteRoundsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly programmes: ProgrammesService,
    private readonly outputs: WorkshopOutputsService,
    private readonly guests: WorkshopGuestsService,
    private readonly users: UsersService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly initiatives: InitiativesService,
  ) {}

  open(ctx: RequestContext, input: OpenVoteRoundInput): Promise<VoteRound> {
    return this.db.transaction(ctx, async (em) => {
      const workshop = await openWorkshop(this.programmes, em, ctx, input.workshopId, workshopRoomRefusal);
      const labels = await this.optionLabels(ctx, workshop, input);
      const rounds = tenantRepository(em, ctx, WorkshopVoteRoundEntity);
      const open = await rounds.findOneBy({ workshopId: workshop.id, status: 'OPEN' });
      if (open) throw new InvalidTransitionError(`Round ${open.position} is still open: close it before opening another.`);
      const [{ last }] = await em.query(
        `SELECT COALESCE(max(position), 0)::int AS last FROM workshop_vote_round WHERE organisation_id = $1 AND workshop_id = $2`,
        [ctx.tenantId, workshop.id],
      );
      const round = await rounds.save(
        rounds.create({
          workshopId: workshop.id,
          position: last + 1,
          question: input.question.trim(),
          dotsPerVoter: input.dotsPerVoter,
          anonymous: input.anonymous,
          status: 'OPEN',
          closedAt: null,
          voterCount: null,
          decisionOutputId: null,
        }),
      );
      const options = tenantRepository(em, ctx, WorkshopVoteOptionEntity);
      await options.save(
        input.options.map((option, index) =>
          options.create({
            roundId: round.id,
            position: index + 1,
            label: labels[index],
            priorityAreaId: option.priorityAreaId ?? null,
            initiativeId: option.initiativeId ?? null,
            finalDots: null,
          }),
        ),
      );
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_VOTE_OPENED', {
        roundId: round.id,
        options: input.options.length,
        dotsPerVoter: round.dotsPerVoter,
        anonymous: round.anonymous,
      });
      return this.roundView(ctx, round, this.memberOf(ctx));
    });
  }

  /** Replaces the voter's ballot for an open round (an empty one takes their dots back). */
  cast(ctx: RequestContext, voter: Voter, input: CastVotesInput): Promise<VoteRound> {
    return this.db.transaction(ctx, async (em) => {
      // Shared: ballots go in side by side, while closing (which takes it exclusively) waits for them and they for it.
      // The advisory lock queues fairly: a close waiting for it holds back ballots sent after it, which the row lock alone lets past.
      await em.query(`SELECT pg_advisory_xact_lock_shared(hashtext($1))`, [`workshop-vote-round:${input.roundId}`]);
      const round = await tenantRepository(em, ctx, WorkshopVoteRoundEntity)
        .queryBuilder('r')
        .setLock('pessimistic_read')
        .andWhere('r.id = :id', { id: input.roundId })
        .getOne();
      if (!round || (voter.kind === 'guest' && round.workshopId !== voter.workshopId)) throw new NotFoundError('Vote round', input.roundId);
      if (round.status !== 'OPEN') throw new InvalidTransitionError(`Round ${round.position} has closed, so its ballots are final.`);
      const state = await this.roomState(ctx, round.workshopId, round.id);
      const workshop = state.workshop;
      const refusal = workshopRoomRefusal(workshop.status);
      if (refusal) throw new InvalidTransitionError(refusal);
      if (!mayVote(state, voter))
        throw new ForbiddenError(
          'Only the facilitator, the attendees and guests in the room vote: ask the facilitator to add you to the attendees.',
        );
      const optionIds = state.round!.options.map((o) => o.id);
      const problems: FieldProblem[] = ballotProblems(input.ballot, optionIds, round.dotsPerVoter).map((p) => ({
        field: p.line === null ? 'input.ballot' : `input.ballot[${p.line}].${p.message.startsWith('must') ? 'dots' : 'optionId'}`,
        message: p.message,
      }));
      if (problems.length) throw new BadInputError(problems);
      const [column, id] = voter.kind === 'member' ? ['user_id', voter.userId] : ['guest_id', voter.guestId];
      // One voter's ballots go in one after another (two tabs, a double tap): each replaces the last whole.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [`workshop-vote:${round.id}`, id]);
      await em.query(`DELETE FROM workshop_vote WHERE organisation_id = $1 AND round_id = $2 AND ${column} = $3`, [
        ctx.tenantId,
        round.id,
        id,
      ]);
      // The whole ballot in one statement, however many options it spreads dots over.
      if (input.ballot.length)
        await em.query(
          `INSERT INTO workshop_vote (organisation_id, round_id, option_id, ${column}, dots)
           SELECT $1, $2, line.option_id, $3, line.dots FROM unnest($4::uuid[], $5::int[]) AS line(option_id, dots)`,
          [ctx.tenantId, round.id, id, input.ballot.map((l) => l.optionId), input.ballot.map((l) => l.dots)],
        );
      // In an anonymous round the event names no voter, or history would say who voted when.
      await recordWorkshopEvent(this.history, round.anonymous ? anonymised(ctx) : ctx, workshop, 'WORKSHOP_VOTES_CAST', {
        roundId: round.id,
      });
      return this.roundView(ctx, round, voter);
    });
  }

  /** Fixes the tally, records it as a DECISION output, and in an anonymous round forgets the ballots. */
  close(ctx: RequestContext, input: CloseVoteRoundInput): Promise<VoteRound> {
    return this.db.transaction(ctx, async (em) => {
      const found = await tenantRepository(em, ctx, WorkshopVoteRoundEntity).findOneBy({ id: input.roundId });
      if (!found) throw new NotFoundError('Vote round', input.roundId);
      const workshop = await openWorkshop(this.programmes, em, ctx, found.workshopId, null);
      const round = await this.lockRound(em, ctx, found.id);
      if (round.status !== 'OPEN') throw new InvalidTransitionError(`Round ${round.position} is already closed.`);
      if (round.version !== input.version) throw new ConflictError('Vote round', round.version);
      await this.closeLocked(em, ctx, workshop, round);
      return this.roundView(ctx, round, this.memberOf(ctx));
    });
  }

  /** Called as the workshop ends: a round still open closes as if the facilitator had closed it. */
  async closeOpenRound(em: EntityManager, ctx: RequestContext, workshop: WorkshopEntity): Promise<void> {
    const open = await tenantRepository(em, ctx, WorkshopVoteRoundEntity).findOneBy({ workshopId: workshop.id, status: 'OPEN' });
    if (open) await this.closeLocked(em, ctx, workshop, await this.lockRound(em, ctx, open.id));
  }

  /** Selects for piloting the priority areas in a closed round's top places (already selected ones stay as they are). */
  selectPriorityAreas(ctx: RequestContext, input: SelectPriorityAreasFromVoteInput): Promise<PriorityArea[]> {
    return this.db.transaction(ctx, async (em) => {
      const round = await tenantRepository(em, ctx, WorkshopVoteRoundEntity).findOneBy({ id: input.roundId });
      if (!round) throw new NotFoundError('Vote round', input.roundId);
      if (round.status !== 'CLOSED')
        throw new InvalidTransitionError(`Round ${round.position} is still open: close it first, so the result is final.`);
      const options = await tenantRepository(em, ctx, WorkshopVoteOptionEntity).findBy({ roundId: round.id });
      const ranked = tally(options.map((o) => ({ id: o.id, label: o.label, dots: o.finalDots ?? 0 })));
      const top = new Set(topRanked(ranked, input.top).map((l) => l.id));
      const areaIds = options.filter((o) => top.has(o.id) && o.priorityAreaId).map((o) => o.priorityAreaId!);
      if (!areaIds.length)
        throw BadInputError.field(
          'input.roundId',
          `has no priority area with dots in its top ${input.top} places, so there is nothing to select`,
        );
      const areas = await this.priorityAreas.byIds(ctx, areaIds);
      const selected: PriorityArea[] = [];
      for (const area of areas) {
        selected.push(
          area.selected ? area : await this.priorityAreas.select(ctx, { priorityAreaId: area.id, selected: true, version: area.version }),
        );
      }
      return selected;
    });
  }

  /** The room as `viewer` sees it: title, agenda, and the open round (else the last closed one). NOT_FOUND for another organisation's workshop. */
  async room(ctx: RequestContext, workshopId: string, viewer: Voter | null): Promise<WorkshopRoom> {
    return roomFor(await this.roomState(ctx, workshopId), viewer);
  }

  /**
   * Every round of a workshop in the order opened, each with its tally as nobody in particular
   * sees it (no ballot of one's own): the workshop record prints them. NOT_FOUND for another
   * organisation's workshop. One read per round: a workshop holds a handful.
   */
  async roundsOf(ctx: RequestContext, workshopId: string): Promise<VoteRound[]> {
    const rounds = await this.db.query<WorkshopVoteRoundEntity>(
      ctx,
      `SELECT ${ROUND_COLUMNS} FROM workshop_vote_round WHERE organisation_id = $1 AND workshop_id = $2 ORDER BY position`,
      [ctx.tenantId, workshopId],
    );
    if (!rounds.length) return [];
    // Every round's options and ballots in one statement each, however many rounds the workshop held.
    const ids = rounds.map((r) => r.id);
    const [options, ballots] = await Promise.all([
      this.db.query<OptionRow & { roundId: string }>(
        ctx,
        `SELECT round_id AS "roundId", ${OPTION_COLUMNS} FROM workshop_vote_option
          WHERE organisation_id = $1 AND round_id = ANY($2::uuid[]) ORDER BY round_id, position`,
        [ctx.tenantId, ids],
      ),
      this.db.query<Ballot & { roundId: string }>(
        ctx,
        `SELECT round_id AS "roundId", ${BALLOT_COLUMNS} FROM workshop_vote WHERE organisation_id = $1 AND round_id = ANY($2::uuid[])`,
        [ctx.tenantId, ids],
      ),
    ]);
    const named = new Set(rounds.filter((r) => !r.anonymous).map((r) => r.id));
    const names = await this.voterNames(
      ctx,
      ballots.filter((b) => named.has(b.roundId)),
    );
    return rounds.map((round) =>
      roundFor(
        {
          round,
          options: options.filter((o) => o.roundId === round.id).map(({ roundId: _round, ...option }) => option),
          ballots: ballots.filter((b) => b.roundId === round.id).map(({ roundId: _round, ...ballot }) => ballot),
          names: round.anonymous ? new Map() : names,
        },
        null,
        false,
      ),
    );
  }

  /**
   * Everything a room's screens share, read once: each screen's own part (its ballot, whether it
   * may vote) comes from it without another query (`roomFor`), so a change costs the same few
   * statements however many screens follow the room (WorkshopRoomLive).
   */
  async roomState(ctx: RequestContext, workshopId: string, roundId?: string): Promise<RoomState> {
    const workshop = await this.db.repo(ctx, WorkshopEntity).findOneBy({ id: workshopId, organisationId: ctx.tenantId });
    if (!workshop) throw new NotFoundError('Workshop', workshopId);
    const [agenda, [round], attendees] = await Promise.all([
      this.db.repo(ctx, WorkshopAgendaItemEntity).find({ where: { workshopId, organisationId: ctx.tenantId }, order: { position: 'ASC' } }),
      this.db.query<WorkshopVoteRoundEntity>(
        ctx,
        `SELECT ${ROUND_COLUMNS}
           FROM workshop_vote_round WHERE organisation_id = $1 AND workshop_id = $2 AND ($3::uuid IS NULL OR id = $3)
          ORDER BY (status = 'OPEN') DESC, position DESC LIMIT 1`,
        [ctx.tenantId, workshopId, roundId ?? null],
      ),
      this.db.query<{ userId: string }>(
        ctx,
        `SELECT user_id AS "userId" FROM workshop_attendee WHERE organisation_id = $1 AND workshop_id = $2 AND user_id IS NOT NULL`,
        [ctx.tenantId, workshopId],
      ),
    ]);
    const [options, ballots] = round
      ? await Promise.all([
          this.db.query<OptionRow>(
            ctx,
            `SELECT ${OPTION_COLUMNS} FROM workshop_vote_option WHERE organisation_id = $1 AND round_id = $2 ORDER BY position`,
            [ctx.tenantId, round.id],
          ),
          this.ballots(ctx, round.id),
        ])
      : [[], []];
    return {
      workshop,
      agenda: agenda.map((item) => ({ position: item.position, title: item.title, minutes: item.minutes })),
      // The facilitator is null once their account is deleted (workshop.entity.ts).
      voters: new Set([workshop.facilitatorUserId, ...attendees.map((a) => a.userId)].filter((id): id is string => id !== null)),
      round: round ? { round, options, ballots, names: round.anonymous ? new Map() : await this.voterNames(ctx, ballots) } : null,
    };
  }

  private async closeLocked(
    em: EntityManager,
    ctx: RequestContext,
    workshop: WorkshopEntity,
    round: WorkshopVoteRoundEntity,
  ): Promise<void> {
    const ballots = await this.ballots(ctx, round.id);
    const options = await tenantRepository(em, ctx, WorkshopVoteOptionEntity).find({
      where: { roundId: round.id },
      order: { position: 'ASC' },
    });
    const dots = dotsByOption(ballots);
    // Every option's final dots in one statement, while ballots wait on the round's lock.
    await em.query(
      `UPDATE workshop_vote_option o SET final_dots = f.dots
         FROM unnest($2::uuid[], $3::int[]) AS f(id, dots) WHERE o.organisation_id = $1 AND o.id = f.id`,
      [ctx.tenantId, options.map((o) => o.id), options.map((o) => dots.get(o.id) ?? 0)],
    );
    const voters = new Set(ballots.map(voterKey)).size;
    const lines = tally(options.map((o) => ({ id: o.id, label: o.label, dots: dots.get(o.id) ?? 0 })));
    const [decision] = await this.outputs.capture(ctx, {
      workshopId: workshop.id,
      outputs: [{ kind: 'DECISION', text: voteDecisionText(round.question, lines, voters) }],
    });
    await em.query(
      `UPDATE workshop_vote_round SET status = 'CLOSED', closed_at = now(), voter_count = $3, decision_output_id = $4,
              version = version + 1, updated_at = now()
        WHERE organisation_id = $1 AND id = $2`,
      [ctx.tenantId, round.id, voters, decision.id],
    );
    if (round.anonymous) await em.query(`DELETE FROM workshop_vote WHERE organisation_id = $1 AND round_id = $2`, [ctx.tenantId, round.id]);
    await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_VOTE_CLOSED', {
      roundId: round.id,
      voters,
      decisionOutputId: decision.id,
    });
  }

  /** One round as a mutation answers it, for the one who made the change. */
  private async roundView(ctx: RequestContext, round: WorkshopVoteRoundEntity, viewer: Voter | null): Promise<VoteRound> {
    return roomFor(await this.roomState(ctx, round.workshopId, round.id), viewer).round!;
  }

  private ballots(ctx: RequestContext, roundId: string): Promise<Ballot[]> {
    return this.db.query<Ballot>(ctx, `SELECT ${BALLOT_COLUMNS} FROM workshop_vote WHERE organisation_id = $1 AND round_id = $2`, [
      ctx.tenantId,
      roundId,
    ]);
  }

  /** Members by their display name, guests by the name they gave (marked as guests). */
  private async voterNames(ctx: RequestContext, ballots: Ballot[]): Promise<Map<string, string>> {
    const userIds = [...new Set(ballots.flatMap((b) => (b.userId ? [b.userId] : [])))];
    const guestIds = [...new Set(ballots.flatMap((b) => (b.guestId ? [b.guestId] : [])))];
    const [members, guests] = await Promise.all([this.users.membersByIds(ctx, userIds), this.guests.namesOf(ctx, guestIds)]);
    return new Map([
      ...members.map((u): [string, string] => [`u:${u.id}`, u.displayName]),
      ...[...guests].map(([id, name]): [string, string] => [`g:${id}`, `${name} (guest)`]),
    ]);
  }

  /** The labels of the options to open: each names a priority area or initiative of the workshop's programme, or its own label. */
  private async optionLabels(ctx: RequestContext, workshop: WorkshopEntity, input: OpenVoteRoundInput): Promise<string[]> {
    const areaIds = input.options.flatMap((o) => (o.priorityAreaId ? [o.priorityAreaId] : []));
    const initiativeIds = input.options.flatMap((o) => (o.initiativeId ? [o.initiativeId] : []));
    // One statement per kind however many options name one (another organisation's, or a deleted one, is simply absent).
    const [areaRows, initiativeRows] = await Promise.all([
      this.priorityAreas.byIds(ctx, areaIds),
      this.initiatives.byIds(ctx, [...new Set(initiativeIds)]),
    ]);
    const areas = new Map(areaRows.map((a) => [a.id, a]));
    const initiatives = new Map(initiativeRows.map((i) => [i.id, i]));
    const problems: FieldProblem[] = [];
    const labels: string[] = [];
    for (const [index, option] of input.options.entries()) {
      const field = `input.options[${index}]`;
      if (option.priorityAreaId && option.initiativeId) {
        problems.push({ field, message: 'names a priority area and an initiative: give one, or neither with a label' });
      } else if (option.priorityAreaId) {
        const area = areas.get(option.priorityAreaId);
        if (!area || area.programmeId !== workshop.programmeId)
          problems.push({ field: `${field}.priorityAreaId`, message: "is not a priority area of this workshop's programme" });
        labels[index] = option.label?.trim() || (area?.serviceAreaName ?? '');
      } else if (option.initiativeId) {
        const initiative = initiatives.get(option.initiativeId);
        if (!initiative || initiative.programmeId !== workshop.programmeId)
          problems.push({ field: `${field}.initiativeId`, message: "is not an initiative of this workshop's programme" });
        labels[index] = option.label?.trim() || (initiative?.name ?? '');
      } else if (!option.label?.trim()) {
        problems.push({ field: `${field}.label`, message: 'is needed for an option that is not a priority area or initiative' });
      } else {
        labels[index] = option.label.trim();
      }
    }
    const seen = new Map<string, number>();
    labels.forEach((label, index) => {
      const key = label.toLowerCase();
      if (seen.has(key)) problems.push({ field: `input.options[${index}]`, message: `repeats option ${seen.get(key)! + 1}` });
      seen.set(key, index);
    });
    if (problems.length) throw new BadInputError(problems);
    return labels;
  }

  private memberOf(ctx: RequestContext): Voter | null {
    const userId = ctx.userIdOrNull;
    return userId ? { kind: 'member', userId } : null;
  }

  private async lockRound(em: EntityManager, ctx: RequestContext, id: string): Promise<WorkshopVoteRoundEntity> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`workshop-vote-round:${id}`]);
    const round = await tenantRepository(em, ctx, WorkshopVoteRoundEntity)
      .queryBuilder('r')
      .setLock('pessimistic_write')
      .andWhere('r.id = :id', { id })
      .getOne();
    if (!round) throw new NotFoundError('Vote round', id);
    return round;
  }
}

function dotsByOption(ballots: readonly Ballot[]): Map<string, number> {
  const dots = new Map<string, number>();
  for (const b of ballots) dots.set(b.optionId, (dots.get(b.optionId) ?? 0) + b.dots);
  return dots;
}

/** The same request, its transaction and its organisation, with no one named as the actor. */
function anonymised(ctx: RequestContext): RequestContext {
  return Object.create(ctx, { actor: { value: { kind: 'anonymous' }, enumerable: true } }) as RequestContext;
}

interface OptionRow {
  id: string;
  position: number;
  label: string;
  priorityAreaId: string | null;
  initiativeId: string | null;
  finalDots: number | null;
}

/** What every screen of a room shows alike (see VoteRoundsService.roomState). */
export interface RoomState {
  workshop: WorkshopEntity;
  agenda: RoomAgendaItem[];
  /** Members who may vote: the facilitator and the member attendees. */
  voters: ReadonlySet<string>;
  round: { round: WorkshopVoteRoundEntity; options: OptionRow[]; ballots: Ballot[]; names: Map<string, string> } | null;
}

function mayVote(state: RoomState, viewer: Voter | null): boolean {
  if (!viewer || state.workshop.status !== 'RUNNING') return false;
  return viewer.kind === 'guest' ? viewer.workshopId === state.workshop.id : state.voters.has(viewer.userId);
}

/** The room as one viewer sees it: the shared state, with their own ballot and whether they may vote. */
export function roomFor(state: RoomState, viewer: Voter | null): WorkshopRoom {
  return {
    workshopId: state.workshop.id,
    title: state.workshop.title,
    status: state.workshop.status,
    agenda: state.agenda,
    round: state.round ? roundFor(state.round, viewer, mayVote(state, viewer)) : null,
    guestName: viewer?.kind === 'guest' ? viewer.displayName : null,
  };
}

function roundFor({ round, options, ballots, names }: NonNullable<RoomState['round']>, viewer: Voter | null, canVote: boolean): VoteRound {
  const closed = round.status === 'CLOSED';
  const live = dotsByOption(ballots);
  const ranked = new Map(
    tally(options.map((o) => ({ id: o.id, label: o.label, dots: closed ? (o.finalDots ?? 0) : (live.get(o.id) ?? 0) }))).map((l) => [
      l.id,
      l,
    ]),
  );
  const mine = ballots.filter((b) => viewer && (viewer.kind === 'member' ? b.userId === viewer.userId : b.guestId === viewer.guestId));
  const myBallot = mine.map((b) => ({ optionId: b.optionId, dots: b.dots }));
  return {
    id: round.id,
    workshopId: round.workshopId,
    position: round.position,
    question: round.question,
    dotsPerVoter: round.dotsPerVoter,
    anonymous: round.anonymous,
    status: round.status,
    options: options.map(({ finalDots: _final, ...o }) => {
      const line = ranked.get(o.id)!;
      const voters = ballots.filter((b) => b.optionId === o.id).map((b) => names.get(voterKey(b)) ?? '');
      return { ...o, dots: line.dots, rank: line.rank, share: line.share, voters: [...new Set(voters.filter(Boolean))].sort() };
    }),
    voterCount: closed ? (round.voterCount ?? 0) : new Set(ballots.map(voterKey)).size,
    myBallot,
    myDotsLeft: closed ? 0 : round.dotsPerVoter - myBallot.reduce((sum, b) => sum + b.dots, 0),
    canVote: !closed && canVote,
    decisionOutputId: round.decisionOutputId,
    closedAt: round.closedAt,
    version: round.version,
  };
}
