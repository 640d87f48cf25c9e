import { randomUUID } from 'node:crypto';
import { QueryCounter } from '@app/database';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, codeOf, type Member, newOrganisation, type Org, Q as IDENTITY, type RoleName } from '../identity/identity-helpers';

/**
 * Tasks as people and intranets use them, over real HTTP: capture (one or many), edit, move,
 * assign, complete, delete; the filters; versions; bad input; roles; tenancy; history.
 */

interface TaskView {
  id: string;
  programmeId: string;
  step: string;
  cycle: number;
  title: string;
  description: string;
  status: string;
  priority: string;
  assigneeId: string | null;
  dueDate: string | null;
  createdBy: string | null;
  completedAt: string | null;
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: TaskView }>;
}
interface JourneyEvent {
  sequence: number;
  type: string;
  actorUserId: string | null;
  payload: Record<string, unknown>;
}

const TASK = `id programmeId step cycle title description status priority assigneeId dueDate createdBy completedAt overdue version createdAt updatedAt`;
const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TASK} } }`;

const Q = {
  createProgramme: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version currentStep cycle } }`,
  archiveProgramme: `mutation($input: ProgrammeMoveInput!) { archiveProgramme(input: $input) { id status } }`,
  journey: `query($id: ID!) { programme(id: $id) { journey(first: 100) { totalCount edges { node { sequence type actorUserId payload } } } } }`,
  programmesWithTasks: `query($filter: TaskFilter) { programmes(first: 10) { edges { node { id tasks(first: 2, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id programmeId title overdue } } } } } } }`,
  create: `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK} } }`,
  createMany: `mutation($input: CreateTasksInput!) { createTasks(input: $input) { ${TASK} } }`,
  update: `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK} } }`,
  assign: `mutation($input: AssignTaskInput!) { assignTask(input: $input) { ${TASK} } }`,
  complete: `mutation($input: TaskVersionInput!) { completeTask(input: $input) { ${TASK} } }`,
  remove: `mutation($input: TaskVersionInput!) { deleteTask(input: $input) { ${TASK} } }`,
  one: `query($id: ID!) { task(id: $id) { ${TASK} } }`,
  list: `query($filter: TaskFilter, $first: Int, $after: String) { tasks(filter: $filter, first: $first, after: $after) { ${PAGE} } }`,
};

