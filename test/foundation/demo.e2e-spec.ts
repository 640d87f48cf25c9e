import { loadConfig } from '@app/common';
import { type DemoAccounts, DemoSeeder } from '../../apps/api/src/demo/demo-seeder';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  let demo: DemoAccounts;
  let as: { token: string; organisationId: string };
  let managerId: string;
  const ok = (query: string, variables: Record<string, unknown> = {}) => t.client.ok(query, variables, as);

  beforeAll(async () => {
    t = await startTestApp();
    demo = (await t.app.get(DemoSeeder).seedIfEmpty())!;
    const manager = demo.accounts.find((a) => a.role === 'PROGRAMME_MANAGER')!;
    const signedIn = await t.client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }`, {
      input: { email: manager.email, password: manager.password },
    });
    as = { token: signedIn.signIn.token, organisationId: demo.organisationId };
    managerId = signedIn.signIn.user.id;
  });
  afterAll(() => t.close());

  it('creates a demo organisation once, whose printed accounts can sign in with their roles', async () => {
    expect(demo.accounts.map((a) => a.role)).toEqual(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT']);
    for (const account of demo.accounts) {
      const signedIn = await t.client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
        input: { email: account.email, password: account.password },
      });
      const me = await t.client.ok(`{ me { memberships { role organisation { id name } } } }`, {}, { token: signedIn.signIn.token });
      expect(me.me.memberships).toEqual([{ role: account.role, organisation: { id: demo.organisationId, name: 'Demo Borough Council' } }]);
    }
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBeNull(); // never twice: the passwords were shown once
  });

  it('shows two programmes on the dashboard, with overdue tasks and the manager’s own work', async () => {
    const { organisationDashboard: board } = await ok(`{ organisationDashboard {
      today programmeCount programmesByStep { step total }
      programmes { id name currentStep gateOpen tasksOverdue }
      overdueTasks { totalCount tasks { dueDate status assigneeId daysOverdue } }
      myWork { totalCount overdueCount }
    } }`);
    expect(board.programmeCount).toBe(2);
    const byStep = Object.fromEntries(board.programmesByStep.map((s: { step: string; total: number }) => [s.step, s.total]));
    expect(byStep).toMatchObject({ MAP: 1, FOCUS: 1 });
    expect(board.overdueTasks.totalCount).toBeGreaterThanOrEqual(4);
    for (const task of board.overdueTasks.tasks) {
      expect(task.dueDate < board.today).toBe(true); // dated from today, so overdue whenever the demo is made
      expect(task.daysOverdue).toBeGreaterThan(0);
    }
    expect(board.overdueTasks.tasks.filter((task: { assigneeId: string }) => task.assigneeId === managerId).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(board.myWork.totalCount).toBeGreaterThanOrEqual(4);
    expect(board.myWork.overdueCount).toBeGreaterThanOrEqual(2);
    const mineOverdue = await ok(`{ tasks(filter: { mine: true, overdue: true }) { totalCount } }`);
    expect(mineOverdue.tasks.totalCount).toBe(board.myWork.overdueCount);
  });

  it('holds a programme that passed Map it on its gate and is at Focus it, with a journey of real moves', async () => {
    const { programme } = await ok(
      `query($id: ID!) { programme(id: $id) {
        name currentStep status allowedMoves
        steps { step state ownerId gate { open recorded passedByOverride requiredSatisfied requiredTotal } gateRecords { passedBy passedByOverride }
          items { key tickedBy evidenceText } }
        journey(first: 100) { totalCount edges { node { type actorType actorUserId payload } } }
      } }`,
      { id: demo.story.programmeId },
    );
    expect(programme).toMatchObject({ currentStep: 'FOCUS', status: 'ACTIVE' });
    const map = programme.steps.find((s: { step: string }) => s.step === 'MAP');
    expect(map).toMatchObject({ state: 'COMPLETED', ownerId: managerId, gate: { open: true, recorded: true, passedByOverride: false } });
    expect(map.gate.requiredSatisfied).toBe(map.gate.requiredTotal);
    expect(map.gateRecords).toEqual([{ passedBy: managerId, passedByOverride: false }]);
    expect(map.items.find((i: { key: string }) => i.key === 'map.record_existing').evidenceText).toBeTruthy();
    const focus = programme.steps.find((s: { step: string }) => s.step === 'FOCUS');
    // Ready to move on, not yet moved: the records show the area chosen (with its reason) and the pilot
    // approved, which the required items read; nobody has ticked them by hand.
    expect(focus).toMatchObject({ state: 'IN_PROGRESS', gate: { open: true, recorded: false } });
    expect(focus.gate.requiredSatisfied).toBe(focus.gate.requiredTotal);
    for (const key of ['focus.choose_service_areas', 'focus.small_pilot'])
      expect(focus.items.find((i: { key: string }) => i.key === key)).toMatchObject({ tickedBy: null });

    const events = programme.journey.edges.map(
      (e: { node: { type: string; actorType: string; actorUserId: string; payload: Record<string, unknown> } }) => e.node,
    );
    const types = new Set(events.map((e: { type: string }) => e.type));
    for (const type of [
      'PROGRAMME_CREATED',
      'CHECKLIST_ITEM_TICKED',
      'TASK_COMPLETED',
      'STEP_ADVANCED',
      'PRIORITY_SCORED',
      'PRIORITY_SELECTED',
      'PILOT_APPROVED',
      'PILOT_STARTED',
      'MEASUREMENT_RECORDED',
      'PARTICIPANT_ENROLLED',
      'TASK_ASSIGNED',
    ]) {
      expect(types).toContain(type);
    }
    const advance = events.find((e: { type: string }) => e.type === 'STEP_ADVANCED');
    expect(advance).toMatchObject({ actorType: 'USER', actorUserId: managerId, payload: { from: 'MAP', to: 'FOCUS', overridden: false } });
    expect(events.every((e: { actorType: string }) => e.actorType === 'USER')).toBe(true); // members did it, not the system
  });

  it('maps initiatives in several service areas, of varied forms, some self-organised and some published', async () => {
    const { initiatives, serviceAreas } = await ok(`{
      initiatives(first: 100) { totalCount edges { node { serviceAreaId forms selfOrganisation published programmeId } } }
      serviceAreas { id active }
    }`);
    const nodes = initiatives.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(new Set(nodes.map((n: { serviceAreaId: string }) => n.serviceAreaId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(nodes.flatMap((n: { forms: string[] }) => n.forms)).size).toBeGreaterThanOrEqual(6);
    expect(nodes.some((n: { selfOrganisation: boolean }) => n.selfOrganisation)).toBe(true);
    expect(nodes.some((n: { selfOrganisation: boolean }) => !n.selfOrganisation)).toBe(true);
    expect(nodes.some((n: { published: boolean }) => n.published)).toBe(true);
    expect(nodes.some((n: { programmeId: string }) => n.programmeId === demo.story.newerProgrammeId)).toBe(true);
    // Every active area has something on the map: that is what let Map it's gate open.
    const covered = new Set(nodes.map((n: { serviceAreaId: string }) => n.serviceAreaId));
    expect(serviceAreas.filter((a: { active: boolean }) => a.active).every((a: { id: string }) => covered.has(a.id))).toBe(true);
  });

  it('ranks priority areas scored by several members, whose disagreement shows as a spread', async () => {
    const { priorityAreas } = await ok(
      `query($id: ID!) { priorityAreas(programmeId: $id) { serviceAreaName selected scorers overallScore need { min max standardDeviation } feasibility { min max } } }`,
      { id: demo.story.programmeId },
    );
    expect(priorityAreas.length).toBeGreaterThanOrEqual(3);
    expect(priorityAreas.every((a: { scorers: number }) => a.scorers >= 2)).toBe(true);
    expect(priorityAreas.some((a: { feasibility: { min: number; max: number } }) => a.feasibility.max - a.feasibility.min >= 2)).toBe(true);
    expect(priorityAreas.filter((a: { selected: boolean }) => a.selected)).toHaveLength(1);
    expect(priorityAreas[0]).toMatchObject({ selected: true });
  });

  it('runs a pilot with metrics measured from a baseline over time, economics lines and enrolled participants', async () => {
    const { pilot } = await ok(
      `query($id: ID!) { pilot(id: $id) {
        status priorityArea { selected }
        metrics { baseline target latest { value } measurements(first: 20) { totalCount edges { node { date } } } }
        financialLines(first: 20) { totalCount }
        economics { totalCost { amount } totalSavings { amount } netBenefit { amount } }
        participants(first: 20) { totalCount edges { node { role selfEfficacyReadings { recordedOn score } } } }
        selfEfficacyChange { participantsWithTwoReadings meanChange }
      } }`,
      { id: demo.story.pilotId },
    );
    expect(pilot).toMatchObject({ status: 'RUNNING', priorityArea: { selected: true } });
    const measured = pilot.metrics.filter(
      (m: { baseline: string | null; measurements: { totalCount: number } }) => m.baseline !== null && m.measurements.totalCount >= 3,
    );
    expect(measured.length).toBeGreaterThanOrEqual(1);
    expect(new Set(measured[0].measurements.edges.map((e: { node: { date: string } }) => e.node.date)).size).toBeGreaterThanOrEqual(3);
    expect(pilot.financialLines.totalCount).toBeGreaterThanOrEqual(3);
    expect(Number(pilot.economics.totalCost.amount)).toBeGreaterThan(0);
    expect(Number(pilot.economics.totalSavings.amount)).toBeGreaterThan(0);
    expect(pilot.participants.totalCount).toBeGreaterThanOrEqual(3);
    for (const edge of pilot.participants.edges) expect(edge.node.selfEfficacyReadings.length).toBeGreaterThanOrEqual(2);
    expect(pilot.selfEfficacyChange.participantsWithTwoReadings).toBeGreaterThanOrEqual(3);
    expect(pilot.selfEfficacyChange.meanChange).toBeGreaterThan(0);
  });

  it('holds participants with a lawful basis and skills, some enrolled and some not', async () => {
    const { participants } = await ok(
      `{ participants(first: 50) { totalCount edges { node { displayName lawfulBasis { basis } skills { name } enrolments { id } } } } }`,
    );
    const nodes = participants.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(participants.totalCount).toBeGreaterThanOrEqual(5);
    expect(nodes.every((n: { lawfulBasis: unknown; skills: unknown[] }) => n.lawfulBasis !== null && n.skills.length > 0)).toBe(true);
    expect(new Set(nodes.map((n: { lawfulBasis: { basis: string } }) => n.lawfulBasis.basis)).size).toBeGreaterThanOrEqual(2);
    expect(nodes.some((n: { enrolments: unknown[] }) => n.enrolments.length > 0)).toBe(true);
    expect(nodes.some((n: { enrolments: unknown[] }) => n.enrolments.length === 0)).toBe(true);
  });

  it('has a survey with responses and an index, and a newer programme at Map it with a few ticks', async () => {
    const { survey } = await ok(`query($id: ID!) { survey(id: $id) { acceptingResponses results { sampleSize overall } } }`, {
      id: demo.story.surveyId,
    });
    expect(survey.results.sampleSize).toBeGreaterThanOrEqual(10);
    expect(survey.results.overall).not.toBeNull();

    const { programme } = await ok(
      `query($id: ID!) { programme(id: $id) { currentStep steps { step state items { tickedAt } } tasks { totalCount } } }`,
      {
        id: demo.story.newerProgrammeId,
      },
    );
    expect(programme.currentStep).toBe('MAP');
    const map = programme.steps.find((s: { step: string }) => s.step === 'MAP');
    expect(map.state).toBe('IN_PROGRESS');
    expect(map.items.filter((i: { tickedAt: string | null }) => i.tickedAt).length).toBeGreaterThanOrEqual(1);
    expect(programme.tasks.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('is never created in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }).seedDemo).not.toThrow();
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });
});
