import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { serverUrl } from '../support/databases';
import { createProgramme, type Organisation, organisationWithRoles, serviceAreaIds } from '../pilots/pilot-support';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * A workshop end to end, over HTTP and WebSocket. On PostgreSQL two API processes share the
 * database: the consultant and one member work through A, the other member and the guest through
 * B, and everyone's socket hears every ballot through LISTEN/NOTIFY. On the embedded database (one
 * process by design) A and B are the same app.
 */
const onPostgres = serverUrl() !== null;
const REPLICA_ENV = { JWT_SECRET: randomBytes(32).toString('hex') };

const ROUND = `id position question dotsPerVoter anonymous status voterCount myDotsLeft canVote decisionOutputId version
  myBallot { optionId dots } options { id position label dots rank voters priorityAreaId }`;
const ROOM = `workshopId title status guestName agenda { position title minutes } round { ${ROUND} }`;
const M = {
  plan: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version } }`,
  start: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id version } }`,
  end: `mutation($input: WorkshopVersionInput!) { endWorkshop(input: $input) { id status } }`,
  openJoining: `mutation($input: WorkshopJoiningInput!) { openWorkshopJoining(input: $input) { code expiresAt } }`,
  closeJoining: `mutation($input: WorkshopJoiningInput!) { closeWorkshopJoining(input: $input) { id joiningOpenUntil } }`,
  join: `mutation($input: JoinWorkshopInput!) { joinWorkshop(input: $input) { pass expiresAt room { ${ROOM} } } }`,
  openRound: `mutation($input: OpenVoteRoundInput!) { openVoteRound(input: $input) { ${ROUND} } }`,
  vote: `mutation($input: CastVotesInput!) { castWorkshopVotes(input: $input) { ${ROUND} } }`,
  guestVote: `mutation($input: CastGuestVotesInput!) { castGuestVotes(input: $input) { ${ROUND} } }`,
  note: `mutation($input: GuestNoteInput!) { addGuestNote(input: $input) { id text } }`,
  closeRound: `mutation($input: CloseVoteRoundInput!) { closeVoteRound(input: $input) { ${ROUND} } }`,
  select: `mutation($input: SelectPriorityAreasFromVoteInput!) { selectPriorityAreasFromVote(input: $input) { id selected } }`,
  createArea: `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id serviceAreaName } }`,
  capture: `mutation($input: CaptureWorkshopOutputsInput!) { captureWorkshopOutputs(input: $input) { id version kind } }`,
  convert: `mutation($input: ConvertWorkshopOutputInput!) { convertWorkshopOutput(input: $input) { id convertedKind convertedId } }`,
};
const Q = {
  room: `query($workshopId: ID!) { workshopRoom(workshopId: $workshopId) { ${ROOM} } }`,
  guestRoom: `query($pass: String!) { guestRoom(pass: $pass) { ${ROOM} } }`,
  record: `query($id: ID!) { workshop(id: $id) { status joiningOpenUntil guests { displayName }
    outputs { kind text guestName convertedKind convertedId } } }`,
  history: `{ history(first: 100, types: ["WORKSHOP_VOTES_CAST", "WORKSHOP_GUEST_JOINED"]) { edges { node { type actorType actorUserId payload } } } }`,
};

interface Room {
  workshopId: string;
  status: string;
  round: {
    id: string;
    status: string;
    voterCount: number;
    version: number;
    options: Array<{ id: string; label: string; dots: number; voters: string[] }>;
  } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, what: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await sleep(10);
  }
}

