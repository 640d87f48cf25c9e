import { startTestApp, type TestApp } from '../support/test-app';
import {
  ADVANCE,
  createProgramme,
  PROGRAMME_FIELDS,
  type ProgrammeView,
  satisfyCurrentStep,
  workflowOnlyTemplate,
} from './programme-support';

/** The journey tells moves from edits: every event has a kind, and the journey and history filter by it. */

const move = (name: string, input = 'GatedMoveInput') => `mutation($input: ${input}!) { ${name}(input: $input) { ${PROGRAMME_FIELDS} } }`;
const NODE = `id type kind sequence occurredAt payload`;
const JOURNEY = `query($id: ID!, $kinds: [HistoryEventKind!], $types: [String!], $since: DateTime, $until: DateTime, $newestFirst: Boolean) {
  programme(id: $id) { journey(first: 100, kinds: $kinds, types: $types, since: $since, until: $until, newestFirst: $newestFirst) { totalCount edges { node { ${NODE} } } } } }`;
const HISTORY = `query($kinds: [HistoryEventKind!], $types: [String!], $since: DateTime, $until: DateTime) {
  history(first: 100, kinds: $kinds, types: $types, since: $since, until: $until) { totalCount edges { node { ${NODE} programmeId } } } }`;

interface EventNode {
  id: string;
  type: string;
  kind: string;
  sequence: number | null;
  occurredAt: string;
  payload: Record<string, unknown>;
  programmeId?: string | null;
}

