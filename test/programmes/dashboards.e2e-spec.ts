import { OpenDatabase, prepared, QueryCounter } from '@app/database';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addMember,
  codeOf,
  type Member,
  newOrganisation,
  type Org,
  PASSWORD,
  Q as IQ,
  sql,
  uniqueEmail,
} from '../identity/identity-helpers';

/**
 * Dashboards over real HTTP: the figures on a small known data set, "overdue" and "days in step"
 * in the organisation's time zone, tenancy, and a bounded number of SQL statements per request
 * whatever the amount of data.
 */

// Kiritimati is UTC+14 and Pago Pago UTC-11: at any moment Kiritimati's date is one or two days
// ahead of Pago Pago's, so a task due "yesterday in Kiritimati" is overdue there and not yet in Pago Pago.
const KIRITIMATI = 'Pacific/Kiritimati';
const PAGO_PAGO = 'Pacific/Pago_Pago';

/** The calendar date in `timeZone` at `at`, YYYY-MM-DD. */
const dateIn = (timeZone: string, at = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const STEP_FIELDS = `step name state current ownerId targetDate targetMissed startedAt completedAt daysInStep
  requiredTotal requiredSatisfied advisoryTotal advisorySatisfied openRequiredItems openItems { key } gateOpen
  tasksTotal tasksDone tasksOverdue`;
const PROGRAMME_DASHBOARD = `programmeId status currentStep cycle timeZone today tasksTotal tasksDone tasksOverdue steps { ${STEP_FIELDS} }`;
const TASK_FIELDS = `id title programmeId programmeName step cycle status priority dueDate assigneeId daysOverdue`;

const D = {
  organisation: `query($first: Int! = 20, $archived: Boolean! = false) { organisationDashboard {
    organisationId timeZone today programmeCount
    programmesByStep { step name total active paused completed archived }
    programmes(includeArchived: $archived) { id name status currentStep cycle ownerId currentStepState currentStepTargetDate
      daysInCurrentStep gateOpen openRequiredItems tasksOpen tasksOverdue }
    overdueTasks(first: $first) { totalCount tasks { ${TASK_FIELDS} } }
    myWork(first: $first) { totalCount overdueCount tasks { ${TASK_FIELDS} } recentlyTicked { id key programmeId programmeName tickedAt } }
  } }`,
  /** Every part but the programme list (so no gates). */
  parts: `query { organisationDashboard { organisationId timeZone today programmeCount programmesByStep { step active }
    overdueTasks(first: 100) { totalCount tasks { id } } myWork(first: 100) { totalCount tasks { id } recentlyTicked(first: 100) { id } } } }`,
  programme: `query($id: ID!) { programme(id: $id) { id name dashboard { ${PROGRAMME_DASHBOARD} } } }`,
  programmes: `query { programmes(first: 100) { totalCount edges { node { id name dashboard { ${PROGRAMME_DASHBOARD} } } } } }`,
  gates: `query($id: ID!) { programme(id: $id) { steps { step gate { open requiredTotal requiredSatisfied advisoryTotal advisorySatisfied openItems { key } } } } }`,
};

const M = {
  create: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version cycle } }`,
  items: `query($id: ID!) { programme(id: $id) { version steps { id step items { id key kind required } } } }`,
  tick: `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
  updateStep: `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id version } }`,
  advance: `mutation($input: GatedMoveInput!) { advanceStep(input: $input) { id version currentStep } }`,
  pause: `mutation($input: ProgrammeMoveInput!) { pauseProgramme(input: $input) { id version status } }`,
  archive: `mutation($input: ProgrammeMoveInput!) { archiveProgramme(input: $input) { id version status } }`,
  apiKey: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
  createTasks: `mutation($input: CreateTasksInput!) { createTasks(input: $input) { id title } }`,
};

interface TaskSpec {
  title: string;
  step?: string;
  status?: 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE';
  priority?: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
  dueDate?: string | null;
  assigneeId?: string | null;
}

