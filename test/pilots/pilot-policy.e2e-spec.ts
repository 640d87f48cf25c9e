import { startTestApp, type TestApp } from '../support/test-app';
import type { As } from '../support/graphql-client';
import {
  addLine,
  createPilot,
  createProgramme,
  ECONOMICS,
  move,
  MOVES,
  type Organisation,
  organisationWithRoles,
  type PilotView,
  ROLES,
  serviceAreaIds,
} from './pilot-support';

const CREATE = `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id version name } }`;
const ADD_METRIC = `mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id latest { id value } } }`;
const ADD_LINE = `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`;

describe('pilots: roles and tenancy', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;
  let pilot: PilotView;
  let metricId: string;
  let stranger: As;
  let theirs: { programmeId: string; pilot: PilotView; metricId: string; measurementId: string; lineId: string; priorityAreaId: string };

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t);
    programmeId = (await createProgramme(t, org.as.ADMIN)).id;
    pilot = await createPilot(t, org.as.ADMIN, { programmeId, name: 'Street champions', participantsReached: 10 });
    metricId = (
      await t.client.ok(
        ADD_METRIC,
        { input: { pilotId: pilot.id, name: 'Litter reports', unit: 'reports', direction: 'LOWER_IS_BETTER', baseline: '30' } },
        org.as.ADMIN,
      )
    ).addPilotMetric.id;
    await addLine(t, org.as.ADMIN, pilot.id, 'COST', '200.00');
    await addLine(t, org.as.ADMIN, pilot.id, 'SAVING', '500.00');

    const person = await t.client.signUp('Stranger');
    stranger = { token: person.token, organisationId: await t.client.createOrganisation(person.token, 'Other Council') };
    const theirProgramme = (await createProgramme(t, stranger, 'Not yours')).id;
    const [area] = await serviceAreaIds(t, stranger, 1);
    const priorityAreaId = (
      await t.client.ok(
        `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id } }`,
        { input: { programmeId: theirProgramme, serviceAreaId: area.id } },
        stranger,
      )
    ).createPriorityArea.id;
    const theirPilot = await createPilot(t, stranger, {
      programmeId: theirProgramme,
      priorityAreaId,
      name: 'Their pilot',
      participantsReached: 5,
    });
    const theirMetric = (
      await t.client.ok(
        ADD_METRIC,
        { input: { pilotId: theirPilot.id, name: 'Theirs', unit: 'u', direction: 'HIGHER_IS_BETTER', baseline: '1' } },
        stranger,
      )
    ).addPilotMetric.id;
    const measured = (await t.client.ok(RECORD, { input: { metricId: theirMetric, date: '2026-01-01', value: '2' } }, stranger))
      .recordMeasurement;
    const lineId = await addLine(t, stranger, theirPilot.id, 'COST', '1000000.00');
    await addLine(t, stranger, theirPilot.id, 'SAVING', '1.00');
    theirs = {
      programmeId: theirProgramme,
      pilot: theirPilot,
      metricId: theirMetric,
      measurementId: measured.latest.id,
      lineId,
      priorityAreaId,
    };
  });
  afterAll(() => t.close());

  it.each(ROLES)('%s proposes and edits pilots only with PLAN (ADMIN, PROGRAMME_MANAGER, CONSULTANT)', async (role) => {
    const created = await t.client.request(CREATE, { input: { programmeId, name: `By ${role}` } }, org.as[role]);
    const mayPlan = role === 'ADMIN' || role === 'PROGRAMME_MANAGER' || role === 'CONSULTANT';
    expect(created.errors?.[0].extensions?.code).toBe(mayPlan ? undefined : 'FORBIDDEN');
    const current = (await t.client.ok(`query($id: ID!) { pilot(id: $id) { version } }`, { id: pilot.id }, org.as[role])).pilot;
    const edited = await t.client.request(
      UPDATE,
      { input: { pilotId: pilot.id, version: current.version, name: `Street champions (${role})` } },
      org.as[role],
    );
    expect(edited.errors?.[0].extensions?.code).toBe(mayPlan ? undefined : 'FORBIDDEN');
    const line = await t.client.request(
      ADD_LINE,
      { input: { pilotId: pilot.id, kind: 'COST', amount: '0', date: '2026-01-01' } },
      org.as[role],
    );
    expect(line.errors?.[0].extensions?.code).toBe(mayPlan ? undefined : 'FORBIDDEN');
  });

  it.each(ROLES)('%s approves, rejects and decides only with DECIDE_AND_PUBLISH (ADMIN, PROGRAMME_MANAGER)', async (role) => {
    const proposed = await createPilot(t, org.as.ADMIN, { programmeId, name: `To approve by ${role}` });
    const approved = await t.client.request(MOVES.approve, { input: { pilotId: proposed.id, version: proposed.version } }, org.as[role]);
    const mayDecide = role === 'ADMIN' || role === 'PROGRAMME_MANAGER';
    expect(approved.errors?.[0].extensions?.code).toBe(mayDecide ? undefined : 'FORBIDDEN');
    const rejected = await t.client.request(
      MOVES.reject,
      { input: { pilotId: proposed.id, version: mayDecide ? proposed.version + 1 : proposed.version, reason: 'Not this year after all' } },
      org.as[role],
    );
    expect(rejected.errors?.[0].extensions?.code).toBe(mayDecide ? undefined : 'FORBIDDEN');
  });

  it.each(ROLES)('%s records measurements unless a VIEWER, and everyone reads', async (role) => {
    const recorded = await t.client.request(RECORD, { input: { metricId, date: '2026-02-01', value: '25' } }, org.as[role]);
    expect(recorded.errors?.[0].extensions?.code).toBe(role === 'VIEWER' ? 'FORBIDDEN' : undefined);
    const metric = await t.client.request(
      ADD_METRIC,
      { input: { pilotId: pilot.id, name: `By ${role}`, unit: 'u', direction: 'HIGHER_IS_BETTER' } },
      org.as[role],
    );
    expect(metric.errors?.[0].extensions?.code).toBe(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT'].includes(role) ? undefined : 'FORBIDDEN');
    const read = await t.client.ok(
      `query($id: ID!) { pilot(id: $id) { id metrics { id } ${ECONOMICS} } referenceCases { id } }`,
      { id: pilot.id },
      org.as[role],
    );
    expect(read.pilot.id).toBe(pilot.id);
  });

  it('lets CONSULTANT start and evaluate a pilot an ADMIN approved, but not decide it', async () => {
    const approved = await move(
      t,
      org.as.ADMIN,
      'approve',
      await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Consultant-run' }),
    );
    const evaluating = await move(t, org.as.CONSULTANT, 'evaluate', await move(t, org.as.CONSULTANT, 'start', approved));
    const decided = await t.client.fails(
      MOVES.decide,
      { input: { pilotId: evaluating.id, version: evaluating.version, decision: 'STOP', reason: 'It did not reach anyone' } },
      org.as.CONSULTANT,
    );
    expect(decided.extensions?.code).toBe('FORBIDDEN');
    expect(decided.message).toMatch(/approve, reject and decide pilots/);
  });

  it("answers NOT_FOUND for another organisation's pilots, metrics, measurements and lines, and changes nothing", async () => {
    const { pilot: their } = theirs;
    const attempts: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { pilot(id: $id) { id } }`, { id: their.id }],
      [`query($id: ID!) { pilotMetric(id: $id) { id } }`, { id: theirs.metricId }],
      [`query($id: ID) { pilots(programmeId: $id) { totalCount } }`, { id: theirs.programmeId }],
      [CREATE, { input: { programmeId: theirs.programmeId, name: 'Planted' } }],
      [UPDATE, { input: { pilotId: their.id, version: their.version, name: 'Taken' } }],
      [MOVES.approve, { input: { pilotId: their.id, version: their.version } }],
      [MOVES.reject, { input: { pilotId: their.id, version: their.version, reason: 'We do not want it' } }],
      [MOVES.start, { input: { pilotId: their.id, version: their.version } }],
      [MOVES.evaluate, { input: { pilotId: their.id, version: their.version } }],
      [MOVES.decide, { input: { pilotId: their.id, version: their.version, decision: 'STOP', reason: 'We do not want it' } }],
      [ADD_METRIC, { input: { pilotId: their.id, name: 'Spy', unit: 'u', direction: 'HIGHER_IS_BETTER' } }],
      [
        `mutation($input: UpdatePilotMetricInput!) { updatePilotMetric(input: $input) { id } }`,
        { input: { metricId: theirs.metricId, version: 1, baseline: '99' } },
      ],
      [RECORD, { input: { metricId: theirs.metricId, date: '2026-01-02', value: '999' } }],
      [
        `mutation($input: RemoveMeasurementInput!) { removeMeasurement(input: $input) { id } }`,
        { input: { measurementId: theirs.measurementId } },
      ],
      [ADD_LINE, { input: { pilotId: their.id, kind: 'SAVING', amount: '1.00', date: '2026-01-01' } }],
      [`mutation($input: RemoveFinancialLineInput!) { removeFinancialLine(input: $input) { id } }`, { input: { lineId: theirs.lineId } }],
    ];
    for (const [query, variables] of attempts) {
      const error = await t.client.fails(query, variables, org.as.ADMIN);
      expect([query.slice(0, 60), error.extensions?.code]).toEqual([query.slice(0, 60), 'NOT_FOUND']);
    }
    const after = (
      await t.client.ok(
        `query($id: ID!) { pilot(id: $id) { name version status metrics { baseline measurements { totalCount } } financialLines { totalCount } ${ECONOMICS} } }`,
        { id: their.id },
        stranger,
      )
    ).pilot;
    expect(after).toMatchObject({
      name: 'Their pilot',
      version: 1,
      status: 'PROPOSED',
      metrics: [{ baseline: '1', measurements: { totalCount: 1 } }],
      financialLines: { totalCount: 2 },
    });
    expect(after.economics.totalCost.amount).toBe('1000000.00');
  });

  it("refuses another organisation's priority area as a pilot's, naming the field and revealing nothing", async () => {
    const error = await t.client.fails(
      CREATE,
      { input: { programmeId, name: 'Borrowed area', priorityAreaId: theirs.priorityAreaId } },
      org.as.ADMIN,
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.priorityAreaId', message: 'is not a priority area of this programme' }],
    });
  });

  it("never shows another organisation's pilots in lists or their lines in ratios", async () => {
    const all = await t.client.ok(`{ pilots(first: 100) { totalCount edges { node { id } } } }`, {}, org.as.ADMIN);
    expect(all.pilots.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs.pilot.id);
    const ours = (
      await t.client.ok(
        `query($id: ID!) { pilot(id: $id) { ${ECONOMICS} financialLines(first: 100) { edges { node { id } } } } }`,
        { id: pilot.id },
        org.as.ADMIN,
      )
    ).pilot;
    expect(ours.economics).toMatchObject({
      totalCost: { amount: '200.00' },
      totalSavings: { amount: '500.00' },
      benefitCostRatio: '2.5 : 1',
      costPerParticipant: { amount: '20.00' },
    });
    expect(ours.financialLines.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs.lineId);
    const theirList = await t.client.ok(`{ pilots(first: 100) { totalCount edges { node { id } } } }`, {}, stranger);
    expect(theirList.pilots.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([theirs.pilot.id]);
  });

  it('keeps the pilots of an archived programme readable and unchanged', async () => {
    const archived = await createProgramme(t, org.as.ADMIN, 'To archive');
    const kept = await createPilot(t, org.as.ADMIN, { programmeId: archived.id, name: 'Kept' });
    await t.client.ok(
      `mutation($input: ProgrammeMoveInput!) { archiveProgramme(input: $input) { status } }`,
      { input: { programmeId: archived.id, version: archived.version } },
      org.as.ADMIN,
    );
    const created = await t.client.fails(CREATE, { input: { programmeId: archived.id, name: 'Too late' } }, org.as.ADMIN);
    expect(created.extensions?.code).toBe('INVALID_TRANSITION');
    const approved = await t.client.fails(MOVES.approve, { input: { pilotId: kept.id, version: kept.version } }, org.as.ADMIN);
    expect(approved).toMatchObject({ message: expect.stringMatching(/archived/), extensions: { code: 'INVALID_TRANSITION' } });
    expect((await t.client.ok(`query($id: ID!) { pilot(id: $id) { status } }`, { id: kept.id }, org.as.VIEWER)).pilot.status).toBe(
      'PROPOSED',
    );
  });
});
