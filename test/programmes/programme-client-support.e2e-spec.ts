import { startTestApp, type TestApp } from '../support/test-app';
import { ADVANCE, createProgramme, satisfyCurrentStep, workflowOnlyTemplate } from './programme-support';

/** What a client needs to offer only allowed moves and to catch up after a lost connection. */
const MOVES = `query($id: ID!) { programme(id: $id) { id version lastEventSequence allowedMoves
  availableMoves { type reasonRequired overridesGate steps }
  permissions { move overrideGate edit tickItems manageTasks } } }`;

const JOURNEY = `query($id: ID!, $after: Int, $kinds: [HistoryEventKind!]) { programme(id: $id) {
  journey(afterSequence: $after, kinds: $kinds, first: 100) { totalCount edges { node { sequence type } } } } }`;

describe('programmes for clients: the moves a caller may make, and catching up by sequence', () => {
  let t: TestApp;
  let manager: { token: string; organisationId: string };
  let managerId: string;
  const as: Record<'CONTRIBUTOR' | 'VIEWER' | 'CONSULTANT', { token: string; organisationId: string }> = {} as never;
  let templateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const pm = await t.client.addMember(admin.token, organisationId, 'PROGRAMME_MANAGER', 'Programme Manager');
    managerId = pm.userId;
    manager = { token: pm.token, organisationId };
    for (const role of ['CONTRIBUTOR', 'VIEWER', 'CONSULTANT'] as const)
      as[role] = { token: (await t.client.addMember(admin.token, organisationId, role)).token, organisationId };
    templateId = await workflowOnlyTemplate(t.client, manager);
  });
  afterAll(() => t.close());

  it('offers a manager the moves the lifecycle allows, with the reasons they need, and nothing to roles that may not move', async () => {
    let programme = await createProgramme(t.client, manager, 'Offered moves', templateId);

    const shut = (await t.client.ok(MOVES, { id: programme.id }, manager)).programme;
    expect(shut.allowedMoves).toEqual(['ADVANCE', 'PAUSE', 'ARCHIVE']);
    expect(shut.availableMoves).toEqual([
      { type: 'ADVANCE', reasonRequired: true, overridesGate: true, steps: [] },
      { type: 'PAUSE', reasonRequired: false, overridesGate: false, steps: [] },
      { type: 'ARCHIVE', reasonRequired: false, overridesGate: false, steps: [] },
    ]);
    expect(shut.permissions).toEqual({ move: true, overrideGate: true, edit: true, tickItems: true, manageTasks: true });

    // Once the gate holds, advancing needs no reason; after it, Map it can be reopened (with one).
    programme = await satisfyCurrentStep(t.client, manager, programme, managerId);
    const open = (await t.client.ok(MOVES, { id: programme.id }, manager)).programme;
    expect(open.availableMoves[0]).toEqual({ type: 'ADVANCE', reasonRequired: false, overridesGate: false, steps: [] });
    programme = (await t.client.ok(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, manager)).advanceStep;
    const atFocus = (await t.client.ok(MOVES, { id: programme.id }, manager)).programme;
    expect(atFocus.availableMoves.find((m: { type: string }) => m.type === 'REOPEN')).toEqual({
      type: 'REOPEN',
      reasonRequired: true,
      overridesGate: false,
      steps: ['MAP'],
    });

    // The lifecycle allows the same moves whoever asks; what each role may do differs.
    for (const [role, permissions] of [
      ['CONSULTANT', { move: false, overrideGate: false, edit: false, tickItems: true, manageTasks: true }],
      ['CONTRIBUTOR', { move: false, overrideGate: false, edit: false, tickItems: true, manageTasks: true }],
      ['VIEWER', { move: false, overrideGate: false, edit: false, tickItems: false, manageTasks: false }],
    ] as const) {
      const seen = (await t.client.ok(MOVES, { id: programme.id }, as[role])).programme;
      expect(seen.allowedMoves).toEqual(atFocus.allowedMoves);
      expect(seen.availableMoves).toEqual([]);
      expect(seen.permissions).toEqual(permissions);
    }

    // Paused: only resume and archive are offered.
    const paused = (
      await t.client.ok(
        `mutation($input: ProgrammeMoveInput!) { pauseProgramme(input: $input) { id } }`,
        { input: { programmeId: programme.id, version: programme.version } },
        manager,
      )
    ).pauseProgramme;
    expect((await t.client.ok(MOVES, { id: paused.id }, manager)).programme.availableMoves.map((m: { type: string }) => m.type)).toEqual([
      'RESUME',
      'ARCHIVE',
    ]);
  });

  it('names the newest event sequence on the programme and lists only the events after a given one', async () => {
    const programme = await createProgramme(t.client, manager, 'Catching up', templateId);
    const first = (await t.client.ok(MOVES, { id: programme.id }, manager)).programme;
    expect(first.lastEventSequence).toBe(1); // PROGRAMME_CREATED

    // Someone else works while this client is away: a task, a tick, an override.
    await t.client.ok(
      `mutation($input: CreateTasksInput!) { createTasks(input: $input) { id } }`,
      { input: { tasks: [{ programmeId: programme.id, title: 'Book the room' }] } },
      manager,
    );
    const step = programme.steps[0];
    const item = step.items.find((i) => i.kind === 'MANUAL')!;
    await t.client.ok(
      `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
      { input: { itemId: item.id, evidenceText: 'Workshop notes' } },
      manager,
    );
    const advanced = (
      await t.client.ok(
        `mutation($input: GatedMoveInput!) { advanceStep(input: $input) { version lastEventSequence } }`,
        { input: { programmeId: programme.id, version: programme.version, overrideReason: 'The board asked us to move on now' } },
        manager,
      )
    ).advanceStep;
    // The programme a mutation answers names the event it just wrote, as a fresh read does.
    expect(advanced.lastEventSequence).toBe(4);
    expect((await t.client.ok(MOVES, { id: programme.id }, manager)).programme.lastEventSequence).toBe(4);

    const missed = (await t.client.ok(JOURNEY, { id: programme.id, after: first.lastEventSequence }, as.VIEWER)).programme.journey;
    expect(missed.totalCount).toBe(3);
    expect(missed.edges.map((e: { node: { sequence: number; type: string } }) => [e.node.sequence, e.node.type])).toEqual([
      [2, 'TASK_CREATED'],
      [3, 'CHECKLIST_ITEM_TICKED'],
      [4, 'STEP_ADVANCED'],
    ]);
    // It narrows with the other filters, and nothing is missed after the newest.
    const moves = (await t.client.ok(JOURNEY, { id: programme.id, after: 2, kinds: ['MOVE'] }, manager)).programme.journey;
    expect(moves.edges.map((e: { node: { sequence: number } }) => e.node.sequence)).toEqual([4]);
    expect((await t.client.ok(JOURNEY, { id: programme.id, after: 4 }, manager)).programme.journey).toMatchObject({
      totalCount: 0,
      edges: [],
    });

    // Paging back newest first by sequence: the page after the oldest event held, whatever was added since.
    const older = `query($id: ID!, $before: Int) { programme(id: $id) { journey(beforeSequence: $before, newestFirst: true, first: 2) { totalCount edges { node { sequence } } } } }`;
    const newest = (await t.client.ok(older, { id: programme.id }, manager)).programme.journey;
    expect(newest.edges.map((e: { node: { sequence: number } }) => e.node.sequence)).toEqual([4, 3]);
    await t.client.ok(
      `mutation($input: CreateTasksInput!) { createTasks(input: $input) { id } }`,
      { input: { tasks: [{ programmeId: programme.id, title: 'Send the invitations' }] } },
      manager,
    );
    const next = (await t.client.ok(older, { id: programme.id, before: 3 }, manager)).programme.journey;
    expect(next).toMatchObject({ totalCount: 2, edges: [{ node: { sequence: 2 } }, { node: { sequence: 1 } }] });
  });

  it('refuses sequences out of range, naming the argument', async () => {
    const programme = await createProgramme(t.client, manager, 'Bad sequence', templateId);
    const refused = await t.client.fails(JOURNEY, { id: programme.id, after: -1 }, manager);
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'afterSequence', message: expect.stringMatching(/0 or more/) }],
    });
    const before = await t.client.fails(
      `query($id: ID!) { programme(id: $id) { journey(beforeSequence: 0) { totalCount } } }`,
      { id: programme.id },
      manager,
    );
    expect(before.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'beforeSequence', message: expect.stringMatching(/1 or more/) }],
    });
  });
});