/** Today's date in `timeZone`, YYYY-MM-DD, by this machine's clock (the database's too). */
function todayIn(timeZone: string, offsetDays = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

describe('programmes: tasks', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  const people = {} as Record<RoleName, Member>;

  beforeAll(async () => {
    t = await startTestApp();
    [org, other] = await Promise.all([newOrganisation(t.client, 'Task Council'), newOrganisation(t.client, 'Other Council')]);
    people.ADMIN = org.admin;
    for (const role of ['PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const)
      people[role] = await addMember(t.client, org, role);
  });
  afterAll(() => t?.close());

  const as = (role: RoleName = 'ADMIN'): As => ({ token: people[role].token, organisationId: org.id });
  const asOther = (): As => ({ token: other.admin.token, organisationId: other.id });

  const newProgramme = async (who: As = as(), name = `Programme ${randomUUID().slice(0, 6)}`): Promise<{ id: string; version: number }> =>
    (await t.client.ok(Q.createProgramme, { input: { name } }, who)).createProgramme;
  const create = async (input: Record<string, unknown>, who: As = as()): Promise<TaskView> =>
    (await t.client.ok(Q.create, { input }, who)).createTask;
  const read = async (id: string, who: As = as()): Promise<TaskView> => (await t.client.ok(Q.one, { id }, who)).task;
  const list = async (filter: Record<string, unknown>, who: As = as(), page: { first?: number; after?: string } = {}): Promise<Page> =>
    (await t.client.ok(Q.list, { filter, first: page.first ?? 100, after: page.after }, who)).tasks;
  const titles = (page: Page) => page.edges.map((e) => e.node.title);
  const journey = async (programmeId: string, who: As = as()): Promise<JourneyEvent[]> =>
    (await t.client.ok(Q.journey, { id: programmeId }, who)).programme.journey.edges.map((e: { node: JourneyEvent }) => e.node);
  const taskEvents = async (programmeId: string) => (await journey(programmeId)).filter((e) => e.type.startsWith('TASK_'));

  describe('capture', () => {
    it("creates a task in the programme's current step and cycle, with defaults, and records it", async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: '  List what residents already run  ' });
      expect(task).toMatchObject({
        programmeId: programme.id,
        step: 'MAP',
        cycle: 1,
        title: 'List what residents already run',
        description: '',
        status: 'TODO',
        priority: 'MEDIUM',
        assigneeId: null,
        dueDate: null,
        createdBy: org.admin.userId,
        completedAt: null,
        overdue: false,
        version: 1,
      });
      expect(await read(task.id)).toEqual(task);

      const full = await create({
        programmeId: programme.id,
        step: 'FOCUS',
        title: 'Score the priority areas',
        description: 'With the steering group',
        priority: 'HIGH',
        assigneeId: people.CONTRIBUTOR.userId,
        dueDate: '2031-03-01',
      });
      expect(full).toMatchObject({
        step: 'FOCUS',
        priority: 'HIGH',
        assigneeId: people.CONTRIBUTOR.userId,
        dueDate: '2031-03-01',
        description: 'With the steering group',
      });

      const events = await taskEvents(programme.id);
      expect(events.map((e) => e.type)).toEqual(['TASK_CREATED', 'TASK_CREATED']);
      expect(events[1].payload).toEqual({
        programmeId: programme.id,
        taskId: full.id,
        step: 'FOCUS',
        cycle: 1,
        status: 'TODO',
        priority: 'HIGH',
        assigneeId: people.CONTRIBUTOR.userId,
      });
      // No free text in the history.
      expect(JSON.stringify(events)).not.toMatch(/priority areas|steering group|residents/);
    });

    it('creates several tasks at once, in the order given', async () => {
      const programme = await newProgramme();
      const tasks = (
        await t.client.ok(
          Q.createMany,
          {
            input: {
              tasks: [
                { programmeId: programme.id, title: 'First' },
                { programmeId: programme.id, title: 'Second', step: 'PEOPLE', status: 'DONE' },
                { programmeId: programme.id, title: 'Third', assigneeId: people.CONSULTANT.userId },
              ],
            },
          },
          as(),
        )
      ).createTasks as TaskView[];
      expect(tasks.map((x) => [x.title, x.step, x.status, x.assigneeId])).toEqual([
        ['First', 'MAP', 'TODO', null],
        ['Second', 'PEOPLE', 'DONE', null],
        ['Third', 'MAP', 'TODO', people.CONSULTANT.userId],
      ]);
      expect(tasks[1].completedAt).toEqual(expect.any(String));
      expect((await list({ programmeId: programme.id })).totalCount).toBe(3);
      expect((await taskEvents(programme.id)).map((e) => e.payload.taskId)).toEqual(tasks.map((x) => x.id));
    });

    it("refuses the whole batch when one row is bad, naming that row's field, and creates none", async () => {
      const programme = await newProgramme();
      const rows = (bad: Record<string, unknown>, at = 3) =>
        Array.from({ length: 5 }, (_, i) =>
          i === at ? { programmeId: programme.id, title: `Row ${i}`, ...bad } : { programmeId: programme.id, title: `Row ${i}` },
        );

      const long = await t.client.fails(Q.createMany, { input: { tasks: rows({ title: 'x'.repeat(10_000) }) } }, as());
      expect(codeOf(long)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.tasks[3].title'] });
      expect(long.message.length).toBeLessThan(300);

      const outsider = await t.client.fails(Q.createMany, { input: { tasks: rows({ assigneeId: other.admin.userId }, 2) } }, as());
      expect(codeOf(outsider)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.tasks[2].assigneeId'] });
      expect(outsider.extensions?.fields?.[0].message).toBe('is not a member of this organisation');

      const blank = await t.client.fails(Q.createMany, { input: { tasks: rows({ title: '   ' }, 4) } }, as());
      expect(codeOf(blank)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.tasks[4].title'] });

      const elsewhere = await t.client.fails(
        Q.createMany,
        { input: { tasks: rows({ programmeId: (await newProgramme(asOther())).id }, 1) } },
        as(),
      );
      expect(codeOf(elsewhere)).toEqual({ code: 'NOT_FOUND' });

      const tooMany = Array.from({ length: 101 }, (_, i) => ({ programmeId: programme.id, title: `Row ${i}` }));
      expect(codeOf(await t.client.fails(Q.createMany, { input: { tasks: tooMany } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.tasks'],
      });
      expect(codeOf(await t.client.fails(Q.createMany, { input: { tasks: [] } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.tasks'],
      });

      expect((await list({ programmeId: programme.id })).totalCount).toBe(0);
      expect(await taskEvents(programme.id)).toEqual([]);

      const hundred = (await t.client.ok(Q.createMany, { input: { tasks: tooMany.slice(0, 100) } }, as())).createTasks;
      expect(hundred).toHaveLength(100);
    });
  });

  describe('changes', () => {
    it('edits title, description, priority and due date, one version at a time, and clears the due date', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Draft the map', dueDate: '2030-01-01' });
      const edited = (
        await t.client.ok(
          Q.update,
          {
            input: {
              taskId: task.id,
              version: 1,
              title: 'Draft the coproduction map',
              description: 'Use the service list',
              priority: 'URGENT',
              dueDate: '2030-02-28',
            },
          },
          as(),
        )
      ).updateTask as TaskView;
      expect(edited).toMatchObject({
        title: 'Draft the coproduction map',
        description: 'Use the service list',
        priority: 'URGENT',
        dueDate: '2030-02-28',
        version: 2,
        step: 'MAP',
      });
      expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(task.updatedAt).getTime());

      const cleared = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 2, clearDueDate: true } }, as()))
        .updateTask as TaskView;
      expect(cleared).toMatchObject({ dueDate: null, version: 3, title: 'Draft the coproduction map' });

      const nothing = await t.client.fails(Q.update, { input: { taskId: task.id, version: 3 } }, as());
      expect(codeOf(nothing)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input'] });
      const both = await t.client.fails(
        Q.update,
        { input: { taskId: task.id, version: 3, dueDate: '2030-01-01', clearDueDate: true } },
        as(),
      );
      expect(codeOf(both)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.clearDueDate'] });

      const updates = (await taskEvents(programme.id)).filter((e) => e.type === 'TASK_UPDATED');
      expect(updates.map((e) => e.payload)).toEqual([
        {
          programmeId: programme.id,
          taskId: task.id,
          step: 'MAP',
          cycle: 1,
          fields: ['description', 'dueDate', 'priority', 'title'],
          priority: 'URGENT',
          previousPriority: 'MEDIUM',
        },
        { programmeId: programme.id, taskId: task.id, step: 'MAP', cycle: 1, fields: ['dueDate'] },
      ]);
      expect(JSON.stringify(updates)).not.toMatch(/coproduction map|service list|2030/);
    });

    it('moves a task to another step and back', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Find the champions' });
      const moved = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 1, step: 'PEOPLE' } }, as())).updateTask as TaskView;
      expect(moved).toMatchObject({ step: 'PEOPLE', cycle: 1, version: 2 });
      expect(titles(await list({ programmeId: programme.id, step: 'PEOPLE' }))).toEqual(['Find the champions']);
      expect(titles(await list({ programmeId: programme.id, step: 'MAP' }))).toEqual([]);
      const [event] = (await taskEvents(programme.id)).filter((e) => e.type === 'TASK_UPDATED');
      expect(event.payload).toMatchObject({ fields: ['step'], step: 'PEOPLE', previousStep: 'MAP' });
    });

    it('assigns to a member, refuses anyone outside the organisation, and unassigns', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Call the tenants association' });
      const assigned = (
        await t.client.ok(Q.assign, { input: { taskId: task.id, version: 1, assigneeId: people.CONTRIBUTOR.userId } }, as())
      ).assignTask;
      expect(assigned).toMatchObject({ assigneeId: people.CONTRIBUTOR.userId, version: 2 });

      for (const outsider of [other.admin.userId, randomUUID()]) {
        const refused = await t.client.fails(Q.assign, { input: { taskId: task.id, version: 2, assigneeId: outsider } }, as());
        expect(codeOf(refused)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.assigneeId'] });
        expect(refused.message).toMatch(/not a member of this organisation/);
      }
      const refusedAtCreation = await t.client.fails(
        Q.create,
        { input: { programmeId: programme.id, title: 'x', assigneeId: other.admin.userId } },
        as(),
      );
      expect(codeOf(refusedAtCreation)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.assigneeId'] });
      expect((await read(task.id)).assigneeId).toBe(people.CONTRIBUTOR.userId);

      const unassigned = (await t.client.ok(Q.assign, { input: { taskId: task.id, version: 2, assigneeId: null } }, as())).assignTask;
      expect(unassigned).toMatchObject({ assigneeId: null, version: 3 });
      const events = (await taskEvents(programme.id)).filter((e) => e.type === 'TASK_ASSIGNED');
      expect(events.map((e) => [e.payload.assigneeId, e.payload.previousAssigneeId])).toEqual([
        [people.CONTRIBUTOR.userId, null],
        [null, people.CONTRIBUTOR.userId],
      ]);
    });

    it('completes a task, keeps completedAt while DONE, and clears it when reopened', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Publish the map', status: 'IN_PROGRESS' });
      const done = (await t.client.ok(Q.complete, { input: { taskId: task.id, version: 1 } }, as())).completeTask as TaskView;
      expect(done).toMatchObject({ status: 'DONE', version: 2 });
      expect(done.completedAt).toEqual(expect.any(String));
      // Completing again changes nothing (but the version must still be current).
      expect((await t.client.ok(Q.complete, { input: { taskId: task.id, version: 2 } }, as())).completeTask).toEqual(done);
      expect(codeOf(await t.client.fails(Q.complete, { input: { taskId: task.id, version: 1 } }, as()))).toEqual({ code: 'CONFLICT' });

      const still = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 2, status: 'DONE', priority: 'LOW' } }, as()))
        .updateTask;
      expect(still).toMatchObject({ status: 'DONE', completedAt: done.completedAt, version: 3 });
      const reopened = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 3, status: 'BLOCKED' } }, as())).updateTask;
      expect(reopened).toMatchObject({ status: 'BLOCKED', completedAt: null, version: 4 });

      const events = await taskEvents(programme.id);
      expect(events.map((e) => e.type)).toEqual(['TASK_CREATED', 'TASK_COMPLETED', 'TASK_UPDATED', 'TASK_UPDATED']);
      expect(events[1].payload).toMatchObject({ taskId: task.id, previousStatus: 'IN_PROGRESS' });
      expect(events[3].payload).toMatchObject({ fields: ['status'], status: 'BLOCKED', previousStatus: 'DONE' });
    });

    it('deletes a task with the version seen, answering it as it was', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Obsolete' });
      const edited = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 1, priority: 'LOW' } }, as()))
        .updateTask as TaskView;
      const stale = await t.client.fails(Q.remove, { input: { taskId: task.id, version: 1 } }, as());
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await read(task.id)).toEqual(edited);

      const deleted = (await t.client.ok(Q.remove, { input: { taskId: task.id, version: 2 } }, as())).deleteTask;
      expect(deleted).toEqual(edited);
      expect(codeOf(await t.client.fails(Q.one, { id: task.id }, as()))).toEqual({ code: 'NOT_FOUND' });
      expect(codeOf(await t.client.fails(Q.remove, { input: { taskId: task.id, version: 2 } }, as()))).toEqual({ code: 'NOT_FOUND' });
      expect((await taskEvents(programme.id)).at(-1)).toMatchObject({
        type: 'TASK_DELETED',
        payload: { taskId: task.id, status: 'TODO', step: 'MAP' },
      });
    });

    it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Original', dueDate: '2030-05-05' });
      const current = (await t.client.ok(Q.update, { input: { taskId: task.id, version: 1, title: 'Second edit' } }, as()))
        .updateTask as TaskView;
      const eventsBefore = await journey(programme.id);

      const attempts = [
        () => t.client.fails(Q.update, { input: { taskId: task.id, version: 1, title: 'Lost edit', step: 'GROW' } }, as()),
        () => t.client.fails(Q.assign, { input: { taskId: task.id, version: 1, assigneeId: people.CONTRIBUTOR.userId } }, as()),
        () => t.client.fails(Q.complete, { input: { taskId: task.id, version: 1 } }, as()),
        () => t.client.fails(Q.remove, { input: { taskId: task.id, version: 1 } }, as()),
      ];
      for (const attempt of attempts) {
        const error = await attempt();
        expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
        expect(error.message).toMatch(/version 2/);
      }
      expect(await read(task.id)).toEqual(current);
      expect(await journey(programme.id)).toEqual(eventsBefore);
    });

    it('lets exactly one of ten concurrent edits with the same version through', async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Contested' });
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.client.request(Q.update, { input: { taskId: task.id, version: 1, title: `Edit ${i}` } }, as()),
        ),
      );
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(9);
      expect(await read(task.id)).toMatchObject({ version: 2, title: won[0].data.updateTask.title });
      expect((await taskEvents(programme.id)).map((e) => e.type)).toEqual(['TASK_CREATED', 'TASK_UPDATED']);
    });

    it("refuses changes to an archived programme's tasks, which stay readable", async () => {
      const programme = await newProgramme();
      const task = await create({ programmeId: programme.id, title: 'Left over' });
      await t.client.ok(Q.archiveProgramme, { input: { programmeId: programme.id, version: programme.version } }, as());
      const refusals = [
        await t.client.fails(Q.create, { input: { programmeId: programme.id, title: 'Too late' } }, as()),
        await t.client.fails(Q.update, { input: { taskId: task.id, version: 1, title: 'Too late' } }, as()),
        await t.client.fails(Q.assign, { input: { taskId: task.id, version: 1, assigneeId: org.admin.userId } }, as()),
        await t.client.fails(Q.complete, { input: { taskId: task.id, version: 1 } }, as()),
        await t.client.fails(Q.remove, { input: { taskId: task.id, version: 1 } }, as()),
      ];
      for (const error of refusals) {
        expect(codeOf(error)).toEqual({ code: 'INVALID_TRANSITION' });
        expect(error.message).toMatch(/archived/);
      }
      expect(await read(task.id)).toEqual(task);
    });
  });

  describe('filters', () => {
    it('filters by mine, created by me, step, status and assignee', async () => {
      const programme = await newProgramme();
      const contributor = as('CONTRIBUTOR');
      await create(
        { programmeId: programme.id, title: 'A: admin, for contributor', assigneeId: people.CONTRIBUTOR.userId, dueDate: '2031-01-03' },
        as(),
      );
      await create(
        {
          programmeId: programme.id,
          title: 'B: contributor, for contributor',
          assigneeId: people.CONTRIBUTOR.userId,
          step: 'FOCUS',
          dueDate: '2031-01-01',
        },
        contributor,
      );
      await create(
        { programmeId: programme.id, title: 'C: contributor, for consultant', assigneeId: people.CONSULTANT.userId, status: 'BLOCKED' },
        contributor,
      );
      await create(
        { programmeId: programme.id, title: 'D: admin, nobody', status: 'IN_PROGRESS', step: 'FOCUS', dueDate: '2031-01-02' },
        as(),
      );
      const p = { programmeId: programme.id };

      // Due date first, no due date last.
      expect(titles(await list(p))).toEqual([
        'B: contributor, for contributor',
        'D: admin, nobody',
        'A: admin, for contributor',
        'C: contributor, for consultant',
      ]);
      expect(titles(await list({ ...p, mine: true }, contributor))).toEqual([
        'B: contributor, for contributor',
        'A: admin, for contributor',
      ]);
      expect(titles(await list({ ...p, mine: false }, contributor))).toEqual(['D: admin, nobody', 'C: contributor, for consultant']);
      expect(titles(await list({ ...p, createdByMe: true }, contributor))).toEqual([
        'B: contributor, for contributor',
        'C: contributor, for consultant',
      ]);
      expect(titles(await list({ ...p, createdByMe: true }, as()))).toEqual(['D: admin, nobody', 'A: admin, for contributor']);
      expect(titles(await list({ ...p, step: 'FOCUS' }))).toEqual(['B: contributor, for contributor', 'D: admin, nobody']);
      expect(titles(await list({ ...p, status: ['BLOCKED', 'IN_PROGRESS'] }))).toEqual([
        'D: admin, nobody',
        'C: contributor, for consultant',
      ]);
      expect(titles(await list({ ...p, status: ['DONE'] }))).toEqual([]);
      expect(titles(await list({ ...p, assigneeId: people.CONSULTANT.userId }))).toEqual(['C: contributor, for consultant']);
      expect(titles(await list({ ...p, mine: true, step: 'MAP' }, contributor))).toEqual(['A: admin, for contributor']);
      expect((await list({ ...p, step: 'FOCUS' })).totalCount).toBe(2);

      // An organisation-wide "my work" includes tasks of every programme.
      const elsewhere = await newProgramme();
      await create({ programmeId: elsewhere.id, title: 'E: elsewhere, for contributor', assigneeId: people.CONTRIBUTOR.userId }, as());
      expect(titles(await list({ mine: true }, contributor))).toEqual(
        expect.arrayContaining(['A: admin, for contributor', 'E: elsewhere, for contributor']),
      );

      const empty = await t.client.fails(Q.list, { filter: { status: [] } }, as());
      expect(codeOf(empty)).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.status'] });
    });

    it("computes overdue in the organisation's time zone, where today may not be today in UTC", async () => {
      // Pago Pago is UTC-11 and Kiritimati UTC+14: their dates always differ, whatever the hour.
      const tz = await newOrganisation(t.client, 'Time Zone Council');
      const admin: As = { token: tz.admin.token, organisationId: tz.id };
      const setTimeZone = async (timeZone: string) => {
        const { version } = (await t.client.ok(IDENTITY.organisation, {}, admin)).organisation;
        await t.client.ok(IDENTITY.updateOrganisation, { input: { version, timeZone } }, admin);
      };
      const programme = await newProgramme(admin);
      const pagoToday = todayIn('Pacific/Pago_Pago');
      const [yesterday, today, ahead, doneYesterday] = (
        await t.client.ok(
          Q.createMany,
          {
            input: {
              tasks: [
                { programmeId: programme.id, title: 'due yesterday in Pago Pago', dueDate: todayIn('Pacific/Pago_Pago', -1) },
                { programmeId: programme.id, title: 'due today in Pago Pago', dueDate: pagoToday },
                { programmeId: programme.id, title: 'due tomorrow in Kiritimati', dueDate: todayIn('Pacific/Kiritimati', 1) },
                { programmeId: programme.id, title: 'done, due yesterday', dueDate: todayIn('Pacific/Pago_Pago', -1), status: 'DONE' },
                { programmeId: programme.id, title: 'no due date' },
              ],
            },
          },
          admin,
        )
      ).createTasks as TaskView[];

      await setTimeZone('Pacific/Pago_Pago');
      expect(titles(await list({ overdue: true }, admin))).toEqual([yesterday.title]);
      expect((await read(today.id, admin)).overdue).toBe(false);
      expect((await read(yesterday.id, admin)).overdue).toBe(true);
      expect((await list({ overdue: false }, admin)).totalCount).toBe(4);

      // Same tasks, same instant: in Kiritimati it is already a later day.
      await setTimeZone('Pacific/Kiritimati');
      expect(titles(await list({ overdue: true }, admin))).toEqual([yesterday.title, today.title]);
      expect((await read(today.id, admin)).overdue).toBe(true);
      expect(titles(await list({ overdue: false }, admin))).toEqual([doneYesterday.title, ahead.title, 'no due date']);
      const page = await list({}, admin);
      expect(Object.fromEntries(page.edges.map((e) => [e.node.title, e.node.overdue]))).toEqual({
        'due yesterday in Pago Pago': true,
        'due today in Pago Pago': true,
        'done, due yesterday': false,
        'due tomorrow in Kiritimati': false,
        'no due date': false,
      });
      // A mutation's answer computes it the same way.
      const moved = (await t.client.ok(Q.update, { input: { taskId: today.id, version: 1, priority: 'HIGH' } }, admin)).updateTask;
      expect(moved.overdue).toBe(true);
    });

    it('pages forward through changes since a time, oldest first, without skipping a task edited meanwhile', async () => {
      const programme = await newProgramme();
      const before = new Date(Date.now() - 1000).toISOString();
      const created = (
        await t.client.ok(
          Q.createMany,
          { input: { tasks: ['one', 'two', 'three', 'four', 'five'].map((title) => ({ programmeId: programme.id, title })) } },
          as(),
        )
      ).createTasks as TaskView[];
      const filter = { programmeId: programme.id, changedSince: before };

      const first = await list(filter, as(), { first: 2 });
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      // Edit a task already received: it moves to the end instead of shifting the others.
      const edited = (await t.client.ok(Q.update, { input: { taskId: first.edges[0].node.id, version: 1, priority: 'HIGH' } }, as()))
        .updateTask as TaskView;
      const second = await list(filter, as(), { first: 2, after: first.pageInfo.endCursor! });
      const third = await list(filter, as(), { first: 2, after: second.pageInfo.endCursor! });
      expect(second.pageInfo.hasNextPage).toBe(true);
      expect(third.pageInfo.hasNextPage).toBe(false);
      const seen = [...first.edges, ...second.edges, ...third.edges].map((e) => e.node);
      expect(new Set(seen.map((n) => n.id))).toEqual(new Set(created.map((c) => c.id)));
      expect(seen.at(-1)).toEqual(edited);
      const stamps = seen.map((n) => new Date(n.updatedAt).getTime());
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));

      // The next poll starts at the last change received (inclusive) and sees what changed since.
      // Any task but the one edited above (batch-created tasks share a timestamp, so which came first is up to their ids).
      const untouched = created.find((task) => task.id !== edited.id)!;
      const later = (await t.client.ok(Q.update, { input: { taskId: untouched.id, version: 1, step: 'FOCUS' } }, as()))
        .updateTask as TaskView;
      const poll = await list({ programmeId: programme.id, changedSince: edited.updatedAt }, as());
      expect(poll.edges.map((e) => e.node.id)).toEqual([edited.id, later.id]);
      expect((await list({ programmeId: programme.id, changedSince: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);

      // Cursors of the two orderings are not interchangeable.
      const dueOrdered = await list({ programmeId: programme.id }, as(), { first: 2 });
      expect(codeOf(await t.client.fails(Q.list, { filter, first: 2, after: dueOrdered.pageInfo.endCursor }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['after'],
      });
      expect(codeOf(await t.client.fails(Q.list, { filter: { changedSince: 'yesterday' } }, as())).code).toBe('BAD_USER_INPUT');
    });

    it('pages a due-date ordered list with totalCount', async () => {
      const programme = await newProgramme();
      await t.client.ok(
        Q.createMany,
        {
          input: {
            tasks: Array.from({ length: 7 }, (_, i) => ({ programmeId: programme.id, title: `T${i}`, dueDate: `2032-01-0${7 - i}` })),
          },
        },
        as(),
      );
      const pages: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list({ programmeId: programme.id }, as(), { first: 3, after });
        expect(page.totalCount).toBe(7);
        pages.push(titles(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(pages).toEqual([['T6', 'T5', 'T4'], ['T3', 'T2', 'T1'], ['T0']]);
    });

    it("lists a programme's tasks on the programme, for many programmes in a fixed number of statements", async () => {
      const owner = await newOrganisation(t.client, 'Batch Council');
      const admin: As = { token: owner.admin.token, organisationId: owner.id };
      const counter = t.app.get(QueryCounter);
      const statementsFor = async () => {
        const start = counter.total;
        const data = await t.client.ok(Q.programmesWithTasks, { filter: { status: ['TODO', 'DONE'] } }, admin);
        return {
          statements: counter.total - start,
          programmes: data.programmes.edges.map((e: { node: { id: string; tasks: Page } }) => e.node),
        };
      };
      const addProgramme = async (tasks: number) => {
        const programme = await newProgramme(admin);
        if (tasks) {
          const input = Array.from({ length: tasks }, (_, i) => ({
            programmeId: programme.id,
            title: `${programme.id.slice(0, 4)}-${i}`,
            dueDate: `2033-01-0${i + 1}`,
          }));
          await t.client.ok(Q.createMany, { input: { tasks: input } }, admin);
        }
        return programme.id;
      };
      const ids = [await addProgramme(3), await addProgramme(0)];
      const few = await statementsFor();
      ids.push(await addProgramme(1), await addProgramme(5), await addProgramme(2), await addProgramme(4));
      const many = await statementsFor();
      expect(many.programmes).toHaveLength(6);
      expect(many.statements).toBe(few.statements);

      const byId = new Map(many.programmes.map((p: { id: string; tasks: Page }) => [p.id, p.tasks]));
      const sizes = [3, 0, 1, 5, 2, 4];
      ids.forEach((id, i) => {
        const tasks = byId.get(id) as Page;
        expect(tasks.totalCount).toBe(sizes[i]);
        expect(tasks.edges.map((e) => e.node.title)).toEqual(
          Array.from({ length: Math.min(2, sizes[i]) }, (_, n) => `${id.slice(0, 4)}-${n}`),
        );
        expect(tasks.pageInfo.hasNextPage).toBe(sizes[i] > 2);
        for (const edge of tasks.edges) expect(edge.node.programmeId).toBe(id);
      });

      // The organisation's list too: the same statements for 2 tasks as for 15.
      const listStatements = async (filter: Record<string, unknown>) => {
        const start = counter.total;
        const page = await list(filter, admin);
        return { statements: counter.total - start, size: page.edges.length };
      };
      const small = await listStatements({ programmeId: ids[4] });
      const large = await listStatements({ overdue: false });
      expect([small.size, large.size]).toEqual([2, 15]);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('bad input', () => {
    let programmeId: string;
    let task: TaskView;
    beforeAll(async () => {
      programmeId = (await newProgramme()).id;
      task = await create({ programmeId, title: 'Untouched' });
    });
    const nothingChanged = async () => {
      expect(await read(task.id)).toEqual(task);
      expect((await list({ programmeId })).totalCount).toBe(1);
    };

    it('refuses a 10,000-character title, naming the field', async () => {
      for (const [query, input] of [
        [Q.create, { programmeId, title: 't'.repeat(10_000) }],
        [Q.update, { taskId: task.id, version: 1, title: 't'.repeat(10_000) }],
      ] as const) {
        const error = await t.client.fails(query, { input }, as());
        expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.title'] });
        expect(error.extensions?.fields?.[0].message).toBe('must be 1 to 200 characters long');
        expect(error.message.length).toBeLessThan(300);
      }
      await nothingChanged();
    });

    it.each(['2024-02-30', 'tomorrow', '2024-2-3', ''])('refuses the due date %p, naming the field', async (dueDate) => {
      for (const [query, input] of [
        [Q.create, { programmeId, title: 'Dated', dueDate }],
        [Q.update, { taskId: task.id, version: 1, dueDate }],
      ] as const) {
        const error = await t.client.fails(query, { input }, as());
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(/input\.dueDate/);
        expect(error.message).toMatch(/YYYY-MM-DD/);
      }
      await nothingChanged();
    });

    it('refuses an unknown step, naming the field', async () => {
      for (const [query, input] of [
        [Q.create, { programmeId, title: 'Stepped', step: 'DREAM' }],
        [Q.update, { taskId: task.id, version: 1, step: 'DREAM' }],
      ] as const) {
        const error = await t.client.fails(query, { input }, as());
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(/input\.step/);
        expect(error.message).toMatch(/DREAM/);
      }
      const filter = await t.client.fails(Q.list, { filter: { step: 'DREAM' } }, as());
      expect(filter.extensions?.code).toBe('BAD_USER_INPUT');
      expect(filter.message).toMatch(/filter\.step/);
      // Written in the document instead of a variable, it fails validation.
      const literal = await t.client.fails(
        `mutation { createTask(input: { programmeId: "${programmeId}", title: "x", step: DREAM }) { id } }`,
        {},
        as(),
      );
      expect(literal.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      await nothingChanged();
    });

    it('refuses ids that are not ids, a blank title and a version below 1', async () => {
      expect(codeOf(await t.client.fails(Q.create, { input: { programmeId: 'programme-1', title: 'x' } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.programmeId'],
      });
      expect(codeOf(await t.client.fails(Q.create, { input: { programmeId, title: '' } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.title'],
      });
      expect(codeOf(await t.client.fails(Q.update, { input: { taskId: task.id, version: 0, title: 'x' } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.version'],
      });
      expect(codeOf(await t.client.fails(Q.assign, { input: { taskId: task.id, version: 1, assigneeId: 'someone' } }, as()))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.assigneeId'],
      });
      expect(codeOf(await t.client.fails(Q.one, { id: 'task-1' }, as()))).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
      await nothingChanged();
    });
  });

  describe('roles and tenancy', () => {
    it('lets a CONTRIBUTOR work on tasks, and a VIEWER only read them (FORBIDDEN, nothing changed)', async () => {
      const programme = await newProgramme();
      const contributor = as('CONTRIBUTOR');
      const task = await create({ programmeId: programme.id, title: 'By a contributor' }, contributor);
      expect(task.createdBy).toBe(people.CONTRIBUTOR.userId);
      const [second] = (
        await t.client.ok(Q.createMany, { input: { tasks: [{ programmeId: programme.id, title: 'Another' }] } }, contributor)
      ).createTasks;
      await t.client.ok(Q.update, { input: { taskId: task.id, version: 1, title: 'Edited by a contributor' } }, contributor);
      await t.client.ok(Q.assign, { input: { taskId: task.id, version: 2, assigneeId: people.CONTRIBUTOR.userId } }, contributor);
      const done = (await t.client.ok(Q.complete, { input: { taskId: task.id, version: 3 } }, contributor)).completeTask as TaskView;
      await t.client.ok(Q.remove, { input: { taskId: second.id, version: 1 } }, contributor);

      const viewer = as('VIEWER');
      const attempts: Array<[string, Record<string, unknown>]> = [
        [Q.create, { programmeId: programme.id, title: 'By a viewer' }],
        [Q.createMany, { tasks: [{ programmeId: programme.id, title: 'By a viewer' }] }],
        [Q.update, { taskId: task.id, version: done.version, title: 'By a viewer' }],
        [Q.assign, { taskId: task.id, version: done.version, assigneeId: people.VIEWER.userId }],
        [Q.complete, { taskId: task.id, version: done.version }],
        [Q.remove, { taskId: task.id, version: done.version }],
      ];
      for (const [query, input] of attempts) expect(codeOf(await t.client.fails(query, { input }, viewer))).toEqual({ code: 'FORBIDDEN' });
      expect(await read(task.id, viewer)).toEqual(done);
      expect(titles(await list({ programmeId: programme.id }, viewer))).toEqual(['Edited by a contributor']);
    });

    it("answers NOT_FOUND for another organisation's tasks and programmes, and never lists them", async () => {
      const theirProgramme = await newProgramme(asOther());
      const theirs = await create({ programmeId: theirProgramme.id, title: 'Their task' }, asOther());
      const ours = await newProgramme();

      expect(codeOf(await t.client.fails(Q.one, { id: theirs.id }, as()))).toEqual({ code: 'NOT_FOUND' });
      expect(codeOf(await t.client.fails(Q.one, { id: randomUUID() }, as()))).toEqual({ code: 'NOT_FOUND' });
      expect(codeOf(await t.client.fails(Q.create, { input: { programmeId: theirProgramme.id, title: 'Intrusion' } }, as()))).toEqual({
        code: 'NOT_FOUND',
      });
      expect(codeOf(await t.client.fails(Q.create, { input: { programmeId: randomUUID(), title: 'Nowhere' } }, as()))).toEqual({
        code: 'NOT_FOUND',
      });
      for (const [query, input] of [
        [Q.update, { taskId: theirs.id, version: 1, title: 'Hijacked' }],
        [Q.assign, { taskId: theirs.id, version: 1, assigneeId: org.admin.userId }],
        [Q.complete, { taskId: theirs.id, version: 1 }],
        [Q.remove, { taskId: theirs.id, version: 1 }],
      ] as const) {
        expect(codeOf(await t.client.fails(query, { input }, as()))).toEqual({ code: 'NOT_FOUND' });
      }
      expect((await list({ programmeId: theirProgramme.id }, as())).totalCount).toBe(0);
      expect(codeOf(await t.client.fails(Q.journey, { id: theirProgramme.id }, as()))).toEqual({ code: 'NOT_FOUND' });
      // ...and the other way round.
      expect(codeOf(await t.client.fails(Q.create, { input: { programmeId: ours.id, title: 'Intrusion' } }, asOther()))).toEqual({
        code: 'NOT_FOUND',
      });
      expect(await read(theirs.id, asOther())).toEqual(theirs);
      expect((await journey(theirProgramme.id, asOther())).filter((e) => e.type.startsWith('TASK_'))).toHaveLength(1);
    });
  });

  it("writes every change to the programme's history, in order, with consecutive sequence numbers", async () => {
    const programme = await newProgramme();
    const task = await create({ programmeId: programme.id, title: 'Journey' });
    await t.client.ok(Q.update, { input: { taskId: task.id, version: 1, step: 'FOCUS' } }, as());
    await t.client.ok(Q.assign, { input: { taskId: task.id, version: 2, assigneeId: people.CONSULTANT.userId } }, as());
    await t.client.ok(Q.complete, { input: { taskId: task.id, version: 3 } }, as('CONSULTANT'));
    await t.client.ok(Q.remove, { input: { taskId: task.id, version: 4 } }, as());

    const events = await journey(programme.id);
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    const tasks = events.filter((e) => e.type.startsWith('TASK_'));
    expect(tasks.map((e) => [e.type, e.actorUserId])).toEqual([
      ['TASK_CREATED', org.admin.userId],
      ['TASK_UPDATED', org.admin.userId],
      ['TASK_ASSIGNED', org.admin.userId],
      ['TASK_COMPLETED', people.CONSULTANT.userId],
      ['TASK_DELETED', org.admin.userId],
    ]);
    for (const event of tasks) expect(event.payload).toMatchObject({ programmeId: programme.id, taskId: task.id });
    expect(JSON.stringify(tasks)).not.toMatch(/Journey/);
  });
});
