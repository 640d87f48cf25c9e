import { QueryCounter } from '@app/database';
import { itemVerdict } from '../engagement/engagement-support';
import {
  createPilot,
  createProgramme,
  journeyTypes,
  move,
  type Organisation,
  organisationWithRoles,
  type PilotView,
  serviceAreaIds,
} from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';

const PROGRESS = `done total fraction staff { done total } citizens { done total }`;
const PLAN_FIELDS = `id pilotId mechanism mechanismNote targetServiceAreaIds targetServiceAreas { id name } expectedReach transparencyMeasures version
  trainingActions { id topic audience sessions done } progress { ${PROGRESS} }`;

const M = {
  create: `mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { ${PLAN_FIELDS} } }`,
  update: `mutation($input: UpdateScalingPlanInput!) { updateScalingPlan(input: $input) { ${PLAN_FIELDS} } }`,
  addTraining: `mutation($input: AddTrainingActionInput!) { addTrainingAction(input: $input) { id topic audience sessions done plan { version progress { ${PROGRESS} } } } }`,
  updateTraining: `mutation($input: UpdateTrainingActionInput!) { updateTrainingAction(input: $input) { id done plan { version progress { ${PROGRESS} } } } }`,
  removeTraining: `mutation($input: RemoveTrainingActionInput!) { removeTrainingAction(input: $input) { id version progress { ${PROGRESS} } } }`,
};
const Q = {
  plan: `query($id: ID!) { scalingPlan(id: $id) { ${PLAN_FIELDS} } }`,
  pilotPlan: `query($id: ID!) { pilot(id: $id) { id status scalingPlan { id version } } }`,
  dashboard: `query($id: ID!) { programme(id: $id) { dashboard { programmeId scaling {
    pilotsDecidedScale pilotsWithScalingPlan pilotsWithTrainingForBoth training { ${PROGRESS} }
    pilots { pilotId pilotName scalingPlanId progress { ${PROGRESS} } } } } } }`,
};