describe('programmes: dashboards', () => {
  let t: TestApp;
  let org: Org;
  let pm: Member;
  let contributor: Member;
  let viewer: Member;
  let other: Org;
  const as = (who: Member = org.admin): As => ({ token: who.token, organisationId: org.id });
  const asOther = (): As => ({ token: other.admin.token, organisationId: other.id });

  /** An organisation in `timeZone`, with its ADMIN. */
  async function organisationIn(name: string, timeZone: string): Promise<Org> {
    const displayName = `${name} Admin`;
    const email = uniqueEmail(displayName);
    await t.client.ok(IQ.signUp, { input: { email, password: PASSWORD, displayName } });
    const { token, userId } = await t.client.signIn(email, PASSWORD);
    const id = (await t.client.ok(IQ.createOrganisation, { input: { name, timeZone } }, { token })).createOrganisation.id as string;
    return { id, admin: { token, userId, email, displayName, membershipId: '' } };
  }

  async function createProgramme(name: string, who: As, input: Record<string, unknown> = {}): Promise<string> {
    return (await t.client.ok(M.create, { input: { name, ...input } }, who)).createProgramme.id;
  }

  async function versionOf(programmeId: string, who: As): Promise<number> {
    return (await t.client.ok(M.items, { id: programmeId }, who)).programme.version;
  }

  interface Item {
    id: string;
    key: string;
    kind: string;
    required: boolean;
  }

  /**
   * Ticks MANUAL items of the current cycle's Map it step: the first `required` required ones
   * and the first `advisory` advisory ones (the template evolves, so the test picks by kind);
   * returns their keys in the order ticked.
   */
  async function tick(programmeId: string, counts: { required?: number; advisory?: number }, who: As): Promise<string[]> {
    const { programme } = await t.client.ok(M.items, { id: programmeId }, who);
    const manual = (programme.steps.find((s: { step: string }) => s.step === 'MAP').items as Item[]).filter((i) => i.kind === 'MANUAL');
    const chosen = [
      ...manual.filter((i) => i.required).slice(0, counts.required ?? 0),
      ...manual.filter((i) => !i.required).slice(0, counts.advisory ?? 0),
    ];
    for (const item of chosen) await t.client.ok(M.tick, { input: { itemId: item.id, evidenceText: `Done: ${item.key}` } }, who);
    return chosen.map((i) => i.key);
  }

  /** The gates the programme's steps show (the API that advances use), by step. */
  async function gatesOf(programmeId: string): Promise<
    Record<
      string,
      {
        open: boolean;
        requiredTotal: number;
        requiredSatisfied: number;
        advisoryTotal: number;
        advisorySatisfied: number;
        openItems: Array<{ key: string }>;
      }
    >
  > {
    const { programme } = await t.client.ok(D.gates, { id: programmeId }, as());
    return Object.fromEntries(programme.steps.map((s: { step: string; gate: unknown }) => [s.step, s.gate]));
  }

  async function updateStep(programmeId: string, step: string, changes: { ownerId?: string; targetDate?: string }, who: As): Promise<void> {
    await t.client.ok(M.updateStep, { input: { programmeId, version: await versionOf(programmeId, who), step, ...changes } }, who);
  }

  async function move(document: string, programmeId: string, who: As): Promise<void> {
    await t.client.ok(document, { input: { programmeId, version: await versionOf(programmeId, who) } }, who);
  }

  /** Tasks in the programme's current cycle, through the API (several at once); ids in the order given. */
  async function addTasks(who: As, programmeId: string, tasks: TaskSpec[]): Promise<string[]> {
    const created = await t.client.ok(M.createTasks, { input: { tasks: tasks.map((task) => ({ programmeId, ...task })) } }, who);
    return created.createTasks.map((task: { id: string }) => task.id);
  }

  /** Moves the start of a step to `minutes` after local midnight `daysAgo` days ago in `timeZone` (time travel). */
  async function startStepAt(programmeId: string, step: string, timeZone: string, daysAgo: number, minutes: number): Promise<void> {
    await sql(
      t,
      `UPDATE programme_step SET started_at =
          (date_trunc('day', now() AT TIME ZONE $3) AT TIME ZONE $3) - make_interval(days => $4::int) + make_interval(mins => $5::int)
        WHERE programme_id = $1 AND step = $2 AND cycle = (SELECT cycle FROM programme WHERE id = $1)`,
      [programmeId, step, timeZone, daysAgo, minutes],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationIn('Dashboard Council', KIRITIMATI);
    [pm, contributor, viewer] = [
      await addMember(t.client, org, 'PROGRAMME_MANAGER'),
      await addMember(t.client, org, 'CONTRIBUTOR'),
      await addMember(t.client, org, 'VIEWER'),
    ];
    other = await newOrganisation(t.client, 'Other Council');
  });
  afterAll(() => t.close());

  describe('figures on a known data set', () => {
    const K = () => dateIn(KIRITIMATI);
    const ids = {} as Record<'alpha' | 'beta' | 'gamma' | 'delta' | 'omega', string>;
    const task = {} as Record<string, string>;
    const ticked = {} as Record<'alpha', string[]>;

    beforeAll(async () => {
      const today = K();
      // Alpha: ACTIVE at Map it, gate shut (one required item open), tasks of every kind.
      ids.alpha = await createProgramme('Alpha', as(), {
        targets: [
          { step: 'MAP', targetDate: addDays(today, -1) },
          { step: 'FOCUS', targetDate: addDays(today, 30) },
        ],
      });
      await updateStep(ids.alpha, 'MAP', { ownerId: pm.userId }, as(pm));
      ticked.alpha = await tick(ids.alpha, { required: 1, advisory: 1 }, as(contributor));
      expect(ticked.alpha).toHaveLength(2);
      const alphaTasks: TaskSpec[] = [
        { title: 'a1 done long ago', status: 'DONE', dueDate: addDays(today, -3), assigneeId: contributor.userId },
        { title: 'a2 due yesterday', status: 'TODO', priority: 'URGENT', dueDate: addDays(today, -1), assigneeId: contributor.userId },
        {
          title: 'a3 three days late',
          status: 'IN_PROGRESS',
          priority: 'HIGH',
          dueDate: addDays(today, -3),
          assigneeId: contributor.userId,
        },
        { title: 'a4 due today', status: 'TODO', dueDate: today, assigneeId: contributor.userId },
        { title: 'a5 undated', status: 'BLOCKED', assigneeId: contributor.userId },
        { title: 'a6 next week', status: 'TODO', dueDate: addDays(today, 5), assigneeId: pm.userId },
        {
          title: 'a7 focus due yesterday',
          step: 'FOCUS',
          status: 'TODO',
          priority: 'LOW',
          dueDate: addDays(today, -1),
          assigneeId: org.admin.userId,
        },
      ];
      (await addTasks(as(pm), ids.alpha, alphaTasks)).forEach((id, i) => (task[alphaTasks[i].title.split(' ')[0]] = id));
      await startStepAt(ids.alpha, 'MAP', KIRITIMATI, 2, -1); // 23:59 local, three days ago: three calendar days in step

      // Beta: every MANUAL required item of Map it ticked, then PAUSED; one overdue task.
      ids.beta = await createProgramme('Beta', as(pm));
      await updateStep(ids.beta, 'MAP', { ownerId: contributor.userId }, as(pm));
      await tick(ids.beta, { required: 99 }, as());
      [task.b1] = await addTasks(as(contributor), ids.beta, [
        { title: 'b1 three days late', priority: 'MEDIUM', dueDate: addDays(today, -3), assigneeId: contributor.userId },
      ]);
      await move(M.pause, ids.beta, as(pm));

      // Gamma: ARCHIVED with an overdue task that no list of work shows any more.
      ids.gamma = await createProgramme('Gamma', as());
      [task.g1] = await addTasks(as(), ids.gamma, [
        { title: 'g1 archived and late', dueDate: addDays(today, -3), assigneeId: contributor.userId },
      ]);
      await move(M.archive, ids.gamma, as());

      // Delta: Map it completed (past its gate if need be), now at Focus it; Map it started just before local midnight.
      ids.delta = await createProgramme('Delta', as());
      await updateStep(ids.delta, 'MAP', { ownerId: org.admin.userId }, as());
      await tick(ids.delta, { required: 99 }, as());
      await t.client.ok(
        M.advance,
        {
          input: {
            programmeId: ids.delta,
            version: await versionOf(ids.delta, as()),
            overrideReason: 'The map is good enough to choose from',
          },
        },
        as(),
      );
      await startStepAt(ids.delta, 'MAP', KIRITIMATI, 0, -1); // 23:59 yesterday, local: one day in step
      await startStepAt(ids.delta, 'FOCUS', KIRITIMATI, 0, 0); // local midnight today: none yet

      // Another organisation: its programme and an overdue task; and a row the API would refuse (a task there
      // assigned to our contributor, who is no member of it), written straight to the database.
      ids.omega = await createProgramme('Omega', asOther());
      await addTasks(asOther(), ids.omega, [{ title: 'o1 elsewhere late', dueDate: '2020-01-01', assigneeId: other.admin.userId }]);
      await sql(
        t,
        `INSERT INTO task (organisation_id, programme_id, cycle, step, title, status, priority, assignee_id, due_date, version)
         VALUES ($1, $2, 1, 'MAP', 'o2 elsewhere for our contributor', 'TODO', 'MEDIUM', $3, '2020-01-01', 1)`,
        [other.id, ids.omega, contributor.userId],
      );
    });

    it("shows a programme's steps with checklists, tasks, target dates and days in step, in the organisation's time zone", async () => {
      const today = K();
      const { programme } = await t.client.ok(D.programme, { id: ids.alpha }, as(viewer));
      const dash = programme.dashboard;
      expect(dash).toMatchObject({ programmeId: ids.alpha, status: 'ACTIVE', currentStep: 'MAP', cycle: 1, timeZone: KIRITIMATI, today });
      expect(dash.steps.map((s: { step: string }) => s.step)).toEqual(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW']);
      const [map, focus, people] = dash.steps;
      expect(map).toMatchObject({
        name: 'Map it',
        state: 'IN_PROGRESS',
        current: true,
        ownerId: pm.userId,
        targetDate: addDays(today, -1),
        targetMissed: true,
        completedAt: null,
        daysInStep: 3,
        tasksTotal: 6,
        tasksDone: 1,
        tasksOverdue: 2, // a2 (yesterday), a3 (three days ago); a1 is done, a4 is due today
      });
      expect(focus).toMatchObject({
        state: 'NOT_STARTED',
        current: false,
        targetDate: addDays(today, 30),
        targetMissed: false,
        startedAt: null,
        daysInStep: null,
        gateOpen: false,
        tasksTotal: 1,
        tasksDone: 0,
        tasksOverdue: 1,
      });
      expect(people).toMatchObject({ state: 'NOT_STARTED', tasksTotal: 0, tasksOverdue: 0, targetDate: null, targetMissed: false });
      expect(dash).toMatchObject({ tasksTotal: 7, tasksDone: 1, tasksOverdue: 3 });

      // Checklists: the figures are the gates the programme's steps show (the template's items change
      // as features add rules, so the expected figures come from the gate itself).
      const gates = await gatesOf(ids.alpha);
      for (const step of dash.steps) {
        const gate = gates[step.step];
        expect(step).toMatchObject({
          gateOpen: gate.open,
          requiredTotal: gate.requiredTotal,
          requiredSatisfied: gate.requiredSatisfied,
          advisoryTotal: gate.advisoryTotal,
          advisorySatisfied: gate.advisorySatisfied,
          openRequiredItems: gate.requiredTotal - gate.requiredSatisfied,
          openItems: gate.openItems,
        });
      }
      // At Map it: one required and one advisory item ticked, and the owner set (an evidenced required item).
      expect(map.requiredSatisfied).toBeGreaterThanOrEqual(2);
      expect(map.advisorySatisfied).toBeGreaterThanOrEqual(1);
      expect(map.openItems.map((i: { key: string }) => i.key)).not.toContain(ticked.alpha[0]);
      expect(map.requiredTotal).toBeGreaterThan(map.requiredSatisfied); // other required items are still open
      expect(map.gateOpen).toBe(false);
    });

    it('counts days in step as calendar days in the time zone, up to completion for a completed step', async () => {
      const { programme } = await t.client.ok(D.programme, { id: ids.delta }, as());
      const [map, focus] = programme.dashboard.steps;
      // Started at 23:59 yesterday (local) and completed minutes later: one calendar day, not zero elapsed days.
      expect(map).toMatchObject({ state: 'COMPLETED', current: false, daysInStep: 1 });
      expect(map.completedAt).not.toBeNull();
      expect(focus).toMatchObject({ state: 'IN_PROGRESS', current: true, daysInStep: 0 });
    });

    it('shows the organisation: programmes by step and status, the programme list, overdue tasks and my work', async () => {
      const today = K();
      const { organisationDashboard: dash } = await t.client.ok(D.organisation, {}, as(contributor));
      const gates = { alpha: (await gatesOf(ids.alpha)).MAP, beta: (await gatesOf(ids.beta)).MAP, delta: (await gatesOf(ids.delta)).FOCUS };
      const gateFigures = (gate: typeof gates.alpha) => ({
        gateOpen: gate.open,
        openRequiredItems: gate.requiredTotal - gate.requiredSatisfied,
      });
      expect(dash).toMatchObject({ organisationId: org.id, timeZone: KIRITIMATI, today, programmeCount: 4 });
      expect(dash.programmesByStep).toEqual([
        { step: 'MAP', name: 'Map it', total: 3, active: 1, paused: 1, completed: 0, archived: 1 },
        { step: 'FOCUS', name: 'Focus it', total: 1, active: 1, paused: 0, completed: 0, archived: 0 },
        { step: 'PEOPLE', name: 'People it', total: 0, active: 0, paused: 0, completed: 0, archived: 0 },
        { step: 'MARKET', name: 'Market it', total: 0, active: 0, paused: 0, completed: 0, archived: 0 },
        { step: 'GROW', name: 'Grow it', total: 0, active: 0, paused: 0, completed: 0, archived: 0 },
      ]);

      // ACTIVE first, then PAUSED, each by name; ARCHIVED only when asked for.
      expect(dash.programmes).toEqual([
        {
          id: ids.alpha,
          name: 'Alpha',
          status: 'ACTIVE',
          currentStep: 'MAP',
          cycle: 1,
          ownerId: org.admin.userId,
          currentStepState: 'IN_PROGRESS',
          currentStepTargetDate: addDays(today, -1),
          daysInCurrentStep: 3,
          ...gateFigures(gates.alpha),
          tasksOpen: 6,
          tasksOverdue: 3,
        },
        expect.objectContaining({
          id: ids.delta,
          name: 'Delta',
          status: 'ACTIVE',
          currentStep: 'FOCUS',
          currentStepState: 'IN_PROGRESS',
          daysInCurrentStep: 0,
          ...gateFigures(gates.delta),
          tasksOpen: 0,
          tasksOverdue: 0,
        }),
        expect.objectContaining({
          id: ids.beta,
          name: 'Beta',
          status: 'PAUSED',
          currentStep: 'MAP',
          ...gateFigures(gates.beta),
          tasksOpen: 1,
          tasksOverdue: 1,
        }),
      ]);
      const withArchived = (await t.client.ok(D.organisation, { archived: true }, as())).organisationDashboard.programmes;
      expect(withArchived.map((p: { name: string }) => p.name)).toEqual(['Alpha', 'Delta', 'Beta', 'Gamma']);
      expect(withArchived[3]).toMatchObject({ status: 'ARCHIVED', tasksOverdue: 1 });

      // Overdue: not done, due before today in Kiritimati, in running programmes; earliest due first (then priority).
      expect(dash.overdueTasks.totalCount).toBe(4);
      expect(dash.overdueTasks.tasks.map((x: { id: string }) => x.id)).toEqual([task.a3, task.b1, task.a2, task.a7]);
      expect(dash.overdueTasks.tasks[0]).toEqual({
        id: task.a3,
        title: 'a3 three days late',
        programmeId: ids.alpha,
        programmeName: 'Alpha',
        step: 'MAP',
        cycle: 1,
        status: 'IN_PROGRESS',
        priority: 'HIGH',
        dueDate: addDays(today, -3),
        assigneeId: contributor.userId,
        daysOverdue: 3,
      });
      expect(dash.overdueTasks.tasks[3]).toMatchObject({ step: 'FOCUS', assigneeId: org.admin.userId, daysOverdue: 1 });
      // The programmes' own overdue counts add up to the same figure.
      const running = dash.programmes.filter((p: { status: string }) => p.status === 'ACTIVE' || p.status === 'PAUSED');
      expect(running.reduce((n: number, p: { tasksOverdue: number }) => n + p.tasksOverdue, 0)).toBe(4);

      // My work (the contributor): open tasks assigned to me, by due date, undated last; not the archived programme's.
      expect(dash.myWork).toMatchObject({ totalCount: 5, overdueCount: 3 });
      expect(dash.myWork.tasks.map((x: { id: string }) => x.id)).toEqual([task.a3, task.b1, task.a2, task.a4, task.a5]);
      expect(dash.myWork.tasks[3]).toMatchObject({ dueDate: today, daysOverdue: 0 });
      expect(dash.myWork.tasks[4]).toMatchObject({ dueDate: null, daysOverdue: 0 });
      // …and the items I ticked recently, newest first.
      expect(dash.myWork.recentlyTicked.map((i: { key: string }) => i.key)).toEqual([...ticked.alpha].reverse());
      expect(dash.myWork.recentlyTicked[0]).toMatchObject({ programmeId: ids.alpha, programmeName: 'Alpha' });

      // Another caller sees their own work.
      const mine = (await t.client.ok(D.organisation, {}, as(pm))).organisationDashboard.myWork;
      expect(mine).toMatchObject({ totalCount: 1, overdueCount: 0, recentlyTicked: [] });
      expect(mine.tasks[0].id).toBe(task.a6);

      // Lists are cut at `first`; the counts still cover everything.
      const cut = (await t.client.ok(D.organisation, { first: 2 }, as(contributor))).organisationDashboard;
      expect(cut.overdueTasks).toMatchObject({ totalCount: 4 });
      expect(cut.overdueTasks.tasks.map((x: { id: string }) => x.id)).toEqual([task.a3, task.b1]);
      expect(cut.myWork.tasks).toHaveLength(2);
      expect(cut.myWork.totalCount).toBe(5);
    });

    it("counts overdue in the organisation's time zone: the same tasks, another zone, other figures", async () => {
      const version = (await t.client.ok(IQ.organisation, {}, as())).organisation.version;
      await t.client.ok(IQ.updateOrganisation, { input: { version, timeZone: PAGO_PAGO } }, as());
      try {
        const today = dateIn(PAGO_PAGO); // one or two days behind Kiritimati
        const { organisationDashboard: dash } = await t.client.ok(D.organisation, {}, as(contributor));
        expect(dash).toMatchObject({ timeZone: PAGO_PAGO, today });
        // Tasks due yesterday in Kiritimati are due today or later in Pago Pago: only those three days late stay overdue.
        expect(dash.overdueTasks.totalCount).toBe(2);
        expect(dash.overdueTasks.tasks.map((x: { id: string }) => x.id)).toEqual([task.a3, task.b1]);
        expect(dash.myWork).toMatchObject({ totalCount: 5, overdueCount: 2 });
        expect(dash.programmes.find((p: { id: string }) => p.id === ids.alpha)).toMatchObject({ tasksOverdue: 1 });

        const { programme } = await t.client.ok(D.programme, { id: ids.alpha }, as());
        const [map] = programme.dashboard.steps;
        expect(programme.dashboard).toMatchObject({ timeZone: PAGO_PAGO, today, tasksOverdue: 1 });
        // The target date (yesterday in Kiritimati) has not passed yet in Pago Pago.
        expect(map).toMatchObject({ tasksOverdue: 1, targetMissed: addDays(dateIn(KIRITIMATI), -1) < today });
        // Days in step: calendar days between the local start date and today, both in Pago Pago.
        expect(map.daysInStep).toBe(daysBetween(dateIn(PAGO_PAGO, new Date(map.startedAt)), today));
      } finally {
        const now = (await t.client.ok(IQ.organisation, {}, as())).organisation.version;
        await t.client.ok(IQ.updateOrganisation, { input: { version: now, timeZone: KIRITIMATI } }, as());
      }
    });

    it("never shows another organisation's data, and another organisation's programme is NOT_FOUND", async () => {
      const { organisationDashboard: dash } = await t.client.ok(D.organisation, { archived: true }, as(contributor));
      const seen = JSON.stringify(dash);
      expect(seen).not.toContain(ids.omega);
      expect(seen).not.toContain('elsewhere');
      expect(codeOf(await t.client.fails(D.programme, { id: ids.omega }, as()))).toEqual({ code: 'NOT_FOUND' });

      const theirs = (await t.client.ok(D.organisation, { archived: true }, asOther())).organisationDashboard;
      expect(theirs).toMatchObject({ organisationId: other.id, timeZone: 'Europe/London', programmeCount: 1 });
      expect(theirs.programmes.map((p: { id: string }) => p.id)).toEqual([ids.omega]);
      expect(theirs.overdueTasks.totalCount).toBe(2);
      expect(theirs.myWork.tasks.map((x: { title: string }) => x.title)).toEqual(['o1 elsewhere late']);
      expect(JSON.stringify(theirs)).not.toContain(ids.alpha);
    });

    it('is open to every role and to API keys (which have no work of their own); list sizes are checked', async () => {
      const viewed = (await t.client.ok(D.organisation, {}, as(viewer))).organisationDashboard;
      expect(viewed.myWork).toMatchObject({ totalCount: 0, tasks: [], recentlyTicked: [] });
      const { secret } = (await t.client.ok(M.apiKey, { input: { name: 'Intranet dashboard', role: 'VIEWER' } }, as())).createApiKey;
      const byKey = (await t.client.ok(D.organisation, {}, { apiKey: secret })).organisationDashboard;
      expect(byKey).toMatchObject({ organisationId: org.id, programmeCount: 4, myWork: { totalCount: 0, overdueCount: 0, tasks: [] } });
      expect(byKey.overdueTasks.totalCount).toBe(4);

      expect(codeOf(await t.client.fails(D.organisation, { first: 0 }, as()))).toMatchObject({ code: 'BAD_USER_INPUT' });
      const error = await t.client.fails(`query { organisationDashboard { programmes(first: 1000) { id } } }`, {}, as());
      expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
      expect(codeOf(await t.client.fails(D.organisation, {}, { token: contributor.token, organisationId: other.id }))).toEqual({
        code: 'NOT_FOUND',
      });
    });
  });

  describe('a bounded number of SQL statements, whatever the amount of data', () => {
    let counted: Org;
    const asCounted = (): As => ({ token: counted.admin.token, organisationId: counted.id });

    /** The statements the server sent while answering one HTTP request (nothing else runs meanwhile). */
    async function statementsFor(document: string, variables: Record<string, unknown> = {}): Promise<{ statements: number; data: any }> {
      const counter = t.app.get(QueryCounter);
      const before = counter.total;
      const data = await t.client.ok(document, variables, asCounted());
      return { statements: counter.total - before, data };
    }

    async function seedProgramme(name: string, index: number): Promise<string> {
      const id = await createProgramme(name, asCounted());
      const today = dateIn('Europe/London');
      await addTasks(
        asCounted(),
        id,
        Array.from({ length: 10 }, (_, i) => ({
          title: `${name} task ${i}`,
          step: ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'][i % 5],
          status: (['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const)[(i + index) % 4],
          dueDate: i % 3 === 0 ? null : addDays(today, (i % 7) - 4),
          assigneeId: i % 2 === 0 ? counted.admin.userId : null,
        })),
      );
      if (index % 2 === 0) await tick(id, { required: 1, advisory: 1 }, asCounted());
      return id;
    }

    it('costs the same statements for 1 programme as for 30 programmes with their tasks', async () => {
      counted = await newOrganisation(t.client, 'Counted Council');
      const first = await seedProgramme('Programme 00', 0);

      const measure = async () => ({
        organisation: await statementsFor(D.organisation, { first: 100 }),
        parts: await statementsFor(D.parts),
        programme: await statementsFor(D.programme, { id: first }),
        list: await statementsFor(D.programmes),
      });
      const one = await measure();
      expect(one.organisation.data.organisationDashboard.programmes).toHaveLength(1);
      expect(one.list.data.programmes.edges).toHaveLength(1);

      for (let i = 1; i < 30; i++) await seedProgramme(`Programme ${String(i).padStart(2, '0')}`, i);
      const thirty = await measure();
      const dash = thirty.organisation.data.organisationDashboard;
      expect(dash.programmes).toHaveLength(30);
      expect(dash.programmeCount).toBe(30);
      expect(dash.myWork.totalCount).toBeGreaterThan(30);
      expect(dash.overdueTasks.totalCount).toBeGreaterThan(30);
      expect(thirty.list.data.programmes.edges).toHaveLength(30);
      expect(
        thirty.list.data.programmes.edges.every((e: { node: { dashboard: { steps: unknown[] } } }) => e.node.dashboard.steps.length === 5),
      ).toBe(true);

      const counts = (m: typeof one) => ({
        organisation: m.organisation.statements,
        parts: m.parts.statements,
        programme: m.programme.statements,
        list: m.list.statements,
      });
      expect(counts(thirty)).toEqual(counts(one));
      // And small in absolute terms. The dashboard's own parts: the sign-in check 1, every part together 1,
      // recently ticked items 1 (they hang below myWork, so they come a step later).
      expect(one.parts.statements).toBeLessThanOrEqual(3);
      // The programme list and its gates (checklists, tasks, every feature's evidence) ride in the parts'
      // one statement: listing programmes costs no statement of its own.
      expect(one.organisation.statements).toBe(one.parts.statements);
      for (const statements of Object.values(counts(one))) expect(statements).toBeLessThanOrEqual(20);
    });

    /**
     * The rows every plan node of the kept (prepared) statements of one request handled, summed
     * over its runs. The plan is the generic one PostgreSQL keeps for a prepared statement, with
     * hash and merge joins and materialising off, so that it is the worst join shape the planner
     * could choose and not one that the statistics of the moment happen to favour, and tables read
     * by their indexes, as they are once they hold more than a test's few rows. Counted, not timed:
     * it grows with the square of the programmes when a grouping runs again for every row joined
     * to it.
     */
    async function planRows(document: string, variables: Record<string, unknown> = {}): Promise<number> {
      const kept: Array<{ text: string; parameters: readonly unknown[] }> = [];
      const stop = t.app.get(QueryCounter).watch((text, parameters) => {
        if (text.startsWith(prepared(''))) kept.push({ text, parameters: parameters ?? [] });
      });
      try {
        await t.client.ok(document, variables, asCounted());
      } finally {
        stop();
      }
      expect(kept.length).toBeGreaterThan(0);
      const settings = [
        'plan_cache_mode = force_generic_plan',
        'enable_hashjoin = off',
        'enable_mergejoin = off',
        'enable_material = off',
        'enable_seqscan = off',
      ];
      let rows = 0;
      for (const { text, parameters } of kept) {
        // The embedded database's owner session is the app's own: every setting is put back, whatever fails.
        const [explained] = await t.app.get(OpenDatabase).asOwner(async (query) => {
          try {
            for (const setting of settings) await query(`SET ${setting}`);
            await query(`PREPARE counted_plan AS ${text}`);
            try {
              return await query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE counted_plan(${parameters.map(literal).join(', ')})`);
            } finally {
              await query('DEALLOCATE counted_plan');
            }
          } finally {
            for (const setting of settings) await query(`RESET ${setting.split(' ')[0]}`);
          }
        });
        const json = explained['QUERY PLAN'];
        rows += rowsOf((typeof json === 'string' ? JSON.parse(json) : json)[0].Plan);
      }
      return rows;
    }

    it("reads the programmes' steps, items and tasks once each: a page's work grows with its programmes, not their square", async () => {
      // The organisation the test above filled with 30 programmes, each ten like the others; the
      // same requests listing 10, 20 and 30 of them.
      const listing = (first: number) => ({
        organisation: D.organisation.replace(
          'programmes(includeArchived: $archived)',
          `programmes(includeArchived: $archived, first: ${first})`,
        ),
        list: D.programmes.replace('programmes(first: 100)', `programmes(first: ${first})`),
      });
      const measure = async (first: number) => ({
        organisation: await planRows(listing(first).organisation, { first: 100 }),
        list: await planRows(listing(first).list),
      });
      // With the statistics autovacuum keeps (without any, the planner takes every table for a few rows).
      await sql(t, 'ANALYZE programme, programme_step, checklist_item, task, gate_record');
      const [ten, twenty, thirty] = [await measure(10), await measure(20), await measure(30)];
      // Ten more programmes, the same rows more each time; with a grouping run again for every step
      // (as the dashboards' statements did when they joined one), more each time.
      for (const request of ['organisation', 'list'] as const) {
        expect(thirty[request] - twenty[request]).toBeLessThanOrEqual(1.05 * (twenty[request] - ten[request]));
        expect(twenty[request]).toBeGreaterThan(ten[request]);
      }
    });
  });
});

/** A parameter written as a literal of the type PostgreSQL infers for it (arrays in their text form). */
function literal(value: unknown): string {
  const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return quoted(value.toISOString());
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v === 'string' || typeof v === 'number'))
    return quoted(`{${value.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`);
  throw new Error(`No literal written for ${JSON.stringify(value)}`);
}

interface PlanNode {
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows every node of an analysed plan handled, over all its loops. */
function rowsOf(node: PlanNode): number {
  return node['Actual Rows'] * node['Actual Loops'] + (node.Plans ?? []).reduce((sum, child) => sum + rowsOf(child), 0);
}