/** A screen in the room: a graphql-ws subscription that keeps every room it is sent. */
class Screen {
  readonly rooms: Room[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private readonly client: Client;

  constructor(t: TestApp, query: string, variables: Record<string, unknown>, connectionParams: Record<string, unknown>) {
    this.client = createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false });
    this.client.subscribe(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) this.errors.push(message.errors);
          else this.rooms.push(Object.values(message.data as Record<string, Room>)[0]);
        },
        error: (error) => this.errors.push(error),
        complete: () => (this.completed = true),
      },
    );
  }

  /** Waits for a room in which the option labelled `label` has `dots`. */
  async sees(label: string, dots: number): Promise<void> {
    await until(
      () => this.rooms.some((r) => r.round?.options.find((o) => o.label === label)?.dots === dots) || this.errors.length > 0,
      () => `${label} at ${dots} dots (saw ${JSON.stringify(this.rooms.at(-1)?.round?.options.map((o) => [o.label, o.dots]))})`,
    );
    expect(this.errors).toEqual([]);
  }

  last(): Room {
    return this.rooms.at(-1)!;
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

describe('a workshop room: guests with a join code, live dot-voting, capture and conversion', () => {
  let a: TestApp;
  let b: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let workshop: { id: string; version: number };
  let areas: Array<{ id: string; serviceAreaName: string }>;
  let code: string;
  let pass: string;
  let roundId: string;
  /** The facilitator's, a member's (on B) and the guest's screens. */
  const screens: Screen[] = [];
  const refusedScreens: Screen[] = [];

  beforeAll(async () => {
    a = await startTestApp(REPLICA_ENV);
    b = onPostgres ? await startTestApp(REPLICA_ENV, { databaseUrl: a.config.databaseOwnerUrl! }) : a;
    org = await organisationWithRoles(a, 'Riverside Council');
    other = await organisationWithRoles(a, 'Hillside Council');
    programmeId = (await createProgramme(a, org.as.ADMIN, 'Parks together')).id;
    const serviceAreas = await serviceAreaIds(a, org.as.ADMIN, 3);
    areas = [];
    for (const area of serviceAreas)
      areas.push(
        (await a.client.ok(M.createArea, { input: { programmeId, serviceAreaId: area.id } }, org.as.CONSULTANT)).createPriorityArea,
      );
    // The consultant's own template, kept across the organisations they serve, copied in by planning.
    const template = (
      await a.client.ok(
        `mutation($input: CreateWorkshopTemplateInput!) { createWorkshopTemplate(input: $input) { id } }`,
        { input: { title: 'Choosing where to start', step: 'FOCUS' } },
        org.as.CONSULTANT,
      )
    ).createWorkshopTemplate;
    const planned = (
      await a.client.ok(
        M.plan,
        {
          input: {
            programmeId,
            templateId: template.id,
            startsAt: '2027-03-04T09:30:00Z',
            endsAt: '2027-03-04T12:00:00Z',
            place: 'Town hall',
            facilitatorUserId: org.as.CONSULTANT.userId,
            attendeeUserIds: [org.as.CONTRIBUTOR.userId, org.as.PROGRAMME_MANAGER.userId],
          },
        },
        org.as.CONSULTANT,
      )
    ).planWorkshop;
    workshop = (await a.client.ok(M.start, { input: { workshopId: planned.id, version: planned.version } }, org.as.CONSULTANT))
      .startWorkshop;
  });
  afterAll(async () => {
    await Promise.all([...screens, ...refusedScreens].map((s) => s.close()));
    if (b !== a) await b.close();
    await a.close();
  });

  it('shows a join code only to those who run workshops, and only while the workshop runs', async () => {
    const refused = await a.client.fails(M.openJoining, { input: { workshopId: workshop.id } }, org.as.CONTRIBUTOR);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await a.client.fails(M.openJoining, { input: { workshopId: workshop.id } }, other.as.CONSULTANT);
    expect(elsewhere.extensions?.code).toBe('NOT_FOUND');
    const first = (await a.client.ok(M.openJoining, { input: { workshopId: workshop.id } }, org.as.CONSULTANT)).openWorkshopJoining.code;
    code = (await a.client.ok(M.openJoining, { input: { workshopId: workshop.id } }, org.as.CONSULTANT)).openWorkshopJoining.code;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    // Only the hash is kept, and a new code replaces the old one.
    const [stored] = await sql<{ join_code_hash: string }>(a, `SELECT join_code_hash FROM workshop WHERE id = $1`, [workshop.id]);
    expect(stored.join_code_hash).toMatch(/^[0-9a-f]{64}$/);
    const stale = await b.client.fails(M.join, { input: { code: first, displayName: 'Late' } });
    expect([stale.extensions?.code, stale.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input.code']);
  });

  it('lets a guest join with the code as typed and a name, and gives a pass that opens that room only', async () => {
    const typed = code.toLowerCase().replace('-', ' ');
    const joined = (await b.client.ok(M.join, { input: { code: typed, displayName: '  Sam  ' } })).joinWorkshop;
    pass = joined.pass;
    expect(joined.room).toMatchObject({
      workshopId: workshop.id,
      title: 'Choosing where to start',
      status: 'RUNNING',
      guestName: 'Sam',
      round: null,
    });
    expect(joined.room.agenda.length).toBeGreaterThan(0);
    const [guest] = await sql<{ pass_hash: string; display_name: string }>(a, `SELECT pass_hash, display_name FROM workshop_guest`);
    expect(guest).toEqual({ pass_hash: expect.stringMatching(/^[0-9a-f]{64}$/), display_name: 'Sam' });
    // The pass is no credential anywhere else: as a bearer token it opens nothing.
    const asToken = await a.client.fails(`{ programmes(first: 1) { totalCount } }`, {}, { token: pass, organisationId: org.id });
    expect(asToken.extensions?.code).toBe('UNAUTHENTICATED');
    const blank = await b.client.fails(M.join, { input: { code, displayName: '   ' } });
    expect(blank.extensions?.fields).toEqual([{ field: 'input.displayName', message: 'must not be blank' }]);
  });

  it('opens a round over priority areas and free text; every screen, on either process, follows the tally live', async () => {
    const badOption = await a.client.fails(
      M.openRound,
      {
        input: {
          workshopId: workshop.id,
          question: 'Where do we start?',
          dotsPerVoter: 3,
          anonymous: false,
          options: [{ priorityAreaId: areas[0].id }, {}],
        },
      },
      org.as.CONSULTANT,
    );
    expect(badOption.extensions?.fields).toEqual([
      { field: 'input.options[1].label', message: 'is needed for an option that is not a priority area or initiative' },
    ]);
    const round = (
      await a.client.ok(
        M.openRound,
        {
          input: {
            workshopId: workshop.id,
            question: 'Where do we start?',
            dotsPerVoter: 3,
            anonymous: false,
            options: [{ priorityAreaId: areas[0].id }, { priorityAreaId: areas[1].id }, { label: 'Somewhere else' }],
          },
        },
        org.as.CONSULTANT,
      )
    ).openVoteRound;
    roundId = round.id;
    expect(round.options.map((o: { label: string }) => o.label)).toEqual([
      areas[0].serviceAreaName,
      areas[1].serviceAreaName,
      'Somewhere else',
    ]);
    const again = await a.client.fails(
      M.openRound,
      {
        input: {
          workshopId: workshop.id,
          question: 'Another?',
          dotsPerVoter: 1,
          anonymous: true,
          options: [{ label: 'x' }, { label: 'y' }],
        },
      },
      org.as.CONSULTANT,
    );
    expect([again.extensions?.code, again.message]).toEqual([
      'INVALID_TRANSITION',
      'Round 1 is still open: close it before opening another.',
    ]);

    const member = (as: { token?: string; organisationId?: string }) => ({
      authorization: `Bearer ${as.token}`,
      organisationId: as.organisationId,
    });
    const facilitatorScreen = new Screen(
      a,
      `subscription($w: ID!) { workshopRoomChanged(workshopId: $w) { ${ROOM} } }`,
      { w: workshop.id },
      member(org.as.CONSULTANT),
    );
    const memberScreen = new Screen(
      b,
      `subscription($w: ID!) { workshopRoomChanged(workshopId: $w) { ${ROOM} } }`,
      { w: workshop.id },
      member(org.as.CONTRIBUTOR),
    );
    const guestScreen = new Screen(
      b,
      `subscription($p: String!) { guestRoomChanged(pass: $p) { ${ROOM} } }`,
      { p: pass },
      { guestPass: pass },
    );
    screens.push(facilitatorScreen, memberScreen, guestScreen);
    await sleep(300); // the three subscriptions reach their streams

    const [first, second, third] = round.options.map((o: { id: string }) => o.id);
    await a.client.ok(
      M.vote,
      {
        input: {
          roundId,
          ballot: [
            { optionId: first, dots: 2 },
            { optionId: third, dots: 1 },
          ],
        },
      },
      org.as.PROGRAMME_MANAGER,
    );
    await b.client.ok(M.vote, { input: { roundId, ballot: [{ optionId: second, dots: 3 }] } }, org.as.CONTRIBUTOR);
    const guestBallot = (await b.client.ok(M.guestVote, { input: { pass, roundId, ballot: [{ optionId: first, dots: 1 }] } }))
      .castGuestVotes;
    expect([guestBallot.myDotsLeft, guestBallot.myBallot]).toEqual([2, [{ optionId: first, dots: 1 }]]);
    for (const screen of screens) {
      await screen.sees(areas[0].serviceAreaName, 3);
      await screen.sees(areas[1].serviceAreaName, 3);
    }
    // A ballot replaces the voter's last one whole: the guest moves their dot.
    await b.client.ok(M.guestVote, { input: { pass, roundId, ballot: [{ optionId: second, dots: 2 }] } });
    for (const screen of screens) await screen.sees(areas[1].serviceAreaName, 5);
    const seen = guestScreen.last().round!;
    expect(seen.voterCount).toBe(3);
    expect(seen.options.map((o) => [o.label, o.dots, o.voters])).toEqual([
      [areas[0].serviceAreaName, 2, ['Riverside Council PROGRAMME_MANAGER']],
      [areas[1].serviceAreaName, 5, ['Riverside Council CONTRIBUTOR', 'Sam (guest)']],
      ['Somewhere else', 1, ['Riverside Council PROGRAMME_MANAGER']],
    ]);
  });

  it('refuses a ballot that spends too many dots, names a stranger option, or comes from someone not in the room', async () => {
    const room = (await a.client.ok(Q.room, { workshopId: workshop.id }, org.as.CONSULTANT)).workshopRoom as Room;
    const [first] = room.round!.options;
    const tooMany = await b.client.fails(M.guestVote, { input: { pass, roundId, ballot: [{ optionId: first.id, dots: 4 }] } });
    expect(tooMany.extensions?.fields).toEqual([
      { field: 'input.ballot', message: 'spends 4 dots, but each voter has 3 in this round: take some back' },
    ]);
    const stranger = await a.client.fails(
      M.vote,
      { input: { roundId, ballot: [{ optionId: '00000000-0000-4000-8000-000000000000', dots: 1 }] } },
      org.as.CONSULTANT,
    );
    expect(stranger.extensions?.fields).toEqual([{ field: 'input.ballot[0].optionId', message: 'is not an option of this round' }]);
    const notAttending = await a.client.fails(M.vote, { input: { roundId, ballot: [{ optionId: first.id, dots: 1 }] } }, org.as.ADMIN);
    expect(notAttending.extensions?.code).toBe('FORBIDDEN');
    const viewer = await a.client.fails(M.vote, { input: { roundId, ballot: [] } }, org.as.VIEWER);
    expect(viewer.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await a.client.fails(M.vote, { input: { roundId, ballot: [] } }, other.as.CONSULTANT);
    expect(elsewhere.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a guest’s socket follow its own room and nothing else', async () => {
    const history = new Screen(b, `subscription { historyEvents { id } }`, {}, { guestPass: pass });
    const otherRoom = new Screen(
      b,
      `subscription($w: ID!) { workshopRoomChanged(workshopId: $w) { workshopId } }`,
      { w: workshop.id },
      { guestPass: pass },
    );
    refusedScreens.push(history, otherRoom);
    await until(
      () => history.errors.length > 0 && otherRoom.errors.length > 0,
      () => 'both subscriptions to be refused',
    );
    for (const refused of [history, otherRoom]) expect(JSON.stringify(refused.errors)).toContain('UNAUTHENTICATED');
  });

  it('takes a guest’s note among the outputs, by their name, and nothing from a pass that is not one', async () => {
    expect((await b.client.ok(M.note, { input: { pass, text: 'Ask the bowls club too' } })).addGuestNote.text).toBe(
      'Ask the bowls club too',
    );
    const forged = await b.client.fails(M.note, { input: { pass: `wsg_${randomBytes(32).toString('base64url')}`, text: 'Hello' } });
    expect(forged.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('closes the round into a DECISION output, then selects the winning priority areas for piloting', async () => {
    const early = await a.client.fails(M.select, { input: { roundId, top: 1 } }, org.as.PROGRAMME_MANAGER);
    expect(early.extensions?.code).toBe('INVALID_TRANSITION');
    const current = (await a.client.ok(Q.room, { workshopId: workshop.id }, org.as.CONSULTANT)).workshopRoom.round;
    const contributor = await a.client.fails(M.closeRound, { input: { roundId, version: current.version } }, org.as.CONTRIBUTOR);
    expect(contributor.extensions?.code).toBe('FORBIDDEN');
    const closed = (await a.client.ok(M.closeRound, { input: { roundId, version: current.version } }, org.as.CONSULTANT)).closeVoteRound;
    expect(closed).toMatchObject({ status: 'CLOSED', voterCount: 3, canVote: false });
    expect(closed.decisionOutputId).toBeTruthy();
    for (const screen of screens) {
      await until(
        () => screen.rooms.some((r) => r.round?.status === 'CLOSED'),
        () => 'the closed round on every screen',
      );
    }
    const late = await b.client.fails(M.guestVote, { input: { pass, roundId, ballot: [] } });
    expect(late.extensions?.code).toBe('INVALID_TRANSITION');

    const consultant = await a.client.fails(M.select, { input: { roundId, top: 1 } }, org.as.CONSULTANT);
    expect(consultant.extensions?.code).toBe('FORBIDDEN');
    const selected = (await a.client.ok(M.select, { input: { roundId, top: 1 } }, org.as.PROGRAMME_MANAGER)).selectPriorityAreasFromVote;
    expect(selected).toEqual([{ id: areas[1].id, selected: true }]);
  });

  it('keeps an anonymous round anonymous: no names while open, no voter in history, no ballots once closed', async () => {
    const round = (
      await a.client.ok(
        M.openRound,
        {
          input: {
            workshopId: workshop.id,
            question: 'How did today go?',
            dotsPerVoter: 1,
            anonymous: true,
            options: [{ label: 'Well' }, { label: 'Not well' }],
          },
        },
        org.as.CONSULTANT,
      )
    ).openVoteRound;
    const [well] = round.options;
    await a.client.ok(M.vote, { input: { roundId: round.id, ballot: [{ optionId: well.id, dots: 1 }] } }, org.as.CONTRIBUTOR);
    const open = (await b.client.ok(M.guestVote, { input: { pass, roundId: round.id, ballot: [{ optionId: well.id, dots: 1 }] } }))
      .castGuestVotes;
    expect(open.options[0]).toMatchObject({ dots: 2, voters: [] });
    const casts = (await a.client.ok(Q.history, {}, org.as.ADMIN)).history.edges.map((e: { node: any }) => e.node);
    const anonymousCasts = casts.filter((e: any) => e.type === 'WORKSHOP_VOTES_CAST' && e.payload.roundId === round.id);
    expect(anonymousCasts.map((e: any) => [e.actorType, e.actorUserId])).toEqual([
      ['PUBLIC', null],
      ['PUBLIC', null],
    ]);
    const closed = (await a.client.ok(M.closeRound, { input: { roundId: round.id, version: open.version } }, org.as.CONSULTANT))
      .closeVoteRound;
    expect(closed.options.map((o: { dots: number }) => o.dots)).toEqual([2, 0]);
    expect(await sql(a, `SELECT * FROM workshop_vote WHERE round_id = $1`, [round.id])).toEqual([]);
  });

  it('converts what the room decided into a task, an initiative and a tick; ending the workshop ends the code, the passes and the live screens', async () => {
    const [action, initiative] = (
      await a.client.ok(
        M.capture,
        {
          input: {
            workshopId: workshop.id,
            outputs: [
              { kind: 'ACTION', text: 'Walk the park with the friends group' },
              { kind: 'INITIATIVE', text: 'Bowls club keeps the green' },
            ],
          },
        },
        org.as.CONSULTANT,
      )
    ).captureWorkshopOutputs;
    const serviceAreaId = (await serviceAreaIds(a, org.as.ADMIN, 1))[0].id;
    await a.client.ok(
      M.convert,
      {
        input: {
          outputId: action.id,
          version: action.version,
          into: { task: { assigneeId: org.as.CONTRIBUTOR.userId, dueDate: '2027-04-01' } },
        },
      },
      org.as.CONSULTANT,
    );
    await a.client.ok(
      M.convert,
      { input: { outputId: initiative.id, version: initiative.version, into: { initiative: { serviceAreaId } } } },
      org.as.CONSULTANT,
    );

    const decision = (
      await a.client.ok(
        M.capture,
        { input: { workshopId: workshop.id, outputs: [{ kind: 'DECISION', text: 'What the parks already do is on the map' }] } },
        org.as.CONSULTANT,
      )
    ).captureWorkshopOutputs[0];
    await a.client.ok(
      M.convert,
      { input: { outputId: decision.id, version: decision.version, into: { checklistTick: { itemKey: 'map.record_existing' } } } },
      org.as.CONSULTANT,
    );

    const { version } = (await a.client.ok(`query($id: ID!) { workshop(id: $id) { version } }`, { id: workshop.id }, org.as.CONSULTANT))
      .workshop;
    await a.client.ok(M.end, { input: { workshopId: workshop.id, version } }, org.as.CONSULTANT);
    const gone = await b.client.fails(Q.guestRoom, { pass });
    expect(gone.extensions?.code).toBe('UNAUTHENTICATED');
    const rejoin = await b.client.fails(M.join, { input: { code, displayName: 'Late' } });
    expect(rejoin.extensions?.fields?.[0]?.field).toBe('input.code');

    const record = (await a.client.ok(Q.record, { id: workshop.id }, org.as.VIEWER)).workshop;
    expect(record).toMatchObject({ status: 'DONE', joiningOpenUntil: null, guests: [{ displayName: 'Sam' }] });
    expect(record.outputs.map((o: any) => [o.kind, o.guestName, o.convertedKind])).toEqual([
      ['NOTE', 'Sam', null],
      ['DECISION', null, null],
      ['DECISION', null, null],
      ['ACTION', null, 'TASK'],
      ['INITIATIVE', null, 'INITIATIVE'],
      ['DECISION', null, 'CHECKLIST_TICK'],
    ]);
    // Nothing of it in another organisation.
    expect((await a.client.ok(`{ workshops { totalCount } }`, {}, other.as.CONSULTANT)).workshops.totalCount).toBe(0);
    for (const query of [Q.record, Q.room]) {
      const hidden = await b.client.fails(query, { id: workshop.id, workshopId: workshop.id }, other.as.ADMIN);
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
    }
    expect(record.outputs[1].text).toContain('Dot vote: Where do we start? (3 voters)');
    // The guest's live screen ends with the pass; the members' screens go on.
    await until(
      () => screens[2].completed,
      () => "the guest's subscription to end",
    );
    // History names the guest by id only.
    const joined = (await a.client.ok(Q.history, {}, org.as.ADMIN)).history.edges
      .map((e: { node: any }) => e.node)
      .filter((e: any) => e.type === 'WORKSHOP_GUEST_JOINED');
    expect(JSON.stringify(joined)).not.toContain('Sam');
  });

  it('limits wrong codes per network: after 30 an hour the network waits, even with a right code', async () => {
    const planned = (
      await a.client.ok(
        M.plan,
        {
          input: {
            programmeId,
            title: 'Second morning',
            startsAt: '2027-03-11T09:30:00Z',
            endsAt: '2027-03-11T12:00:00Z',
            facilitatorUserId: org.as.CONSULTANT.userId,
          },
        },
        org.as.CONSULTANT,
      )
    ).planWorkshop;
    await a.client.ok(M.start, { input: { workshopId: planned.id, version: planned.version } }, org.as.CONSULTANT);
    const right = (await a.client.ok(M.openJoining, { input: { workshopId: planned.id } }, org.as.CONSULTANT)).openWorkshopJoining.code;
    let refusedAt: number | null = null;
    for (let i = 0; i < 40 && refusedAt === null; i++) {
      const wrong = await b.client.fails(M.join, { input: { code: `ZZZZZ-${String(i).padStart(5, '0')}`, displayName: 'Guesser' } });
      if (wrong.extensions?.code === 'TOO_MANY_ATTEMPTS') refusedAt = i;
      else expect(wrong.extensions?.fields?.[0]?.field).toBe('input.code');
    }
    // The two wrong codes tried earlier in this file (a replaced code, a code after the end) count too.
    expect(refusedAt).toBe(30 - 2);
    const blocked = await b.client.fails(M.join, { input: { code: right, displayName: 'Sam' } });
    expect(blocked.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