describe('a scaling plan (Grow it) for a pilot decided SCALE, with training for staff and citizens', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let pilot: PilotView;
  let areas: Array<{ id: string; name: string }>;
  let planId: string;
  let version: number;
  const trainingIds: string[] = [];

  const createInput = () => ({
    pilotId: pilot.id,
    mechanism: 'REPLICATE',
    targetServiceAreaIds: [areas[1].id, areas[0].id],
    expectedReach: 400,
    transparencyMeasures: 'Quarterly results on the website',
  });

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Healthier lives')).id;
    areas = await serviceAreaIds(t, org.as.ADMIN, 3);
    pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Peer support' });
  });
  afterAll(() => t.close());

  it('refuses a scaling plan at every stage before the pilot is decided SCALE, saying why', async () => {
    const stages: Array<[string, ((p: PilotView) => Promise<PilotView>) | null]> = [
      ['PROPOSED', null],
      ['APPROVED', (p) => move(t, org.as.ADMIN, 'approve', p)],
      ['RUNNING', (p) => move(t, org.as.ADMIN, 'start', p)],
      ['EVALUATING', (p) => move(t, org.as.ADMIN, 'evaluate', p)],
    ];
    for (const [status, advance] of stages) {
      if (advance) pilot = await advance(pilot);
      expect(pilot.status).toBe(status);
      const refused = await t.client.fails(M.create, { input: createInput() }, org.as.CONSULTANT);
      expect([status, refused.extensions?.code]).toEqual([status, 'INVALID_TRANSITION']);
      expect(refused.message).toContain(`decided SCALE, and this pilot is ${status}`);
    }
    expect((await t.client.ok(Q.pilotPlan, { id: pilot.id }, org.as.VIEWER)).pilot.scalingPlan).toBeNull();
  });

  it('evidences nothing for Grow it while no pilot is decided SCALE', async () => {
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.train_staff_and_citizens')).toEqual({
      satisfied: false,
      explanation: 'No pilot has been decided SCALE yet.',
    });
  });

  it('checks the plan once the pilot is decided SCALE: an OTHER mechanism needs a note, areas must be the organisation’s, reach is 0 or more', async () => {
    pilot = await move(t, org.as.ADMIN, 'decide', pilot, { decision: 'SCALE', reason: 'Flare-up visits halved' });
    expect(pilot.status).toBe('SCALE');
    const otherAreas = await serviceAreaIds(t, other.as.ADMIN, 1);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ mechanism: 'OTHER' }, 'input.mechanismNote'],
      [{ mechanism: 'OTHER', mechanismNote: '   ' }, 'input.mechanismNote'],
      [{ targetServiceAreaIds: [areas[0].id, otherAreas[0].id] }, 'input.targetServiceAreaIds[1]'],
      [{ targetServiceAreaIds: ['not-an-id'] }, 'input.targetServiceAreaIds'],
      [{ expectedReach: -1 }, 'input.expectedReach'],
      [{ mechanism: 'GROW_SOMEHOW' }, 'input.mechanism'],
    ];
    for (const [extra, field] of cases) {
      const error = await t.client.fails(M.create, { input: { ...createInput(), ...extra } }, org.as.CONSULTANT);
      const named =
        error.extensions?.fields?.[0]?.field ??
        (error.message.includes(`"${field}"`) || error.message.includes(field) ? field : error.message);
      expect([JSON.stringify(extra), error.extensions?.code, named]).toEqual([JSON.stringify(extra), 'BAD_USER_INPUT', field]);
    }
  });

  it('writes the plan: mechanism, target areas, expected reach, transparency, version 1', async () => {
    const plan = (
      await t.client.ok(
        M.create,
        { input: { ...createInput(), targetServiceAreaIds: [areas[1].id, areas[0].id, areas[1].id] } },
        org.as.CONSULTANT,
      )
    ).createScalingPlan;
    expect(plan).toMatchObject({
      pilotId: pilot.id,
      mechanism: 'REPLICATE',
      mechanismNote: '',
      targetServiceAreaIds: [areas[1].id, areas[0].id],
      targetServiceAreas: [areas[1], areas[0]],
      expectedReach: 400,
      transparencyMeasures: 'Quarterly results on the website',
      version: 1,
      trainingActions: [],
      progress: { done: 0, total: 0, fraction: null, staff: { done: 0, total: 0 }, citizens: { done: 0, total: 0 } },
    });
    planId = plan.id;
    version = plan.version;
    expect((await t.client.ok(Q.pilotPlan, { id: pilot.id }, org.as.VIEWER)).pilot.scalingPlan).toEqual({ id: planId, version: 1 });
    const twice = await t.client.fails(M.create, { input: createInput() }, org.as.CONSULTANT);
    expect(twice.extensions?.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/already has a scaling plan/);
  });

  it('changes the plan with the version seen; a stale version is CONFLICT and changes nothing', async () => {
    const updated = (
      await t.client.ok(
        M.update,
        {
          input: {
            scalingPlanId: planId,
            version,
            mechanism: 'OTHER',
            mechanismNote: 'Through the GP federation',
            clearExpectedReach: true,
          },
        },
        org.as.PROGRAMME_MANAGER,
      )
    ).updateScalingPlan;
    expect(updated).toMatchObject({ mechanism: 'OTHER', mechanismNote: 'Through the GP federation', expectedReach: null, version: 2 });
    const stale = await t.client.fails(
      M.update,
      { input: { scalingPlanId: planId, version, expectedReach: 10 } },
      org.as.PROGRAMME_MANAGER,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const noNote = await t.client.fails(
      M.update,
      { input: { scalingPlanId: planId, version: 2, mechanismNote: '' } },
      org.as.PROGRAMME_MANAGER,
    );
    expect(noNote.extensions?.fields?.[0]?.field).toBe('input.mechanismNote');
    const back = (
      await t.client.ok(
        M.update,
        {
          input: {
            scalingPlanId: planId,
            version: 2,
            mechanism: 'EMBED_IN_COMMISSIONING',
            expectedReach: 650,
            targetServiceAreaIds: [areas[2].id],
          },
        },
        org.as.CONSULTANT,
      )
    ).updateScalingPlan;
    expect(back).toMatchObject({
      mechanism: 'EMBED_IN_COMMISSIONING',
      expectedReach: 650,
      targetServiceAreaIds: [areas[2].id],
      version: 3,
    });
    version = back.version;
  });

  it('plans training for staff and citizens, and shows progress done / total by audience', async () => {
    const add = async (topic: string, audience: string, extra: Record<string, unknown> = {}) => {
      const action = (await t.client.ok(M.addTraining, { input: { scalingPlanId: planId, topic, audience, ...extra } }, org.as.CONSULTANT))
        .addTrainingAction;
      trainingIds.push(action.id);
      version = action.plan.version;
      return action;
    };
    const first = await add('Sharing decisions with patients', 'STAFF', { sessions: 3 });
    expect(first).toMatchObject({
      audience: 'STAFF',
      sessions: 3,
      done: false,
      plan: { version: 4, progress: { done: 0, total: 1, staff: { done: 0, total: 1 } } },
    });
    await add('Running a peer group', 'CITIZENS');
    await add('Safeguarding for volunteers', 'CITIZENS', { done: true, sessions: 0 });
    const last = await add('Coaching, not telling', 'STAFF', { planVersion: version });
    expect(last.plan.progress).toEqual({
      done: 1,
      total: 4,
      fraction: 0.25,
      staff: { done: 0, total: 2 },
      citizens: { done: 1, total: 2 },
    });

    const bad = await t.client.fails(
      M.addTraining,
      { input: { scalingPlanId: planId, topic: 'x', audience: 'MANAGERS' } },
      org.as.CONSULTANT,
    );
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await t.client.fails(
      M.addTraining,
      { input: { scalingPlanId: planId, topic: 'x', audience: 'STAFF', sessions: -1 } },
      org.as.CONSULTANT,
    );
    expect(negative.extensions?.fields?.[0]?.field).toBe('input.sessions');
    const staleAdd = await t.client.fails(
      M.addTraining,
      { input: { scalingPlanId: planId, planVersion: 1, topic: 'x', audience: 'STAFF' } },
      org.as.CONSULTANT,
    );
    expect(staleAdd.extensions?.code).toBe('CONFLICT');

    const done = (
      await t.client.ok(M.updateTraining, { input: { trainingActionId: first.id, planVersion: version, done: true } }, org.as.CONSULTANT)
    ).updateTrainingAction;
    expect(done.plan.progress).toEqual({ done: 2, total: 4, fraction: 0.5, staff: { done: 1, total: 2 }, citizens: { done: 1, total: 2 } });
    version = done.plan.version;

    const plan = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).scalingPlan;
    expect(plan.trainingActions.map((a: { topic: string; audience: string }) => [a.audience, a.topic])).toEqual([
      ['STAFF', 'Sharing decisions with patients'],
      ['STAFF', 'Coaching, not telling'],
      ['CITIZENS', 'Running a peer group'],
      ['CITIZENS', 'Safeguarding for volunteers'],
    ]);
  });

  it('shows the plan’s progress on the programme dashboard, and opens the Grow-it item when staff and citizens both have training', async () => {
    const dashboard = (await t.client.ok(Q.dashboard, { id: programmeId }, org.as.VIEWER)).programme.dashboard;
    expect(dashboard.scaling).toEqual({
      pilotsDecidedScale: 1,
      pilotsWithScalingPlan: 1,
      pilotsWithTrainingForBoth: 1,
      training: { done: 2, total: 4, fraction: 0.5, staff: { done: 1, total: 2 }, citizens: { done: 1, total: 2 } },
      pilots: [
        {
          pilotId: pilot.id,
          pilotName: 'Peer support',
          scalingPlanId: planId,
          progress: { done: 2, total: 4, fraction: 0.5, staff: { done: 1, total: 2 }, citizens: { done: 1, total: 2 } },
        },
      ],
    });
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.train_staff_and_citizens')).toEqual({
      satisfied: true,
      explanation: 'All 1 pilots decided SCALE have scaling plans with training.',
    });

    // Without any citizens' training the plan no longer counts.
    const plan = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).scalingPlan;
    for (const action of plan.trainingActions.filter((a: { audience: string }) => a.audience === 'CITIZENS')) {
      version = (await t.client.ok(M.removeTraining, { input: { trainingActionId: action.id, planVersion: version } }, org.as.CONSULTANT))
        .removeTrainingAction.version;
    }
    expect((await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.train_staff_and_citizens')).satisfied).toBe(false);
    const after = (await t.client.ok(Q.dashboard, { id: programmeId }, org.as.VIEWER)).programme.dashboard.scaling;
    expect(after).toMatchObject({ pilotsWithTrainingForBoth: 0, training: { done: 1, total: 2, citizens: { done: 0, total: 0 } } });
    await t.client.ok(
      M.addTraining,
      { input: { scalingPlanId: planId, topic: 'Running a peer group', audience: 'CITIZENS' } },
      org.as.CONSULTANT,
    );
    expect((await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.train_staff_and_citizens')).satisfied).toBe(true);
  });

  it('counts a second pilot decided SCALE without a plan on the dashboard and against the gate', async () => {
    let second = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Befriending' });
    for (const step of ['approve', 'start', 'evaluate'] as const) second = await move(t, org.as.ADMIN, step, second);
    await move(t, org.as.ADMIN, 'decide', second, { decision: 'SCALE', reason: 'Lonely residents helped' });
    const scaling = (await t.client.ok(Q.dashboard, { id: programmeId }, org.as.VIEWER)).programme.dashboard.scaling;
    expect(scaling).toMatchObject({ pilotsDecidedScale: 2, pilotsWithScalingPlan: 1, pilotsWithTrainingForBoth: 1 });
    expect(scaling.pilots[0]).toEqual({
      pilotId: second.id,
      pilotName: 'Befriending',
      scalingPlanId: null,
      progress: { done: 0, total: 0, fraction: null, staff: { done: 0, total: 0 }, citizens: { done: 0, total: 0 } },
    });
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.train_staff_and_citizens')).toEqual({
      satisfied: false,
      explanation: '1 of 2 pilots decided SCALE lack a scaling plan with training for staff and citizens.',
    });
  });

  it("records each change in the programme's history with ids, kinds and numbers only", async () => {
    const events = (await journeyTypes(t, org.as.VIEWER, programmeId)).filter((e) => e.payload.scalingPlanId === planId);
    const types = events.map((e) => e.type);
    expect(types.filter((type) => type === 'SCALING_PLAN_CREATED')).toHaveLength(1);
    expect(types).toEqual(
      expect.arrayContaining(['SCALING_PLAN_UPDATED', 'TRAINING_ACTION_ADDED', 'TRAINING_ACTION_UPDATED', 'TRAINING_ACTION_REMOVED']),
    );
    expect(events.find((e) => e.type === 'SCALING_PLAN_CREATED')?.payload).toEqual({
      programmeId,
      pilotId: pilot.id,
      scalingPlanId: planId,
      mechanism: 'REPLICATE',
      targetServiceAreaIds: [areas[1].id, areas[0].id],
      expectedReach: 400,
    });
    const text = JSON.stringify(events);
    for (const free of ['GP federation', 'Quarterly results', 'peer group', 'Coaching']) expect(text).not.toContain(free);
  });

  it('lets CONTRIBUTOR and VIEWER read scaling plans but not write them', async () => {
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const attempts: Array<[string, Record<string, unknown>]> = [
        [M.update, { scalingPlanId: planId, version, expectedReach: 1 }],
        [M.addTraining, { scalingPlanId: planId, topic: 'x', audience: 'STAFF' }],
        [M.updateTraining, { trainingActionId: trainingIds[0], planVersion: version, done: false }],
      ];
      for (const [document, input] of attempts)
        expect([role, (await t.client.fails(document, { input }, org.as[role])).extensions?.code]).toEqual([role, 'FORBIDDEN']);
      expect((await t.client.ok(Q.plan, { id: planId }, org.as[role])).scalingPlan.id).toBe(planId);
    }
  });

  it("answers NOT_FOUND for another organisation's pilots, plans and training, and changes nothing", async () => {
    const before = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).scalingPlan;
    const intruder = other.as.ADMIN;
    const attempts: Array<[string, Record<string, unknown>]> = [
      [M.create, createInput()],
      [M.update, { scalingPlanId: planId, version: before.version, expectedReach: 1 }],
      [M.addTraining, { scalingPlanId: planId, topic: 'x', audience: 'STAFF' }],
      [M.updateTraining, { trainingActionId: trainingIds[0], planVersion: before.version, done: false }],
      [M.removeTraining, { trainingActionId: trainingIds[0], planVersion: before.version }],
    ];
    for (const [document, input] of attempts) {
      const error = await t.client.fails(document, { input }, intruder);
      expect([document.slice(0, 40), error.extensions?.code]).toEqual([document.slice(0, 40), 'NOT_FOUND']);
    }
    expect((await t.client.fails(Q.plan, { id: planId }, intruder)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.fails(Q.pilotPlan, { id: pilot.id }, intruder)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).scalingPlan).toEqual(before);
  });
  it('loads the scaling figures of every programme on a page of dashboards in one statement', async () => {
    for (const name of ['Safer streets', 'Warmer homes']) {
      const id = (await createProgramme(t, org.as.ADMIN, name)).id;
      let scaled = await createPilot(t, org.as.CONSULTANT, { programmeId: id, name: `${name} pilot` });
      for (const step of ['approve', 'start', 'evaluate'] as const) scaled = await move(t, org.as.ADMIN, step, scaled);
      await move(t, org.as.ADMIN, 'decide', scaled, { decision: 'SCALE', reason: 'It worked well enough' });
    }
    const counter = t.app.get(QueryCounter);
    const statementsFor = async (document: string) => {
      const before = counter.total;
      const data = await t.client.ok(document, {}, org.as.VIEWER);
      return { statements: counter.total - before, data };
    };
    const plain = await statementsFor(`{ programmes(first: 50) { edges { node { dashboard { programmeId } } } } }`);
    const withScaling = await statementsFor(
      `{ programmes(first: 50) { edges { node { dashboard { programmeId scaling { pilotsDecidedScale training { total } pilots { pilotId } } } } } } }`,
    );
    expect(withScaling.data.programmes.edges).toHaveLength(3);
    expect(withScaling.data.programmes.edges.map((e: any) => e.node.dashboard.scaling.pilotsDecidedScale).sort()).toEqual([1, 1, 2]);
    expect(withScaling.statements - plain.statements).toBe(1);
  });
});
