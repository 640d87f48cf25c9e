import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, ForbiddenError, InvalidTransitionError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database, QueryCounter } from '@app/database';
import { InitiativesService } from '@app/mapping';
import { EventFanout } from '@app/history';
import { PriorityAreasService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { type BallotLine, tally, voteDecisionText } from '@app/workflow';
import { actingAs, addMember, eventsAbout, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { serverUrl } from '../../../../test/support/databases';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopsModule } from '../workshops.module';
import type { Workshop } from '../workshops/workshop.model';
import { WorkshopsService } from '../workshops/workshops.service';
import type { OpenVoteRoundInput } from './room.inputs';
import { WorkshopRoomLive } from './room-live';
import type { VoteRound } from './room.model';
import { type Voter, VoteRoundsService } from './vote-rounds.service';
import { WorkshopGuestsService } from './workshop-guests.service';

/**
 * Dot-voting on a real database: ballots cast at the same moment all count and never mix, a
 * round closed while ballots arrive counts exactly those that went in before it, closing fixes
 * the tally into a DECISION output (and forgets an anonymous round's ballots), and the top
 * places select priority areas. Each call gets its own request context, as each request has.
 */
describe('VoteRoundsService', () => {
  let module: TestingModule;
  let rounds: VoteRoundsService;
  let guests: WorkshopGuestsService;
  let workshops: WorkshopsService;
  let priorityAreas: PriorityAreasService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;
  let attendee: string;
  let bystander: string;
  let areaIds: string[];

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopsModule);
    rounds = module.get(VoteRoundsService);
    guests = module.get(WorkshopGuestsService);
    workshops = module.get(WorkshopsService);
    priorityAreas = module.get(PriorityAreasService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.CONSULTANT);
    otherCtx = await newOrganisation(db, Role.ADMIN);
    attendee = (await newUser(db, 'Dana')).id;
    await addMember(db, ctx.tenantId, attendee, Role.CONTRIBUTOR);
    bystander = (await newUser(db, 'Lee')).id;
    await addMember(db, ctx.tenantId, bystander, Role.CONTRIBUTOR);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Green streets' })).id;
    areaIds = [];
    for (const [i, name] of ['Street trees', 'Play streets', 'Cycle parking', 'Rain gardens'].entries()) {
      const serviceAreaId = await newServiceArea(db, ctx.tenantId, name, i);
      areaIds.push((await priorityAreas.create(ctx, { programmeId, serviceAreaId })).id);
    }
  });
  afterAll(() => module.close());

  /** A fresh context for each call, as each request has: concurrent calls never share a transaction. */
  const facilitator = () => actingAs(ctx.userId, ctx.tenantId, Role.CONSULTANT);
  const member = (userId: string) => actingAs(userId, ctx.tenantId, Role.CONTRIBUTOR);
  const asMember = (userId: string): Voter => ({ kind: 'member', userId });
  const stranger = (address = '203.0.113.9') => {
    const c = new RequestContext(randomUUID());
    c.clientAddress = address;
    return c;
  };

  const running = async (): Promise<Workshop> => {
    const planned = await workshops.plan(ctx, {
      programmeId,
      startsAt: new Date('2027-06-10T17:00:00Z'),
      endsAt: new Date('2027-06-10T19:00:00Z'),
      facilitatorUserId: ctx.userId,
      attendeeUserIds: [attendee],
    });
    return workshops.move(ctx, { workshopId: planned.id, version: planned.version }, 'START');
  };
  const open = (workshopId: string, extra: Partial<OpenVoteRoundInput> = {}): Promise<VoteRound> =>
    rounds.open(facilitator(), {
      workshopId,
      question: 'What should the street try first?',
      dotsPerVoter: 3,
      anonymous: false,
      options: [{ label: 'Benches' }, { label: 'Bins' }, { label: 'Lights' }],
      ...extra,
    });
  /** Guests joined with the workshop's code, each from their own address; answers their passes. */
  const guestsIn = async (workshopId: string, names: string[]): Promise<string[]> => {
    const { code } = await guests.openJoining(ctx, workshopId);
    const passes: string[] = [];
    for (const [i, displayName] of names.entries())
      passes.push((await guests.join(stranger(`203.0.113.${i + 10}`), { code, displayName })).pass);
    return passes;
  };
  /** A guest's ballot as castGuestVotes sends it: the pass checked afresh, the guest's own context. */
  const castAsGuest = async (pass: string, roundId: string, ballot: BallotLine[]): Promise<VoteRound> => {
    const guest = await guests.guestFor(stranger(), pass);
    const voter: Voter = { kind: 'guest', guestId: guest.id, workshopId: guest.workshopId, displayName: guest.displayName };
    return rounds.cast(guest.ctx, voter, { roundId, ballot });
  };
  const castAsMember = (userId: string, roundId: string, ballot: BallotLine[]) =>
    rounds.cast(member(userId), asMember(userId), { roundId, ballot });
  /** The ballot as stored: option and dots per line, in option order. */
  const storedBallot = async (roundId: string, voter: { userId?: string; guestId?: string }) =>
    (
      await ownerQuery<{ optionId: string; dots: number }>(
        db,
        `SELECT option_id AS "optionId", dots FROM workshop_vote
          WHERE round_id = $1 AND (user_id = $2 OR guest_id = $3) ORDER BY option_id`,
        [roundId, voter.userId ?? null, voter.guestId ?? null],
      )
    ).map((b) => ({ optionId: b.optionId, dots: b.dots }));
  const sortLines = (ballot: BallotLine[]) =>
    [...ballot].sort((a, b) => (a.optionId < b.optionId ? -1 : 1)).map((b) => ({ optionId: b.optionId, dots: b.dots }));
  const finalDots = async (roundId: string) =>
    (
      await ownerQuery<{ finalDots: number | null }>(
        db,
        `SELECT final_dots AS "finalDots" FROM workshop_vote_option WHERE round_id = $1 ORDER BY position`,
        [roundId],
      )
    ).map((o) => o.finalDots);
  const votesIn = async (roundId: string) =>
    (await ownerQuery(db, `SELECT count(*)::int AS n FROM workshop_vote WHERE round_id = $1`, [roundId]))[0].n as number;
  const settle = <T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> =>
    promise.then(
      (value) => ({ status: 'fulfilled', value }),
      (reason: unknown) => ({ status: 'rejected', reason }),
    );
  const guestIdOf = async (pass: string) => (await guests.guestFor(stranger(), pass)).id;

  it('opens one round at a time over labelled options, only while the workshop runs', async () => {
    const workshop = await running();
    const round = await open(workshop.id, {
      options: [{ label: ' Benches ' }, { priorityAreaId: areaIds[0] }, { priorityAreaId: areaIds[1], label: 'Play out on Sundays' }],
    });
    expect(round).toMatchObject({ position: 1, status: 'OPEN', dotsPerVoter: 3, voterCount: 0, canVote: true, myDotsLeft: 3 });
    expect(round.options.map((o) => [o.position, o.label, o.priorityAreaId, o.dots])).toEqual([
      [1, 'Benches', null, 0],
      [2, 'Street trees', areaIds[0], 0],
      [3, 'Play out on Sundays', areaIds[1], 0],
    ]);
    const again = await open(workshop.id).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InvalidTransitionError);
    expect((again as Error).message).toMatch(/Round 1 is still open/);
    const error = await open(workshop.id, { options: [{ label: 'Bins' }, { label: 'bins' }] }).catch((e: unknown) => e);
    expect((error as BadInputError).problems).toEqual([{ field: 'input.options[1]', message: 'repeats option 1' }]);

    const planned = await workshops.plan(ctx, {
      programmeId,
      startsAt: new Date('2027-06-10T17:00:00Z'),
      endsAt: new Date('2027-06-10T19:00:00Z'),
      facilitatorUserId: ctx.userId,
    });
    await expect(open(planned.id)).rejects.toThrow(/has not started yet/);
    await expect(
      rounds.open(otherCtx, {
        workshopId: workshop.id,
        question: 'Ours?',
        dotsPerVoter: 1,
        anonymous: false,
        options: [{ label: 'A' }, { label: 'B' }],
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it("reads a round's initiatives in one statement however many options name one, and refuses one of another programme by field", async () => {
    const initiatives = module.get(InitiativesService);
    const serviceAreaId = await newServiceArea(db, ctx.tenantId, 'Allotments', 9);
    const ours: string[] = [];
    for (const name of ['Seed swap', 'Tool library', 'Repair cafe', 'Walking bus', 'Litter pick', 'Pond dipping'])
      ours.push((await initiatives.create(ctx, { name, serviceAreaId, programmeId })).id);
    const elsewhere = (await initiatives.create(ctx, { name: 'Somewhere else', serviceAreaId })).id;
    const counter = module.get(QueryCounter);
    const statementsToOpen = async (initiativeIds: string[]) => {
      const workshop = await running();
      const before = counter.total;
      const round = await open(workshop.id, { options: initiativeIds.map((initiativeId) => ({ initiativeId })) });
      const spent = counter.total - before;
      expect(round.options.map((o) => o.label)).toEqual(
        ['Seed swap', 'Tool library', 'Repair cafe', 'Walking bus', 'Litter pick', 'Pond dipping'].slice(0, initiativeIds.length),
      );
      return spent;
    };
    expect(await statementsToOpen(ours)).toBe(await statementsToOpen(ours.slice(0, 2)));

    const workshop = await running();
    const error = await open(workshop.id, { options: [{ initiativeId: ours[0] }, { initiativeId: elsewhere }] }).catch((e: unknown) => e);
    expect((error as BadInputError).problems).toEqual([
      { field: 'input.options[1].initiativeId', message: "is not an initiative of this workshop's programme" },
    ]);
  });

  it("follows a ballot on every guest's screen without asking about each pass again, and ends their screens with the workshop", async () => {
    const live = module.get(WorkshopRoomLive);
    const counter = module.get(QueryCounter);
    // On PostgreSQL events reach the screens through LISTEN, as in the server (a testing module does not bootstrap it).
    await module.get(EventFanout).onApplicationBootstrap();
    const statementsForABallot = async (names: string[]) => {
      const workshop = await running();
      const round = await open(workshop.id);
      const passes = await guestsIn(workshop.id, names);
      const screens = await Promise.all(passes.map(async (pass) => live.streamForGuest(await guests.guestFor(stranger(), pass))));
      // Counted once the joins' events have been heard (on PostgreSQL the listener reads each one).
      for (let last = -1; counter.total !== last;) {
        last = counter.total;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const before = counter.total;
      const heard = screens.map((screen) => screen.next());
      await castAsMember(attendee, round.id, [{ optionId: round.options[0].id, dots: 2 }]);
      const rooms = await Promise.all(heard);
      const spent = counter.total - before;
      expect(rooms.map((r) => r.value?.round?.options[0].dots)).toEqual(names.map(() => 2));
      const ending = screens.map((screen) => screen.next());
      await workshops.move(ctx, { workshopId: workshop.id, version: (await workshops.get(ctx, workshop.id)).version }, 'END');
      expect((await Promise.all(ending)).map((r) => r.done)).toEqual(names.map(() => true));
      return spent;
    };
    expect(await statementsForABallot(['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'])).toBe(await statementsForABallot(['Gus', 'Hal']));
  });

  it('stores a ballot in the same statements whether it spreads its dots over one option or many', async () => {
    const counter = module.get(QueryCounter);
    const workshop = await running();
    const round = await open(workshop.id, {
      dotsPerVoter: 6,
      options: ['Benches', 'Bins', 'Lights', 'Planters', 'Signs', 'Water'].map((label) => ({ label })),
    });
    const [first, ...rest] = round.options.map((o) => o.id);
    const statementsFor = async (ballot: BallotLine[]) => {
      const before = counter.total;
      const view = await castAsMember(attendee, round.id, ballot);
      expect(view.myBallot.reduce((sum, line) => sum + line.dots, 0)).toBe(ballot.reduce((sum, line) => sum + line.dots, 0));
      return counter.total - before;
    };
    await statementsFor([{ optionId: first, dots: 2 }]); // the first ballot's session set-up is not what is measured
    const one = await statementsFor([{ optionId: first, dots: 6 }]);
    expect(await statementsFor([first, ...rest].map((optionId) => ({ optionId, dots: 1 })))).toBe(one);
    expect(sortLines(await storedBallot(round.id, { userId: attendee }))).toEqual(
      sortLines([first, ...rest].map((optionId) => ({ optionId, dots: 1 }))),
    );
  });

  it("closes a round in the same statements whatever its number of options, fixing each one's dots", async () => {
    const counter = module.get(QueryCounter);
    const statementsToClose = async (labels: string[]) => {
      const workshop = await running();
      const round = await open(workshop.id, { dotsPerVoter: labels.length, options: labels.map((label) => ({ label })) });
      await castAsMember(
        attendee,
        round.id,
        round.options.map((o) => ({ optionId: o.id, dots: 1 })),
      );
      const before = counter.total;
      await rounds.close(facilitator(), { roundId: round.id, version: round.version });
      const spent = counter.total - before;
      expect(await finalDots(round.id)).toEqual(labels.map(() => 1));
      return spent;
    };
    expect(await statementsToClose(['Ash', 'Beech', 'Cedar', 'Elm', 'Fir', 'Hazel', 'Larch', 'Oak'])).toBe(
      await statementsToClose(['Ash', 'Beech']),
    );
  });

  it("lists a workshop's rounds with their tallies in the same statements however many it held", async () => {
    const counter = module.get(QueryCounter);
    const held = async (count: number): Promise<{ workshop: Workshop; spent: number; listed: VoteRound[] }> => {
      const workshop = await running();
      for (let i = 0; i < count; i++) {
        const round = await open(workshop.id, { anonymous: i % 2 === 1 });
        await castAsMember(attendee, round.id, [{ optionId: round.options[i % 3].id, dots: 2 }]);
        if (i < count - 1) await rounds.close(facilitator(), { roundId: round.id, version: round.version });
      }
      const before = counter.total;
      const listed = await rounds.roundsOf(ctx, workshop.id);
      return { workshop, spent: counter.total - before, listed };
    };
    const four = await held(4);
    expect(four.listed.map((r) => [r.position, r.status, r.anonymous, r.options.map((o) => o.dots)])).toEqual([
      [1, 'CLOSED', false, [2, 0, 0]],
      [2, 'CLOSED', true, [0, 2, 0]],
      [3, 'CLOSED', false, [0, 0, 2]],
      [4, 'OPEN', true, [2, 0, 0]],
    ]);
    // Names only where the round was named; nobody's own ballot, as the record is nobody's screen.
    expect(four.listed.map((r) => r.options.flatMap((o) => o.voters).length)).toEqual([1, 0, 1, 0]);
    expect(four.listed.every((r) => r.myBallot.length === 0 && !r.canVote)).toBe(true);
    expect((await held(2)).spent).toBe(four.spent);
  });

  it('opens only one of two rounds opened at the same moment', async () => {
    const workshop = await running();
    const both = await Promise.all([settle(open(workshop.id, { question: 'First?' })), settle(open(workshop.id, { question: 'Second?' }))]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(InvalidTransitionError);
    const [row] = await ownerQuery(db, `SELECT count(*)::int AS n, max(position) AS last FROM workshop_vote_round WHERE workshop_id = $1`, [
      workshop.id,
    ]);
    expect(row).toEqual({ n: 1, last: 1 });
  });

  it('counts every ballot when 20 guests and two members cast at the same moment', async () => {
    const workshop = await running();
    const round = await open(workshop.id);
    const [benches, bins, lights] = round.options.map((o) => o.id);
    const ids = [benches, bins, lights];
    const passes = await guestsIn(
      workshop.id,
      Array.from({ length: 20 }, (_, i) => `Neighbour ${i + 1}`),
    );
    // Guest i puts two dots on one option and one on the next: different ballots, a known total.
    const ballotOf = (i: number): BallotLine[] => [
      { optionId: ids[i % 3], dots: 2 },
      { optionId: ids[(i + 1) % 3], dots: 1 },
    ];
    const cast = await Promise.all([
      ...passes.map((pass, i) => castAsGuest(pass, round.id, ballotOf(i))),
      castAsMember(ctx.userId, round.id, [{ optionId: lights, dots: 3 }]),
      castAsMember(attendee, round.id, [{ optionId: benches, dots: 1 }]),
    ]);
    expect(cast).toHaveLength(22);
    const expected = new Map(ids.map((id) => [id, 0]));
    passes.forEach((_, i) => ballotOf(i).forEach((line) => expected.set(line.optionId, expected.get(line.optionId)! + line.dots)));
    expected.set(lights, expected.get(lights)! + 3);
    expected.set(benches, expected.get(benches)! + 1);

    const room = await rounds.room(facilitator(), workshop.id, asMember(ctx.userId));
    expect(room.round!.voterCount).toBe(22);
    expect(room.round!.options.map((o) => o.dots)).toEqual(ids.map((id) => expected.get(id)));
    expect(room.round!.myBallot).toEqual([{ optionId: lights, dots: 3 }]);
    expect(await votesIn(round.id)).toBe(20 * 2 + 2);

    const closed = await rounds.close(facilitator(), { roundId: round.id, version: round.version });
    expect(closed.voterCount).toBe(22);
    expect(await finalDots(round.id)).toEqual(ids.map((id) => expected.get(id)));
  });

  it('keeps exactly one of two different ballots one voter sends at the same moment, whole', async () => {
    const workshop = await running();
    const round = await open(workshop.id);
    const [benches, bins, lights] = round.options.map((o) => o.id);
    const first: BallotLine[] = [{ optionId: benches, dots: 3 }];
    const second: BallotLine[] = [
      { optionId: bins, dots: 1 },
      { optionId: lights, dots: 2 },
    ];
    const [pass] = await guestsIn(workshop.id, ['Twin tabs']);
    const guestId = await guestIdOf(pass);
    for (let attempt = 0; attempt < 5; attempt++) {
      const [a, b] = attempt % 2 ? [second, first] : [first, second];
      await Promise.all([castAsMember(attendee, round.id, a), castAsMember(attendee, round.id, b)]);
      const mine = await storedBallot(round.id, { userId: attendee });
      expect([sortLines(first), sortLines(second)]).toContainEqual(mine);

      await Promise.all([castAsGuest(pass, round.id, a), castAsGuest(pass, round.id, b)]);
      const theirs = await storedBallot(round.id, { guestId });
      expect([sortLines(first), sortLines(second)]).toContainEqual(theirs);
    }
    const room = await rounds.room(member(attendee), workshop.id, asMember(attendee));
    expect(sortLines(room.round!.myBallot)).toEqual(await storedBallot(round.id, { userId: attendee }));
    expect(room.round!.voterCount).toBe(2);
    expect(room.round!.options.reduce((sum, o) => sum + o.dots, 0)).toBe(6);
  });

  it('counts, when closed while ballots arrive, exactly the ballots that went in before the close, and refuses the rest', async () => {
    const workshop = await running();
    const round = await open(workshop.id, { dotsPerVoter: 5 });
    const ids = round.options.map((o) => o.id);
    const passes = await guestsIn(
      workshop.id,
      Array.from({ length: 20 }, (_, i) => `Late ${i + 1}`),
    );
    const ballotOf = (i: number): BallotLine[] => [{ optionId: ids[i % 3], dots: 1 + (i % 5) }];
    // Each voter's pass checked beforehand, so each ballot goes straight to cast.
    const voters = await Promise.all(
      passes.map(async (pass) => {
        const guest = await guests.guestFor(stranger(), pass);
        const voter: Voter = { kind: 'guest', guestId: guest.id, workshopId: guest.workshopId, displayName: guest.displayName };
        return { ctx: guest.ctx, voter };
      }),
    );
    // Ballots go in a couple of milliseconds apart, and the close goes in after the eighth: the later ones race it.
    const ballots: Array<Promise<PromiseSettledResult<VoteRound>>> = [];
    let closing: Promise<PromiseSettledResult<VoteRound>> | undefined;
    for (const [i, { ctx: guestCtx, voter }] of voters.entries()) {
      // Settled at once, so a refusal is held for the checks below rather than left unhandled while the loop waits.
      ballots.push(settle(rounds.cast(guestCtx, voter, { roundId: round.id, ballot: ballotOf(i) })));
      if (i === 7) closing = settle(rounds.close(facilitator(), { roundId: round.id, version: round.version }));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const settled = await Promise.all(ballots);
    const closeResult = await closing!;
    if (closeResult.status === 'rejected') throw closeResult.reason;
    const closed = closeResult.value;

    const counted = settled.flatMap((s, i) => (s.status === 'fulfilled' ? [i] : []));
    for (const s of settled)
      if (s.status === 'rejected') {
        expect(s.reason).toBeInstanceOf(InvalidTransitionError);
        expect(s.reason.code).toBe(ErrorCode.INVALID_TRANSITION);
        expect(s.reason.message).toMatch(/has closed/);
      }
    const expected = ids.map((id) =>
      counted.reduce((sum, i) => sum + ballotOf(i).reduce((s, l) => s + (l.optionId === id ? l.dots : 0), 0), 0),
    );
    expect(await finalDots(round.id)).toEqual(expected);
    expect(closed.voterCount).toBe(counted.length);
    expect(closed.options.map((o) => o.dots)).toEqual(expected);
    // Named round: the ballots stay, and only those counted.
    expect(await votesIn(round.id)).toBe(counted.length);

    // Any ballot after the close is refused and changes nothing.
    const late = await castAsGuest(passes[19], round.id, [{ optionId: ids[0], dots: 5 }]).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(InvalidTransitionError);
    expect((late as InvalidTransitionError).code).toBe(ErrorCode.INVALID_TRANSITION);
    await expect(castAsMember(attendee, round.id, [])).rejects.toThrow(/has closed/);
    expect(await finalDots(round.id)).toEqual(expected);
    expect(await votesIn(round.id)).toBe(counted.length);
  });

  // The embedded database runs one transaction at a time, so a close can only be overtaken on PostgreSQL.
  (serverUrl() ? it : it.skip)('holds back a ballot sent while a close waits for the ballots already going in', async () => {
    const workshop = await running();
    const round = await open(workshop.id);
    const [benches, bins] = round.options.map((o) => o.id);
    const [early, late] = await guestsIn(workshop.id, ['Early', 'Late']);
    await castAsGuest(early, round.id, [{ optionId: benches, dots: 1 }]);
    const lateGuest = await guests.guestFor(stranger(), late);
    const lateVoter: Voter = { kind: 'guest', guestId: lateGuest.id, workshopId: workshop.id, displayName: lateGuest.displayName };
    const waiting = async () =>
      (
        await ownerQuery(
          db,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n as number;
    const until = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 500 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    // A ballot still going in: its transaction holds the round as a ballot does, until released.
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((resolve) => (locked = resolve));
    const inFlight = db.opened.asOwner(async (query) => {
      await query('BEGIN');
      await query(`SELECT 1 FROM workshop_vote_round WHERE id = $1 FOR SHARE`, [round.id]);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
      await query('COMMIT');
    });
    await held;
    const closing = settle(rounds.close(facilitator(), { roundId: round.id, version: round.version }));
    await until(async () => (await waiting()) >= 1);
    // Sent once the facilitator has pressed close: it must wait for the close, not slip in before it.
    let lateDone = false;
    const lateBallot = settle(rounds.cast(lateGuest.ctx, lateVoter, { roundId: round.id, ballot: [{ optionId: bins, dots: 3 }] })).then(
      (result) => ((lateDone = true), result),
    );
    await until(async () => lateDone || (await waiting()) >= 2);
    release();
    await inFlight;

    const [closed, refused] = await Promise.all([closing, lateBallot]);
    expect(closed.status).toBe('fulfilled');
    expect(refused.status).toBe('rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: ErrorCode.INVALID_TRANSITION });
    expect(await finalDots(round.id)).toEqual([1, 0, 0]);
    expect(await storedBallot(round.id, { guestId: lateGuest.id })).toEqual([]);
  });

  it('fixes the dots on closing and records them as a DECISION output; a stale version is a CONFLICT', async () => {
    const workshop = await running();
    const round = await open(workshop.id, { question: '  Which fix first? ' });
    const [benches, bins, lights] = round.options.map((o) => o.id);
    const [kit] = await guestsIn(workshop.id, ['Kit']);
    await castAsMember(ctx.userId, round.id, [
      { optionId: benches, dots: 2 },
      { optionId: lights, dots: 1 },
    ]);
    await castAsMember(attendee, round.id, [{ optionId: lights, dots: 3 }]);
    await castAsGuest(kit, round.id, [{ optionId: bins, dots: 1 }]);

    await expect(rounds.close(facilitator(), { roundId: round.id, version: round.version + 1 })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(await finalDots(round.id)).toEqual([null, null, null]);
    await expect(rounds.close(otherCtx, { roundId: round.id, version: round.version })).rejects.toThrow(NotFoundError);

    const closed = await rounds.close(facilitator(), { roundId: round.id, version: round.version });
    expect(closed).toMatchObject({ status: 'CLOSED', voterCount: 3, canVote: false, myDotsLeft: 0 });
    expect(closed.version).toBeGreaterThan(round.version);
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(closed.options.map((o) => [o.label, o.dots, o.rank, o.voters])).toEqual([
      ['Benches', 2, 2, ['Pat']],
      ['Bins', 1, 3, ['Kit (guest)']],
      ['Lights', 4, 1, ['Dana', 'Pat']],
    ]);
    expect(await finalDots(round.id)).toEqual([2, 1, 4]);

    const [decision] = await ownerQuery(db, `SELECT kind, text, workshop_id AS "workshopId" FROM workshop_output WHERE id = $1`, [
      closed.decisionOutputId,
    ]);
    const lines = tally([
      { id: benches, label: 'Benches', dots: 2 },
      { id: bins, label: 'Bins', dots: 1 },
      { id: lights, label: 'Lights', dots: 4 },
    ]);
    expect(decision).toEqual({ kind: 'DECISION', text: voteDecisionText('Which fix first?', lines, 3), workshopId: workshop.id });
    const [event] = (await eventsAbout(db, 'roundId', round.id)).filter((e) => e.type === 'WORKSHOP_VOTE_CLOSED');
    expect(event.payload).toMatchObject({ voters: 3, decisionOutputId: closed.decisionOutputId });
    // A named round keeps who voted for what.
    expect(await votesIn(round.id)).toBe(4);

    await expect(rounds.close(facilitator(), { roundId: round.id, version: closed.version })).rejects.toThrow(/already closed/);
    // The next round opens once this one is closed, and the room shows it.
    const next = await open(workshop.id);
    expect(next.position).toBe(2);
    expect((await rounds.room(facilitator(), workshop.id, null)).round!.id).toBe(next.id);
  });

  it('keeps no one’s name in an anonymous round and forgets its ballots on closing, keeping the totals', async () => {
    const workshop = await running();
    const round = await open(workshop.id, { anonymous: true });
    const [benches, bins] = round.options.map((o) => o.id);
    const [sky] = await guestsIn(workshop.id, ['Sky']);
    await castAsMember(attendee, round.id, [{ optionId: benches, dots: 3 }]);
    const seen = await castAsGuest(sky, round.id, [
      { optionId: benches, dots: 1 },
      { optionId: bins, dots: 1 },
    ]);
    expect(seen.options.map((o) => o.voters)).toEqual([[], [], []]);
    expect(seen.myBallot).toHaveLength(2);
    const cast = (await eventsAbout(db, 'roundId', round.id)).filter((e) => e.type === 'WORKSHOP_VOTES_CAST');
    expect(cast).toHaveLength(2);
    for (const e of cast) expect(e).toMatchObject({ actorType: 'PUBLIC', actorUserId: null });

    const closed = await rounds.close(facilitator(), { roundId: round.id, version: round.version });
    expect(closed.voterCount).toBe(2);
    expect(await votesIn(round.id)).toBe(0);
    expect(await finalDots(round.id)).toEqual([4, 1, 0]);
    const room = await rounds.room(member(attendee), workshop.id, asMember(attendee));
    expect(room.round).toMatchObject({ id: round.id, status: 'CLOSED', voterCount: 2, myBallot: [] });
    expect(room.round!.options.map((o) => [o.dots, o.voters])).toEqual([
      [4, []],
      [1, []],
      [0, []],
    ]);
  });

  it('closes the open round when the workshop ends, as the facilitator would', async () => {
    const workshop = await running();
    const round = await open(workshop.id);
    const [, bins] = round.options.map((o) => o.id);
    const [pass] = await guestsIn(workshop.id, ['Ash']);
    await castAsGuest(pass, round.id, [{ optionId: bins, dots: 2 }]);
    await workshops.move(ctx, { workshopId: workshop.id, version: (await workshops.get(ctx, workshop.id)).version }, 'END');

    const room = await rounds.room(facilitator(), workshop.id, asMember(ctx.userId));
    expect(room.status).toBe('DONE');
    expect(room.round).toMatchObject({ id: round.id, status: 'CLOSED', voterCount: 1, canVote: false });
    expect(await finalDots(round.id)).toEqual([0, 2, 0]);
    const [decision] = await ownerQuery(db, `SELECT kind, text FROM workshop_output WHERE id = $1`, [room.round!.decisionOutputId]);
    expect(decision.kind).toBe('DECISION');
    expect(decision.text).toContain('What should the street try first? (1 voter)');
    await expect(castAsMember(attendee, round.id, [{ optionId: bins, dots: 1 }])).rejects.toThrow(InvalidTransitionError);
    // Ending a workshop with no open round leaves its rounds as they were.
    const quiet = await running();
    const done = await workshops.move(ctx, { workshopId: quiet.id, version: quiet.version }, 'END');
    expect(done.status).toBe('DONE');
    expect((await rounds.room(facilitator(), quiet.id, null)).round).toBeNull();
  });

  it('refuses ballots it cannot count, and voters who are not in the room', async () => {
    const workshop = await running();
    const round = await open(workshop.id);
    const [benches, bins] = round.options.map((o) => o.id);
    const problemsOf = async (promise: Promise<unknown>) => {
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadInputError);
      return (error as BadInputError).problems.map((p) => p.field);
    };
    expect(
      await problemsOf(
        castAsMember(attendee, round.id, [
          { optionId: benches, dots: 2 },
          { optionId: bins, dots: 2 },
        ]),
      ),
    ).toEqual(['input.ballot']);
    expect(await problemsOf(castAsMember(attendee, round.id, [{ optionId: randomUUID(), dots: 1 }]))).toEqual(['input.ballot[0].optionId']);
    await expect(castAsMember(bystander, round.id, [{ optionId: bins, dots: 1 }])).rejects.toThrow(ForbiddenError);
    await expect(rounds.cast(otherCtx, asMember(otherCtx.userId), { roundId: round.id, ballot: [] })).rejects.toThrow(NotFoundError);
    // A guest of another workshop does not see this round at all.
    const elsewhere = await running();
    const [outsider] = await guestsIn(elsewhere.id, ['Elsewhere']);
    await expect(castAsGuest(outsider, round.id, [{ optionId: bins, dots: 1 }])).rejects.toThrow(NotFoundError);
    expect(await votesIn(round.id)).toBe(0);

    // An empty ballot takes the voter's dots back.
    await castAsMember(attendee, round.id, [{ optionId: bins, dots: 3 }]);
    const emptied = await castAsMember(attendee, round.id, []);
    expect(emptied).toMatchObject({ myBallot: [], myDotsLeft: 3, voterCount: 0 });
    expect(await votesIn(round.id)).toBe(0);
    await expect(rounds.room(otherCtx, workshop.id, null)).rejects.toThrow(NotFoundError);
  });

  it('selects the priority areas in the top places, every one tied at the last place, and ignores other options', async () => {
    const workshop = await running();
    const round = await open(workshop.id, {
      dotsPerVoter: 20,
      options: [{ label: 'Something else' }, ...areaIds.map((priorityAreaId) => ({ priorityAreaId }))],
    });
    const [other, trees, play, cycles, rain] = round.options.map((o) => o.id);
    await castAsMember(ctx.userId, round.id, [
      { optionId: other, dots: 5 },
      { optionId: trees, dots: 4 },
      { optionId: play, dots: 3 },
      { optionId: cycles, dots: 3 },
      { optionId: rain, dots: 1 },
    ]);
    await expect(rounds.selectPriorityAreas(facilitator(), { roundId: round.id, top: 3 })).rejects.toThrow(/close it first/);
    await rounds.close(facilitator(), { roundId: round.id, version: round.version });

    const nothing = await rounds.selectPriorityAreas(facilitator(), { roundId: round.id, top: 1 }).catch((e: unknown) => e);
    expect(nothing).toBeInstanceOf(BadInputError);
    expect((nothing as BadInputError).problems.map((p) => p.field)).toEqual(['input.roundId']);

    // Places: Something else 1st, Street trees 2nd, Play streets and Cycle parking both 3rd, Rain gardens 5th.
    const selected = await rounds.selectPriorityAreas(facilitator(), { roundId: round.id, top: 3 });
    expect(selected.map((a) => a.id).sort()).toEqual([areaIds[0], areaIds[1], areaIds[2]].sort());
    expect(selected.every((a) => a.selected)).toBe(true);
    expect((await priorityAreas.get(ctx, areaIds[3])).selected).toBe(false);

    // Asking again leaves the areas already selected as they are.
    const again = await rounds.selectPriorityAreas(facilitator(), { roundId: round.id, top: 3 });
    expect(again.map((a) => [a.id, a.version]).sort()).toEqual(selected.map((a) => [a.id, a.version]).sort());
    await expect(rounds.selectPriorityAreas(otherCtx, { roundId: round.id, top: 3 })).rejects.toThrow(NotFoundError);
  });
});