describe('history events have kinds, and the journey and history filter by kind, type and time', () => {
  let t: TestApp;
  let as: { token: string; organisationId: string };
  let managerId: string;
  let programme: ProgrammeView;
  let catalogue: Map<string, { kind: string; description: string }>;

  const journey = async (filters: Record<string, unknown> = {}) => {
    const data = await t.client.ok(JOURNEY, { id: programme.id, ...filters }, as);
    return {
      total: data.programme.journey.totalCount as number,
      events: data.programme.journey.edges.map((e: { node: EventNode }) => e.node) as EventNode[],
    };
  };
  const history = async (filters: Record<string, unknown> = {}) => {
    const data = await t.client.ok(HISTORY, filters, as);
    return { total: data.history.totalCount as number, events: data.history.edges.map((e: { node: EventNode }) => e.node) as EventNode[] };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Admin');
    const organisationId = await t.client.createOrganisation(admin.token, 'Kinds Council');
    const manager = await t.client.addMember(admin.token, organisationId, 'PROGRAMME_MANAGER', 'Programme Manager');
    managerId = manager.userId;
    as = { token: manager.token, organisationId };
    const templateId = await workflowOnlyTemplate(t.client, as);
    const types = (await t.client.ok(`{ historyEventTypes { type kind description } }`, {}, as)).historyEventTypes as Array<{
      type: string;
      kind: string;
      description: string;
    }>;
    catalogue = new Map(types.map(({ type, ...rest }) => [type, rest]));

    // All five steps the proper way (tasks, ticks, owners: edits and evidence), a pause, then completion.
    programme = await createProgramme(t.client, as, 'Safer parks', templateId);
    for (let i = 0; i < 4; i++) {
      programme = await satisfyCurrentStep(t.client, as, programme, managerId);
      programme = (await t.client.ok(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as)).advanceStep;
    }
    programme = (
      await t.client.ok(
        move('pauseProgramme', 'ProgrammeMoveInput'),
        { input: { programmeId: programme.id, version: programme.version } },
        as,
      )
    ).pauseProgramme;
    programme = (
      await t.client.ok(
        move('resumeProgramme', 'ProgrammeMoveInput'),
        { input: { programmeId: programme.id, version: programme.version } },
        as,
      )
    ).resumeProgramme;
    programme = await satisfyCurrentStep(t.client, as, programme, managerId);
    programme = (await t.client.ok(move('completeProgramme'), { input: { programmeId: programme.id, version: programme.version } }, as))
      .completeProgramme;
    expect(programme.status).toBe('COMPLETED');
  }, 120_000);
  afterAll(() => t.close());

  it('publishes one catalogue: every type with its kind and meaning, every kind used', async () => {
    expect(catalogue.size).toBeGreaterThan(50);
    for (const [type, entry] of catalogue) {
      expect([type, entry.description.length > 10]).toEqual([type, true]);
    }
    const kinds = (await t.client.ok(`{ __type(name: "HistoryEventKind") { enumValues { name description } } }`, {}, as)).__type
      .enumValues as Array<{ name: string; description: string }>;
    expect(kinds.map((k) => k.name).sort()).toEqual(['ACCESS', 'DECISION', 'EDIT', 'EVIDENCE', 'MOVE', 'PUBLICATION']);
    for (const kind of kinds)
      expect([kind.name, [...catalogue.values()].some((e) => e.kind === kind.name), !!kind.description]).toEqual([kind.name, true, true]);
  });

  it('gives every event of the journey the kind the catalogue gives its type', async () => {
    const all = await journey();
    expect(all.total).toBe(all.events.length);
    expect(all.events.length).toBeGreaterThan(20);
    for (const event of all.events) expect([event.type, event.kind]).toEqual([event.type, catalogue.get(event.type)?.kind]);
  });

  it('filters the journey by kind: the moves alone, in order, out of many edits', async () => {
    const all = await journey();
    const moves = await journey({ kinds: ['MOVE'] });
    expect(moves.events.map((e) => e.type)).toEqual([
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'PROGRAMME_PAUSED',
      'PROGRAMME_RESUMED',
      'PROGRAMME_COMPLETED',
    ]);
    expect(moves.total).toBe(7);
    expect(moves.events.every((e) => e.kind === 'MOVE')).toBe(true);
    expect(moves.events.map((e) => e.sequence)).toEqual(all.events.filter((e) => e.kind === 'MOVE').map((e) => e.sequence));

    const notMoves = await journey({ kinds: ['EDIT', 'EVIDENCE'] });
    expect(notMoves.total).toBe(all.events.filter((e) => e.kind === 'EDIT' || e.kind === 'EVIDENCE').length);
    expect(notMoves.total + moves.total).toBe(all.total);
    expect(new Set(notMoves.events.map((e) => e.kind))).toEqual(new Set(['EDIT', 'EVIDENCE']));

    expect(await journey({ kinds: ['DECISION'] })).toEqual({ total: 0, events: [] });
    const newestFirst = await journey({ kinds: ['MOVE'], newestFirst: true });
    expect(newestFirst.events.map((e) => e.type)).toEqual(moves.events.map((e) => e.type).reverse());
  });

  it('filters by type, and by kind and type together (both narrow)', async () => {
    const all = await journey();
    const tasks = await journey({ types: ['TASK_CREATED', 'TASK_COMPLETED'] });
    expect(tasks.total).toBe(all.events.filter((e) => e.type === 'TASK_CREATED' || e.type === 'TASK_COMPLETED').length);
    expect(tasks.total).toBeGreaterThan(0);
    expect(new Set(tasks.events.map((e) => e.type))).toEqual(new Set(['TASK_CREATED', 'TASK_COMPLETED']));

    const both = await journey({ kinds: ['MOVE'], types: ['PROGRAMME_COMPLETED', 'TASK_CREATED'] });
    expect(both.events.map((e) => e.type)).toEqual(['PROGRAMME_COMPLETED']);
    expect(await journey({ kinds: ['DECISION'], types: ['STEP_ADVANCED'] })).toEqual({ total: 0, events: [] });
  });

  it('filters by time: since is inclusive, until exclusive', async () => {
    const moves = (await journey({ kinds: ['MOVE'] })).events;
    const paused = moves.find((e) => e.type === 'PROGRAMME_PAUSED')!;
    const all = (await journey()).events;
    const at = new Date(paused.occurredAt).getTime();

    const fromPause = await journey({ since: paused.occurredAt });
    expect(fromPause.events.map((e) => e.id)).toEqual(all.filter((e) => new Date(e.occurredAt).getTime() >= at).map((e) => e.id));
    expect(fromPause.events[0]?.type).toBe('PROGRAMME_PAUSED');

    const beforePause = await journey({ until: paused.occurredAt });
    expect(beforePause.events.map((e) => e.id)).toEqual(all.filter((e) => new Date(e.occurredAt).getTime() < at).map((e) => e.id));
    expect(beforePause.total + fromPause.total).toBe(all.length);

    const window = await journey({
      kinds: ['MOVE'],
      since: paused.occurredAt,
      until: moves.find((e) => e.type === 'PROGRAMME_COMPLETED')!.occurredAt,
    });
    expect(window.events.map((e) => e.type)).toEqual(['PROGRAMME_PAUSED', 'PROGRAMME_RESUMED']);
  });

  it("filters the organisation's history the same way, programme events and the organisation's own", async () => {
    const access = await history({ kinds: ['ACCESS'] });
    expect(access.events.length).toBeGreaterThan(0);
    expect(access.events.every((e) => e.kind === 'ACCESS' && e.programmeId === null)).toBe(true);
    expect(access.events.map((e) => e.type)).toContain('INVITATION_CREATED');

    const completed = await history({ types: ['PROGRAMME_COMPLETED'] });
    expect(completed.events.map((e) => [e.type, e.programmeId])).toEqual([['PROGRAMME_COMPLETED', programme.id]]);
    expect(await history({ since: new Date(Date.now() + 60_000).toISOString() })).toEqual({ total: 0, events: [] });
  });

  it('records what a move changed and nothing it did not: the completion is a change of status, not a move from GROW to GROW', async () => {
    const moves = (await journey({ kinds: ['MOVE'] })).events;
    const byType = (type: string) => moves.filter((e) => e.type === type).map((e) => e.payload);
    const common = { programmeId: programme.id, cycle: 1, overridden: false, reason: null };

    const [completed] = byType('PROGRAMME_COMPLETED');
    expect(completed).toMatchObject({ ...common, step: 'GROW', fromStatus: 'ACTIVE', toStatus: 'COMPLETED' });
    expect(completed).not.toHaveProperty('from');
    expect(completed).not.toHaveProperty('to');
    expect(byType('PROGRAMME_PAUSED')[0]).toMatchObject({ ...common, step: 'GROW', fromStatus: 'ACTIVE', toStatus: 'PAUSED' });
    expect(byType('PROGRAMME_RESUMED')[0]).toMatchObject({ ...common, step: 'GROW', fromStatus: 'PAUSED', toStatus: 'ACTIVE' });

    const advances = byType('STEP_ADVANCED');
    expect(advances.map((p) => [p.from, p.to])).toEqual([
      ['MAP', 'FOCUS'],
      ['FOCUS', 'PEOPLE'],
      ['PEOPLE', 'MARKET'],
      ['MARKET', 'GROW'],
    ]);
    for (const payload of advances) {
      expect(payload).toMatchObject(common);
      expect(payload).not.toHaveProperty('fromStatus');
    }
    // No move event anywhere claims to go from a place to the same place.
    for (const payload of moves.map((e) => e.payload)) {
      if ('from' in payload) expect(payload.from).not.toBe(payload.to);
      if ('fromStatus' in payload) expect(payload.fromStatus).not.toBe(payload.toStatus);
    }
  });

  it('refuses filters it cannot honour, naming the argument', async () => {
    const unknownType = await t.client.fails(JOURNEY, { id: programme.id, types: ['STEP_ADVANCED', 'STEP_TELEPORTED'] }, as);
    expect(unknownType.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'types', message: expect.stringContaining('STEP_TELEPORTED is not an event type') }],
    });
    const backwards = await t.client.fails(HISTORY, { since: '2026-03-02T00:00:00Z', until: '2026-03-01T00:00:00Z' }, as);
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'until' }] });
    const unknownKind = await t.client.fails(HISTORY, { kinds: ['GOSSIP'] }, as);
    expect(unknownKind.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await t.client.fails(HISTORY, { kinds: [] }, as);
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'kinds' }] });
  });
});
