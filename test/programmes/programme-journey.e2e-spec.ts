import { startTestApp, type TestApp } from '../support/test-app';
import { ADVANCE, createProgramme, workflowOnlyTemplate, PROGRAMME_FIELDS, satisfyCurrentStep } from './programme-support';

const move = (name: string, input = 'GatedMoveInput') => `mutation($input: ${input}!) { ${name}(input: $input) { ${PROGRAMME_FIELDS} } }`;

describe('a programme manager takes a programme through the five steps', () => {
  let t: TestApp;
  let as: { token: string; organisationId: string };
  let managerId: string;
  let templateId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const manager = await t.client.addMember(admin.token, organisationId, 'PROGRAMME_MANAGER', 'Programme Manager');
    managerId = manager.userId;
    as = { token: manager.token, organisationId };
    templateId = await workflowOnlyTemplate(t.client, as);
  });
  afterAll(() => t.close());

  it('is gated, overridden, reopened, completed and cycled, with every move in the journey', async () => {
    let programme = await createProgramme(t.client, as, 'Neighbourhood safety', templateId);
    expect(programme).toMatchObject({ status: 'ACTIVE', currentStep: 'MAP', cycle: 1, version: 1 });
    expect(programme.steps.map((s) => [s.step, s.state])).toEqual([
      ['MAP', 'IN_PROGRESS'],
      ['FOCUS', 'NOT_STARTED'],
      ['PEOPLE', 'NOT_STARTED'],
      ['MARKET', 'NOT_STARTED'],
      ['GROW', 'NOT_STARTED'],
    ]);

    // Refused while required items are open, with the open items listed.
    const refused = await t.client.fails(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as);
    expect(refused.extensions?.code).toBe('GATE_NOT_MET');
    const openKeys = (refused.extensions?.openItems as Array<{ key: string }>).map((i) => i.key);
    expect(openKeys).toEqual(programme.steps[0].gate.openItems.map((i) => i.key));
    expect(openKeys.length).toBeGreaterThan(0);

    // An override needs a reason of a few words.
    const tooShort = await t.client.fails(
      ADVANCE,
      { input: { programmeId: programme.id, version: programme.version, overrideReason: 'ok' } },
      as,
    );
    expect(tooShort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.overrideReason' }] });
    programme = (
      await t.client.ok(
        ADVANCE,
        { input: { programmeId: programme.id, version: programme.version, overrideReason: 'The cabinet asked us to start focusing now' } },
        as,
      )
    ).advanceStep;
    expect(programme.currentStep).toBe('FOCUS');
    expect(programme.steps[0]).toMatchObject({ state: 'COMPLETED', overrideReason: 'The cabinet asked us to start focusing now' });

    // Focus it the proper way: satisfy the gate, then advance.
    programme = await satisfyCurrentStep(t.client, as, programme, managerId);
    expect(programme.steps[1].gate.open).toBe(true);
    const focusTasks = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { tasks(filter: { step: FOCUS }) { totalCount edges { node { status } } } } }`,
      { id: programme.id },
      as,
    );
    expect(focusTasks.programme.tasks.totalCount).toBe(2);
    expect(focusTasks.programme.tasks.edges.every((e: { node: { status: string } }) => e.node.status === 'DONE')).toBe(true);
    programme = (await t.client.ok(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as)).advanceStep;
    expect(programme.currentStep).toBe('PEOPLE');

    // Reopen Map it: it is current again, later steps go back to NOT_STARTED, their ticks are kept.
    const noReason = await t.client.fails(
      move('reopenStep', 'ReopenStepInput'),
      { input: { programmeId: programme.id, version: programme.version, step: 'MAP', reason: ' ' } },
      as,
    );
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }] });
    programme = (
      await t.client.ok(
        move('reopenStep', 'ReopenStepInput'),
        { input: { programmeId: programme.id, version: programme.version, step: 'MAP', reason: 'Two more estates were found' } },
        as,
      )
    ).reopenStep;
    expect(programme.steps.map((s) => s.state)).toEqual(['IN_PROGRESS', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED']);
    expect(programme.steps[1].gate.open).toBe(true); // Focus it's ticks and owner survived the reopen

    // Through all five steps.
    for (const expected of ['FOCUS', 'PEOPLE', 'MARKET', 'GROW']) {
      programme = await satisfyCurrentStep(t.client, as, programme, managerId);
      programme = (await t.client.ok(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as)).advanceStep;
      expect(programme.currentStep).toBe(expected);
    }
    const pastGrow = await t.client.fails(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as);
    expect(pastGrow.extensions?.code).toBe('INVALID_TRANSITION');

    // Pause and resume.
    programme = (
      await t.client.ok(
        move('pauseProgramme', 'ProgrammeMoveInput'),
        { input: { programmeId: programme.id, version: programme.version } },
        as,
      )
    ).pauseProgramme;
    const whilePaused = await t.client.fails(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as);
    expect(whilePaused).toMatchObject({ extensions: { code: 'INVALID_TRANSITION' }, message: expect.stringMatching(/paused/) });
    programme = (
      await t.client.ok(
        move('resumeProgramme', 'ProgrammeMoveInput'),
        { input: { programmeId: programme.id, version: programme.version } },
        as,
      )
    ).resumeProgramme;

    // End of Grow it: the next cycle starts at Map it; the first cycle stays readable.
    programme = await satisfyCurrentStep(t.client, as, programme, managerId);
    programme = (await t.client.ok(move('startNextCycle'), { input: { programmeId: programme.id, version: programme.version } }, as))
      .startNextCycle;
    expect(programme).toMatchObject({ cycle: 2, currentStep: 'MAP', status: 'ACTIVE' });
    expect(programme.steps.map((s) => s.state)).toEqual(['IN_PROGRESS', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED']);
    const firstCycle = await t.client.ok(`query($id: ID!) { programme(id: $id) { steps(cycle: 1) { state } } }`, { id: programme.id }, as);
    expect(firstCycle.programme.steps.map((s: { state: string }) => s.state)).toEqual(Array(5).fill('COMPLETED'));

    // Second cycle to the end: complete the programme, then archive it.
    for (let i = 0; i < 4; i++) {
      programme = await satisfyCurrentStep(t.client, as, programme, managerId);
      programme = (await t.client.ok(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as)).advanceStep;
    }
    programme = await satisfyCurrentStep(t.client, as, programme, managerId);
    programme = (await t.client.ok(move('completeProgramme'), { input: { programmeId: programme.id, version: programme.version } }, as))
      .completeProgramme;
    expect(programme.status).toBe('COMPLETED');
    programme = (
      await t.client.ok(
        move('archiveProgramme', 'ProgrammeMoveInput'),
        { input: { programmeId: programme.id, version: programme.version } },
        as,
      )
    ).archiveProgramme;
    expect(programme.status).toBe('ARCHIVED');

    // The journey has every move, in order, with consecutive sequence numbers.
    const nodes: Array<{ type: string; sequence: number; payload: object }> = [];
    for (let after: string | null = null, more = true; more;) {
      const page: any = await t.client.ok(
        `query($id: ID!, $after: String) { programme(id: $id) { journey(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { type sequence payload } } } } }`,
        { id: programme.id, after },
        as,
      );
      nodes.push(...page.programme.journey.edges.map((e: { node: (typeof nodes)[number] }) => e.node));
      ({ hasNextPage: more, endCursor: after } = page.programme.journey.pageInfo);
    }
    expect(nodes.map((n: { sequence: number }) => n.sequence)).toEqual(nodes.map((_: unknown, i: number) => i + 1));
    const moves = nodes.map((n: { type: string }) => n.type).filter((type: string) => !/^(CHECKLIST_ITEM|STEP_UPDATED|TASK_)/.test(type));
    expect(moves).toEqual([
      'PROGRAMME_CREATED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_REOPENED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'PROGRAMME_PAUSED',
      'PROGRAMME_RESUMED',
      'CYCLE_STARTED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'STEP_ADVANCED',
      'PROGRAMME_COMPLETED',
      'PROGRAMME_ARCHIVED',
    ]);
    const newestFirst = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { journey(first: 1, newestFirst: true) { edges { node { type } } } } }`,
      { id: programme.id },
      as,
    );
    expect(newestFirst.programme.journey.edges[0].node.type).toBe('PROGRAMME_ARCHIVED');
    expect(JSON.stringify(nodes)).not.toMatch(/@example\.org|Programme Manager/); // no personal data in the history
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const programme = await createProgramme(t.client, as, 'Stale', templateId);
    await t.client.ok(
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { version } }`,
      { input: { programmeId: programme.id, version: 1, name: 'Renamed' } },
      as,
    );
    const stale = await t.client.fails(
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { version } }`,
      { input: { programmeId: programme.id, version: 1, name: 'Again' } },
      as,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await t.client.ok(`query($id: ID!) { programme(id: $id) { name } }`, { id: programme.id }, as)).programme.name).toBe('Renamed');
  });
});
