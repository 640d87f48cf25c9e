import { BadInputError, type Connection, decodeCursor, type PageArgs, toConnection } from '@app/common';
import type { Task } from './task.model';
import type { TaskFilter } from './tasks.args';

/**
 * The SQL of the task lists, kept together so that "overdue" and the orderings are written
 * once. Rows come back shaped as the GraphQL `Task`, with `overdue` computed in the
 * organisation's time zone, which the caller passes as a parameter (identity owns the
 * organisation's row: OrganisationsService.timeZone).
 */

/** A task as the list queries return it: `changedAt` is `updated_at` to the microsecond, for poll cursors. */
export type TaskRow = Task & { overdue: boolean; changedAt: string };

/** Rows, total matching on all pages, and whether a next page exists. Destructures as `[rows, total]`. */
export type TaskPage = [rows: TaskRow[], total: number, hasNextPage: boolean];

/**
 * The same rule as `isOverdue` in task.model.ts: due before today where the organisation is, and
 * not DONE. `zone` is the placeholder of the organisation's time zone.
 */
export const overdue = (zone: string) => `(t.due_date < (now() AT TIME ZONE ${zone}::text)::date AND t.status <> 'DONE')`;

export const TASK_FROM = `FROM task t`;

/** A task's columns as the GraphQL `Task`; `zone` is the placeholder of the organisation's time zone. */
export const taskColumns = (zone: string) => `t.id, t.organisation_id AS "organisationId", t.programme_id AS "programmeId", t.cycle, t.step,
  t.title, t.description, t.status, t.priority, t.assignee_id AS "assigneeId", t.due_date::text AS "dueDate",
  t.created_by AS "createdBy", t.workshop_id AS "workshopId", t.completed_at AS "completedAt", t.version, t.created_at AS "createdAt",
  t.updated_at AS "updatedAt", COALESCE(${overdue(zone)}, false) AS overdue,
  to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "changedAt"`;

/** Pollers read changes oldest first; everyone else sees what is due first. `id` makes both total. */
const BY_CHANGE = `t.updated_at, t.id`;
const BY_DUE_DATE = `t.due_date ASC NULLS LAST, t.created_at, t.id`;

/** Parameters numbered as they are added, so conditions can be composed in any order. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface Position {
  changedAt: string;
  id: string;
}

/**
 * A changedSince list pages by position (after this change), not by offset, so that a task
 * edited while a poller pages moves to the end of the list instead of shifting the others
 * and making the poller skip one.
 */
function encodePosition(row: Pick<TaskRow, 'changedAt' | 'id'>): string {
  return Buffer.from(`k:${row.changedAt}|${row.id}`).toString('base64url');
}

function decodePosition(after: string | undefined): Position | null {
  if (!after) return null;
  const match = /^k:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f-]{36})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw BadInputError.field('after', 'is not a cursor this server gave out for a changedSince list');
  return { changedAt: match[1], id: match[2] };
}

export interface TaskListQuery {
  params: SqlParams;
  /**
   * The placeholder of the organisation's time zone (for `taskColumns`), its value added to the
   * parameters at the first call: a statement may not carry a parameter it does not use, so a
   * count taken without it copies the parameters before.
   */
  zone: () => string;
  /** Conditions of the filter, without the page position. */
  where: string;
  order: string;
  /** A changedSince list: ordered by change, paged by position. */
  byChange: boolean;
  /** Set for changedSince lists after their first page: the rows that come after it. */
  after: string | null;
  offset: number;
  limit: number;
}

export interface Viewer {
  organisationId: string;
  userId: string | null;
  /** The organisation's IANA time zone, in which "overdue" is reckoned. */
  timeZone: string;
}

/** Turns a filter and page arguments into SQL conditions over `task t`. */
export function taskListQuery(viewer: Viewer, filter: TaskFilter = {}, args: PageArgs = {}): TaskListQuery {
  const params = new SqlParams();
  const where = [`t.organisation_id = ${params.add(viewer.organisationId)}`];
  let placeholder: string | undefined;
  const zone = () => (placeholder ??= params.add(viewer.timeZone));
  const me = (field: string) => {
    if (!viewer.userId) throw BadInputError.field(`filter.${field}`, 'needs a signed-in person: an API key has no tasks of its own');
    return params.add(viewer.userId);
  };
  if (filter.mine !== undefined && filter.mine !== null)
    where.push(`t.assignee_id ${filter.mine ? '=' : 'IS DISTINCT FROM'} ${me('mine')}`);
  if (filter.createdByMe !== undefined && filter.createdByMe !== null)
    where.push(`t.created_by ${filter.createdByMe ? '=' : 'IS DISTINCT FROM'} ${me('createdByMe')}`);
  if (filter.overdue === true) where.push(overdue(zone()));
  if (filter.overdue === false) where.push(`NOT COALESCE(${overdue(zone())}, false)`);
  if (filter.step) where.push(`t.step = ${params.add(filter.step)}`);
  if (filter.status?.length) where.push(`t.status = ANY(${params.add(filter.status)}::varchar[])`);
  if (filter.assigneeId) where.push(`t.assignee_id = ${params.add(filter.assigneeId)}`);
  if (filter.programmeId) where.push(`t.programme_id = ${params.add(filter.programmeId)}`);
  if (filter.cycle) where.push(`t.cycle = ${params.add(filter.cycle)}`);

  const limit = args.first ?? 20;
  if (!filter.changedSince)
    return {
      params,
      zone,
      where: where.join(' AND '),
      order: BY_DUE_DATE,
      byChange: false,
      after: null,
      offset: decodeCursor(args.after),
      limit,
    };

  where.push(`t.updated_at >= ${params.add(filter.changedSince.toISOString())}::timestamptz`);
  const position = decodePosition(args.after);
  const after = position
    ? `(t.updated_at, t.id) > (${params.add(position.changedAt)}::timestamptz, ${params.add(position.id)}::uuid)`
    : null;
  return { params, zone, where: where.join(' AND '), order: BY_CHANGE, byChange: true, after, offset: 0, limit };
}

/** `filter AND position` as SQL. */
export function withPosition(query: TaskListQuery): string {
  return query.after ? `${query.where} AND ${query.after}` : query.where;
}

/** How many rows match on all pages, and how many come after the page position. */
export function countColumns(query: TaskListQuery): string {
  return `count(*)::int AS total, count(*) FILTER (WHERE ${query.after ?? 'true'})::int AS remaining`;
}

/** Whether rows remain after this page: by offset, or by what follows the position for changedSince lists. */
export function hasNextPage(query: TaskListQuery, rows: number, total: number, remaining: number): boolean {
  return query.byChange ? remaining > rows : query.offset + rows < total;
}

export function toTaskConnection([rows, total, hasNext]: TaskPage, filter: TaskFilter | undefined, args: PageArgs): Connection<Task> {
  if (!filter?.changedSince) return toConnection(rows, total, args);
  const edges = rows.map((node) => ({ cursor: encodePosition(node), node }));
  return { edges, totalCount: total, pageInfo: { hasNextPage: hasNext, endCursor: edges.at(-1)?.cursor ?? null } };
}
