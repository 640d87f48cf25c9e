import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  definedOnly,
  type FieldProblem,
  InvalidTransitionError,
  NotFoundError,
  type PageArgs,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import type { EventPayload } from '@app/history';
import { MembershipsService, OrganisationsService } from '@app/identity';
import { programmeChangeRefusal } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { TaskEntity, TaskPriority, TaskStatus } from './task.entity';
import type { AssignTaskInput, CreateTaskInput, CreateTasksInput, TaskVersionInput, UpdateTaskInput } from './task.inputs';
import {
  countColumns,
  hasNextPage,
  TASK_FROM,
  taskColumns,
  taskListQuery,
  type TaskPage,
  type TaskRow,
  type Viewer,
  withPosition,
} from './task-queries';
import type { TaskFilter } from './tasks.args';

/** Which fields of an update may show their new value in the history (no free text: history holds no personal data). */
const VALUES_IN_HISTORY = ['step', 'status', 'priority'] as const;

/**
 * Tasks: capture, edit, assign, complete, delete, and the filtered lists. Every change locks
 * the programme row first, as advances and unticks do, so a gate that counts tasks is never
 * passed on a task that a concurrent change is reopening; and every change writes one event.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** One task; `link.workshopId` names the workshop it came out of (libs/workshops converts outputs this way). */
  create(ctx: RequestContext, input: CreateTaskInput, link: { workshopId?: string } = {}): Promise<TaskRow> {
    return this.db.transaction(
      ctx,
      async (em) => (await this.insert(em, ctx, [input], (field) => `input.${field}`, link.workshopId ?? null))[0],
    );
  }

  /** All or nothing: one bad row refuses the batch, naming that row's field. */
  createMany(ctx: RequestContext, input: CreateTasksInput): Promise<TaskRow[]> {
    return this.db.transaction(ctx, (em) => this.insert(em, ctx, input.tasks, (field, index) => `input.tasks[${index}].${field}`));
  }

  async update(ctx: RequestContext, input: UpdateTaskInput): Promise<TaskRow> {
    const { taskId, version, clearDueDate, ...rest } = input;
    const changes: Partial<TaskEntity> = definedOnly({ ...rest, title: rest.title?.trim() });
    if (clearDueDate) {
      if (changes.dueDate) throw BadInputError.field('input.clearDueDate', 'cannot be combined with input.dueDate');
      changes.dueDate = null;
    }
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give at least one field besides taskId and version');
    return this.db.transaction(ctx, async (em) => {
      const { task, programme } = await this.lockTask(em, ctx, input);
      if (changes.status) changes.completedAt = completedAtFor(changes.status, task);
      await updateVersioned(em, TaskEntity, 'Task', { id: task.id, organisationId: ctx.tenantId, version }, changes);
      const fields = Object.keys(changes)
        .filter((f) => f !== 'completedAt')
        .sort();
      const values = Object.fromEntries(
        VALUES_IN_HISTORY.filter((f) => f in changes).flatMap((f) => [
          [f, changes[f] as string],
          [`previous${f[0].toUpperCase()}${f.slice(1)}`, task[f]],
        ]),
      );
      await this.record(ctx, programme, 'TASK_UPDATED', task, { fields, ...values });
      return this.get(ctx, task.id);
    });
  }

  /** Gives the task to a member, or to nobody (null). Giving it to whoever has it changes nothing. */
  assign(ctx: RequestContext, input: AssignTaskInput): Promise<TaskRow> {
    const assigneeId = input.assigneeId ?? null;
    return this.db.transaction(ctx, async (em) => {
      const { task, programme } = await this.lockTask(em, ctx, input);
      if (task.assigneeId === assigneeId) return this.get(ctx, task.id);
      if (assigneeId) await this.requireMembers(ctx, [{ userId: assigneeId, field: 'input.assigneeId' }]);
      await updateVersioned(em, TaskEntity, 'Task', { id: task.id, organisationId: ctx.tenantId, version: input.version }, { assigneeId });
      await this.record(ctx, programme, 'TASK_ASSIGNED', task, { assigneeId, previousAssigneeId: task.assigneeId });
      return this.get(ctx, task.id);
    });
  }

  /** Sets the task DONE; a task already DONE stays as it is. */
  complete(ctx: RequestContext, input: TaskVersionInput): Promise<TaskRow> {
    return this.db.transaction(ctx, async (em) => {
      const { task, programme } = await this.lockTask(em, ctx, input);
      if (task.status === TaskStatus.DONE) return this.get(ctx, task.id);
      const changes = { status: TaskStatus.DONE, completedAt: completedAtFor(TaskStatus.DONE, task) };
      await updateVersioned(em, TaskEntity, 'Task', { id: task.id, organisationId: ctx.tenantId, version: input.version }, changes);
      await this.record(ctx, programme, 'TASK_COMPLETED', task, { previousStatus: task.status });
      return this.get(ctx, task.id);
    });
  }

  /** Deletes the task and answers it as it was. */
  delete(ctx: RequestContext, input: TaskVersionInput): Promise<TaskRow> {
    return this.db.transaction(ctx, async (em) => {
      const { task, programme } = await this.lockTask(em, ctx, input);
      const last = await this.get(ctx, task.id);
      if (!(await this.db.tenant(ctx, TaskEntity).delete({ id: task.id, version: input.version })))
        throw new ConflictError('Task', task.version);
      await this.record(ctx, programme, 'TASK_DELETED', task, { status: task.status });
      return last;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<TaskRow> {
    const [task] = await this.byIds(ctx, [id]);
    if (!task) throw new NotFoundError('Task', id);
    return task;
  }

  /** The organisation's tasks with these ids (others' ids are simply absent), in no particular order. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<TaskRow[]> {
    if (!ids.length) return [];
    return this.db.query<TaskRow>(ctx, `SELECT ${taskColumns('$3')} ${TASK_FROM} WHERE t.organisation_id = $1 AND t.id = ANY($2::uuid[])`, [
      ctx.tenantId,
      [...ids],
      await this.organisations.timeZone(ctx),
    ]);
  }

  /** One page of the organisation's tasks: one statement for the rows, one for the count. */
  async page(ctx: RequestContext, filter: TaskFilter = {}, args: PageArgs = {}): Promise<TaskPage> {
    const query = taskListQuery(await this.viewer(ctx), filter, args);
    const countValues = [...query.params.values];
    const columns = taskColumns(query.zone());
    const [rows, [count]] = await Promise.all([
      this.db.query<TaskRow>(
        ctx,
        `SELECT ${columns} ${TASK_FROM} WHERE ${withPosition(query)} ORDER BY ${query.order} OFFSET ${query.offset} LIMIT ${query.limit}`,
        query.params.values,
      ),
      this.db.query<{ total: number; remaining: number }>(
        ctx,
        `SELECT ${countColumns(query)} ${TASK_FROM} WHERE ${query.where}`,
        countValues,
      ),
    ]);
    return [rows, count.total, hasNextPage(query, rows.length, count.total, count.remaining)];
  }

  /**
   * The same page for each of several programmes (Programme.tasks on a list of programmes),
   * in two statements whatever their number: rows numbered within each programme, and counts
   * grouped by programme.
   */
  async pageByProgramme(
    ctx: RequestContext,
    programmeIds: readonly string[],
    filter: TaskFilter = {},
    args: PageArgs = {},
  ): Promise<Map<string, TaskPage>> {
    const query = taskListQuery(await this.viewer(ctx), filter, args);
    const ids = query.params.add([...programmeIds]);
    const countValues = [...query.params.values];
    const columns = taskColumns(query.zone());
    const [rows, counts] = await Promise.all([
      this.db.query<TaskRow & { position: string }>(
        ctx,
        `SELECT * FROM (
           SELECT ${columns}, row_number() OVER (PARTITION BY t.programme_id ORDER BY ${query.order}) AS position
             ${TASK_FROM} WHERE ${withPosition(query)} AND t.programme_id = ANY(${ids}::uuid[])
         ) page WHERE position > ${query.offset} AND position <= ${query.offset + query.limit} ORDER BY "programmeId", position`,
        query.params.values,
      ),
      this.db.query<{ programmeId: string; total: number; remaining: number }>(
        ctx,
        `SELECT t.programme_id AS "programmeId", ${countColumns(query)} ${TASK_FROM}
          WHERE ${query.where} AND t.programme_id = ANY(${ids}::uuid[]) GROUP BY t.programme_id`,
        countValues,
      ),
    ]);
    const pages = new Map<string, TaskPage>();
    for (const id of programmeIds) {
      const own = rows.filter((r) => r.programmeId === id).map(({ position: _, ...row }) => row as TaskRow);
      const count = counts.find((c) => c.programmeId === id) ?? { total: 0, remaining: 0 };
      pages.set(id, [own, count.total, hasNextPage(query, own.length, count.total, count.remaining)]);
    }
    return pages;
  }

  /** Who lists tasks, and the time zone in which "overdue" is reckoned. */
  private async viewer(ctx: RequestContext): Promise<Viewer> {
    return { organisationId: ctx.tenantId, userId: ctx.userIdOrNull, timeZone: await this.organisations.timeZone(ctx) };
  }

  /**
   * Today's date in the organisation's time zone, YYYY-MM-DD (for `overdue` on tasks that arrive
   * without it), keyed by organisation id. Only the caller's organisation is read: an id of
   * another organisation gets no entry, however it reached the loader.
   */
  async todayIn(ctx: RequestContext, organisationIds: readonly string[]): Promise<Map<string, string>> {
    if (!organisationIds.includes(ctx.tenantId)) return new Map();
    return new Map([[ctx.tenantId, await this.organisations.today(ctx)]]);
  }

  private async insert(
    em: EntityManager,
    ctx: RequestContext,
    inputs: readonly CreateTaskInput[],
    fieldOf: (field: string, index: number) => string,
    workshopId: string | null = null,
  ): Promise<TaskRow[]> {
    // Locked in one order, so that two batches over the same programmes cannot deadlock.
    const programmes = new Map<string, ProgrammeEntity>();
    for (const id of [...new Set(inputs.map((i) => i.programmeId))].sort()) {
      programmes.set(id, refuseIfArchived(await this.programmes.lock(em, ctx, id)));
    }
    await this.requireMembers(
      ctx,
      inputs.flatMap((input, index) => (input.assigneeId ? [{ userId: input.assigneeId, field: fieldOf('assigneeId', index) }] : [])),
    );
    const now = new Date();
    const tasks = this.db.tenant(ctx, TaskEntity);
    const saved = await tasks.save(
      inputs.map((input) => {
        const programme = programmes.get(input.programmeId)!;
        const status = input.status ?? TaskStatus.TODO;
        return tasks.create({
          programmeId: programme.id,
          cycle: programme.cycle,
          step: input.step ?? programme.currentStep,
          title: input.title.trim(),
          description: input.description ?? '',
          status,
          priority: input.priority ?? TaskPriority.MEDIUM,
          assigneeId: input.assigneeId ?? null,
          dueDate: input.dueDate ?? null,
          createdBy: ctx.userIdOrNull,
          completedAt: status === TaskStatus.DONE ? now : null,
          workshopId,
        });
      }),
    );
    for (const task of saved) {
      await this.record(ctx, programmes.get(task.programmeId)!, 'TASK_CREATED', task, {
        status: task.status,
        priority: task.priority,
        assigneeId: task.assigneeId,
        ...(task.workshopId ? { workshopId: task.workshopId } : {}),
      });
    }
    const byId = new Map(
      (
        await this.byIds(
          ctx,
          saved.map((t) => t.id),
        )
      ).map((row) => [row.id, row]),
    );
    return saved.map((task) => byId.get(task.id)!);
  }

  /**
   * The task and its programme, the programme row locked for the rest of the transaction.
   * The task is read again under the lock: every task change takes the same lock, so the
   * version seen here cannot move before this transaction ends.
   */
  private async lockTask(
    em: EntityManager,
    ctx: RequestContext,
    key: TaskVersionInput,
  ): Promise<{ task: TaskEntity; programme: ProgrammeEntity }> {
    const tasks = this.db.tenant(ctx, TaskEntity);
    const found = await tasks.get({ id: key.taskId }, 'Task');
    const programme = refuseIfArchived(await this.programmes.lock(em, ctx, found.programmeId));
    const task = await tasks.get({ id: key.taskId }, 'Task');
    if (task.version !== key.version) throw new ConflictError('Task', task.version);
    return { task, programme };
  }

  /** Refuses every assignee who is not a member, naming the field of each. */
  private async requireMembers(ctx: RequestContext, assignees: Array<{ userId: string; field: string }>): Promise<void> {
    const verdicts = new Map<string, boolean>();
    for (const userId of new Set(assignees.map((a) => a.userId))) verdicts.set(userId, await this.memberships.isMember(ctx, userId));
    const problems: FieldProblem[] = assignees
      .filter((a) => !verdicts.get(a.userId))
      .map((a) => ({ field: a.field, message: 'is not a member of this organisation' }));
    if (problems.length) throw new BadInputError(problems);
  }

  private record(ctx: RequestContext, programme: ProgrammeEntity, type: string, task: TaskEntity, payload: EventPayload): Promise<void> {
    return this.programmes.record(ctx, programme, type, { taskId: task.id, step: task.step, cycle: task.cycle, ...payload });
  }
}

/** An archived programme is final (libs/workflow `programmeChangeRefusal`): its tasks stay readable and no longer change. */
function refuseIfArchived(programme: ProgrammeEntity): ProgrammeEntity {
  const refusal = programmeChangeRefusal(programme.status, 'tasks');
  if (refusal) throw new InvalidTransitionError(refusal);
  return programme;
}

/** DONE keeps the time it was first done; any other status clears it. */
function completedAtFor(status: TaskStatus, task: TaskEntity): Date | null {
  if (status !== TaskStatus.DONE) return null;
  return task.status === TaskStatus.DONE ? task.completedAt : new Date();
}
