import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, InvalidTransitionError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { ProgrammesModule } from '../programmes.module';
import { StepName } from '../step.enum';
import { TaskPriority, TaskStatus } from './task.model';
import { TasksService } from './tasks.service';

/** Tasks on a real database: defaults, versions, batches, history without free text, lists, tenancy. */
describe('TasksService', () => {
  let module: TestingModule;
  let tasks: TasksService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let colleague: string;
  let programme: ProgrammeEntity;

  beforeAll(async () => {
    module = await serviceTestingModule(ProgrammesModule);
    tasks = module.get(TasksService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    colleague = (await newUser(db, 'Colleague')).id;
    await addMember(db, ctx.tenantId, colleague, Role.CONTRIBUTOR);
    programme = await programmes.create(ctx, { name: 'Tasked' });
  });
  afterAll(() => module.close());

  const events = (taskId: string) =>
    ownerQuery<{ type: string; payload: Record<string, unknown> }>(
      db,
      `SELECT type, payload FROM event WHERE payload->>'taskId' = $1 ORDER BY id`,
      [taskId],
    );
  const create = (title = 'Call the library', extra: Partial<Parameters<TasksService['create']>[1]> = {}, context = ctx) =>
    tasks.create(context, { programmeId: programme.id, title, ...extra });

  it("captures a task at the programme's current step with the defaults, and records it", async () => {
    const task = await create('  Call the library  ');
    expect(task).toMatchObject({
      title: 'Call the library',
      step: 'MAP',
      cycle: 1,
      status: TaskStatus.TODO,
      priority: TaskPriority.MEDIUM,
      assigneeId: null,
      createdBy: ctx.userId,
      completedAt: null,
      version: 1,
      overdue: false,
    });
    expect(await events(task.id)).toEqual([
      {
        type: 'TASK_CREATED',
        payload: {
          programmeId: programme.id,
          taskId: task.id,
          step: 'MAP',
          cycle: 1,
          status: 'TODO',
          priority: 'MEDIUM',
          assigneeId: null,
        },
      },
    ]);
    const done = await create('Already done', { status: TaskStatus.DONE, step: StepName.FOCUS });
    expect(done).toMatchObject({ step: 'FOCUS', status: 'DONE' });
    expect(done.completedAt).toBeInstanceOf(Date);
  });

  it('creates a batch all or nothing, naming the row at fault', async () => {
    const title = `Batch ${randomUUID()}`;
    const error = await tasks
      .createMany(ctx, {
        tasks: [
          { programmeId: programme.id, title, assigneeId: colleague },
          { programmeId: programme.id, title, assigneeId: otherCtx.userId },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems).toEqual([
      { field: 'input.tasks[1].assigneeId', message: 'is not a member of this organisation' },
    ]);
    expect(await ownerQuery(db, `SELECT 1 FROM task WHERE title = $1`, [title])).toEqual([]);
    const made = await tasks.createMany(ctx, {
      tasks: [
        { programmeId: programme.id, title },
        { programmeId: programme.id, title, assigneeId: colleague },
      ],
    });
    expect(made.map((t) => t.assigneeId)).toEqual([null, colleague]);
  });

  it('edits at the version seen; the history names the fields and the step, status and priority values, never the text', async () => {
    const task = await create('Draft the survey');
    const sameTime = await tasks.update(ctx, {
      taskId: task.id,
      version: 1,
      title: 'Secret plans',
      status: TaskStatus.DONE,
      priority: TaskPriority.HIGH,
    });
    expect(sameTime).toMatchObject({ title: 'Secret plans', status: 'DONE', version: 2 });
    const completedAt = sameTime.completedAt;
    expect(completedAt).toBeInstanceOf(Date);
    // DONE again keeps when it was first done; another status clears it.
    expect((await tasks.update(ctx, { taskId: task.id, version: 2, status: TaskStatus.DONE })).completedAt).toEqual(completedAt);
    expect((await tasks.update(ctx, { taskId: task.id, version: 3, status: TaskStatus.BLOCKED })).completedAt).toBeNull();
    await expect(tasks.update(ctx, { taskId: task.id, version: 1, title: 'Stale' })).rejects.toThrow(ConflictError);

    const [, updated] = await events(task.id);
    expect(updated).toEqual({
      type: 'TASK_UPDATED',
      payload: {
        programmeId: programme.id,
        taskId: task.id,
        step: 'MAP',
        cycle: 1,
        fields: ['priority', 'status', 'title'],
        status: 'DONE',
        previousStatus: 'TODO',
        priority: 'HIGH',
        previousPriority: 'MEDIUM',
      },
    });
    expect(JSON.stringify(await events(task.id))).not.toContain('Secret');
  });

  it('refuses an edit that changes nothing or contradicts itself, naming the field', async () => {
    const task = await create();
    const none = await tasks.update(ctx, { taskId: task.id, version: 1 }).catch((e: unknown) => e);
    expect((none as BadInputError).problems.map((p) => p.field)).toEqual(['input']);
    const both = await tasks
      .update(ctx, { taskId: task.id, version: 1, dueDate: '2031-01-01', clearDueDate: true })
      .catch((e: unknown) => e);
    expect((both as BadInputError).problems.map((p) => p.field)).toEqual(['input.clearDueDate']);
    expect((await tasks.update(ctx, { taskId: task.id, version: 1, dueDate: '2031-01-01' })).dueDate).toBe('2031-01-01');
    expect((await tasks.update(ctx, { taskId: task.id, version: 2, clearDueDate: true })).dueDate).toBeNull();
  });

  it('assigns only to members; giving it to whoever has it changes nothing', async () => {
    const task = await create();
    const stranger = await tasks.assign(ctx, { taskId: task.id, version: 1, assigneeId: otherCtx.userId }).catch((e: unknown) => e);
    expect((stranger as BadInputError).problems.map((p) => p.field)).toEqual(['input.assigneeId']);
    const assigned = await tasks.assign(ctx, { taskId: task.id, version: 1, assigneeId: colleague });
    expect(assigned).toMatchObject({ assigneeId: colleague, version: 2 });
    expect((await tasks.assign(ctx, { taskId: task.id, version: 2, assigneeId: colleague })).version).toBe(2);
    expect((await tasks.assign(ctx, { taskId: task.id, version: 2, assigneeId: null })).assigneeId).toBeNull();
    expect((await events(task.id)).map((e) => [e.type, e.payload.assigneeId, e.payload.previousAssigneeId])).toEqual([
      ['TASK_CREATED', null, undefined],
      ['TASK_ASSIGNED', colleague, null],
      ['TASK_ASSIGNED', null, colleague],
    ]);
  });

  it('completes once, and deletes at the version seen, answering the task as it was', async () => {
    const task = await create();
    const done = await tasks.complete(ctx, { taskId: task.id, version: 1 });
    expect(done).toMatchObject({ status: 'DONE', version: 2 });
    expect(await tasks.complete(ctx, { taskId: task.id, version: 2 })).toMatchObject({ version: 2, completedAt: done.completedAt });
    await expect(tasks.delete(ctx, { taskId: task.id, version: 1 })).rejects.toThrow(ConflictError);
    expect(await tasks.delete(ctx, { taskId: task.id, version: 2 })).toMatchObject({ id: task.id, status: 'DONE' });
    await expect(tasks.get(ctx, task.id)).rejects.toThrow(NotFoundError);
    expect((await events(task.id)).map((e) => e.type)).toEqual(['TASK_CREATED', 'TASK_COMPLETED', 'TASK_DELETED']);
  });

  it("keeps another organisation's tasks out of reach", async () => {
    const task = await create();
    await expect(tasks.get(otherCtx, task.id)).rejects.toThrow(NotFoundError);
    expect(await tasks.byIds(otherCtx, [task.id])).toEqual([]);
    await expect(tasks.complete(otherCtx, { taskId: task.id, version: 1 })).rejects.toThrow(NotFoundError);
    await expect(tasks.create(otherCtx, { programmeId: programme.id, title: 'Theirs' })).rejects.toThrow(NotFoundError);
    expect((await tasks.todayIn(otherCtx, [ctx.tenantId, otherCtx.tenantId])).has(ctx.tenantId)).toBe(false);
  });

  it("lists by filter: mine, overdue in the organisation's time zone, status; one page per programme", async () => {
    const listed = await programmes.create(ctx, { name: 'Listed' });
    const make = (title: string, extra = {}) => tasks.create(ctx, { programmeId: listed.id, title, ...extra });
    const late = await make('Late', { dueDate: '2001-01-01', assigneeId: ctx.userId });
    const lateButDone = await make('Late but done', { dueDate: '2001-01-01', status: TaskStatus.DONE });
    const later = await make('Later', { dueDate: '2099-01-01', assigneeId: colleague });
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

    const [all, total, hasNext] = await tasks.page(ctx, { programmeId: listed.id }, { first: 2 });
    expect([ids(all), total, hasNext]).toEqual([[late.id, lateButDone.id], 3, true]);
    expect(all[0].overdue).toBe(true);
    expect(ids((await tasks.page(ctx, { programmeId: listed.id, overdue: true }))[0])).toEqual([late.id]);
    expect(ids((await tasks.page(ctx, { programmeId: listed.id, mine: true }))[0])).toEqual([late.id]);
    expect(ids((await tasks.page(ctx, { programmeId: listed.id, mine: false }))[0])).toEqual([lateButDone.id, later.id]);
    expect(ids((await tasks.page(ctx, { programmeId: listed.id, status: [TaskStatus.DONE] }))[0])).toEqual([lateButDone.id]);

    const key = new RequestContext(randomUUID());
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Sync', organisationId: ctx.tenantId };
    key.organisationId = ctx.tenantId;
    key.role = Role.CONTRIBUTOR;
    const mine = await tasks.page(key, { mine: true }).catch((e: unknown) => e);
    expect((mine as BadInputError).problems.map((p) => p.field)).toEqual(['filter.mine']);

    const unknown = randomUUID();
    const pages = await tasks.pageByProgramme(ctx, [listed.id, programme.id, unknown], { status: [TaskStatus.TODO] }, { first: 1 });
    expect(pages.get(listed.id)).toEqual([[expect.objectContaining({ id: late.id })], 2, true]);
    expect(pages.get(programme.id)![0]).toHaveLength(1);
    expect(pages.get(unknown)).toEqual([[], 0, false]);
  });

  it('refuses every change to the tasks of an archived programme', async () => {
    const archived = await programmes.create(ctx, { name: 'Archived' });
    const task = await tasks.create(ctx, { programmeId: archived.id, title: 'Left over' });
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    await expect(tasks.create(ctx, { programmeId: archived.id, title: 'Too late' })).rejects.toThrow(InvalidTransitionError);
    await expect(tasks.update(ctx, { taskId: task.id, version: 1, title: 'Too late' })).rejects.toThrow(InvalidTransitionError);
    await expect(tasks.complete(ctx, { taskId: task.id, version: 1 })).rejects.toThrow(InvalidTransitionError);
    await expect(tasks.delete(ctx, { taskId: task.id, version: 1 })).rejects.toThrow(InvalidTransitionError);
    expect(await tasks.get(ctx, task.id)).toMatchObject({ title: 'Left over', version: 1 });
  });
});
