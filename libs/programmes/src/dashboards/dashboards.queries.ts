/**
 * The dashboards' SQL: each statement is set-based (GROUP BY, FILTER, window functions) and
 * reaches rows through indexed columns (organisation_id, programme_id), so the number of
 * statements a dashboard costs never depends on the amount of data, and one organisation's
 * dashboard does not slow down as other organisations' data grows.
 *
 * Time: "today", "overdue" and "days in step" are computed in the organisation's
 * time zone, which the caller passes (identity owns the organisation's row and keeps its zone:
 * OrganisationsService.timeZone); a CTE (`org`) turns it into today's date once per statement.
 * `$1` is always the organisation id, `$2` its time zone.
 */

/** The organisation's time zone and today's date there. */
const ORG = `org AS (SELECT $2::text AS time_zone, (now() AT TIME ZONE $2::text)::date AS today)`;

/** Whole calendar days in the organisation's zone from the day a step started to today or the day it completed. */
const DAYS_IN_STEP = `CASE WHEN ps.started_at IS NULL THEN NULL ELSE GREATEST(0,
    ((CASE WHEN ps.state = 'COMPLETED' AND ps.completed_at IS NOT NULL THEN ps.completed_at ELSE now() END) AT TIME ZONE org.time_zone)::date
    - (ps.started_at AT TIME ZONE org.time_zone)::date) END`;

/** Also the order of IDX_programme_listing (migration 1796450000031): change both together. */
const STATUS_ORDER = `CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END`;

/** Also the order of IDX_task_open_due and IDX_task_open_assignee_due (migration 1796420000090): change both together. */
const PRIORITY_ORDER = `CASE t.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END`;

export interface StepRow {
  id: string;
  programme_id: string;
  cycle: number;
  step: string;
  state: string;
  owner_id: string | null;
  target_date: string | null;
  started_at: Date | null;
  completed_at: Date | null;
  time_zone: string;
  today: string;
  days_in_step: number | null;
  target_missed: boolean;
  tasks_total: number;
  tasks_done: number;
  tasks_overdue: number;
}

/**
 * The steps of many (programme, cycle) pairs with their task tallies: $3 programme ids,
 * $4 their cycles (same order). One statement for any number of programmes.
 *
 * Each step counts its own tasks (LATERAL, from IDX_task_programme_step alone) rather than joining
 * a grouping, which the generic plan of this kept statement could run again for every step (26 ms
 * of 28 for 50 programmes).
 */
export const PROGRAMME_STEPS = `
WITH ${ORG},
keys AS (SELECT DISTINCT k.programme_id, k.cycle FROM unnest($3::uuid[], $4::int[]) AS k(programme_id, cycle))
SELECT ps.id, ps.programme_id, ps.cycle, ps.step, ps.state, ps.owner_id, ps.target_date, ps.started_at, ps.completed_at,
       org.time_zone, org.today,
       ${DAYS_IN_STEP} AS days_in_step,
       (ps.target_date IS NOT NULL AND ps.state <> 'COMPLETED' AND ps.target_date < org.today) AS target_missed,
       tl.total AS tasks_total, tl.done AS tasks_done, tl.overdue AS tasks_overdue
  FROM keys k
  JOIN programme_step ps ON ps.programme_id = k.programme_id AND ps.cycle = k.cycle
  CROSS JOIN org
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE t.status = 'DONE')::int AS done,
           count(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < org.today)::int AS overdue
      FROM task t
     WHERE t.programme_id = ps.programme_id AND t.cycle = ps.cycle AND t.step = ps.step AND t.organisation_id = $1
  ) tl
 WHERE ps.organisation_id = $1`;

// ---------------------------------------------------------------------------------------------
// The organisation dashboard: its parts ("sections") as scalar subqueries of ONE statement.
// The resolver asks for the parts the client selected, in the same tick, through one DataLoader;
// `organisationSections` writes the statement for exactly those parts, each as a JSON column,
// so the whole organisation dashboard is one statement, the gates of the listed programmes'
// current steps included (GatesService writes that part: `GatesService.inputsSql`).

export type SectionRequest =
  | { part: 'summary' }
  | { part: 'programmes'; first: number; includeArchived: boolean }
  | { part: 'overdue'; first: number }
  | { part: 'mine'; first: number; userId: string };

export interface SummaryJson {
  step: string;
  status: string;
  programmes: number;
}

export interface ListedProgrammeJson {
  id: string;
  name: string;
  status: string;
  currentStep: string;
  cycle: number;
  ownerId: string | null;
  stepId: string | null;
  stepState: string | null;
  stepOwnerId: string | null;
  targetDate: string | null;
  daysInStep: number | null;
  tasksOpen: number;
  tasksOverdue: number;
}

export interface TaskJson {
  id: string;
  title: string;
  programmeId: string;
  programmeName: string;
  step: string;
  cycle: number;
  status: string;
  priority: string;
  dueDate: string | null;
  assigneeId: string | null;
  daysOverdue: number;
}

export interface TaskListJson {
  total: number;
  overdueTotal?: number;
  tasks: TaskJson[];
}

export interface SectionsRow {
  time_zone: string;
  today: string;
  /** What the gates of the listed programmes' current steps need (GatesService.readInputs), when programmes are listed. */
  gates?: unknown;
  [column: `s${number}`]: unknown;
}

const TASK_JSON = `json_build_object('id', x.id, 'title', x.title, 'programmeId', x.programme_id, 'programmeName', x.programme_name,
      'step', x.step, 'cycle', x.cycle, 'status', x.status, 'priority', x.priority, 'dueDate', x.due_date, 'assigneeId', x.assignee_id,
      'daysOverdue', CASE WHEN x.due_date < org.today THEN org.today - x.due_date ELSE 0 END)`;

/**
 * A listed task, its programme's name read for it alone. The lists keep to tasks of running
 * programmes with `RUNNING_PROGRAMME`, a subquery per task rather than a join: the planner cannot
 * turn it into a hash join (which the prepared statement's generic plan, blind to how many tasks
 * one organisation has, chose), so the list reads its index in order and stops at its limit.
 */
const TASK_SELECT = `t.id, t.title, t.programme_id,
       (SELECT p.name FROM programme p WHERE p.id = t.programme_id AND p.organisation_id = $1) AS programme_name,
       t.step, t.cycle, t.status, t.priority, t.due_date, t.assignee_id`;

/** Work still to do lives in programmes that still run (so do the counts of migration 1796450000030). */
const RUNNING_PROGRAMME = `(SELECT p.status FROM programme p WHERE p.id = t.programme_id AND p.organisation_id = $1) IN ('ACTIVE', 'PAUSED')`;

/** Programme counts by current step × status, as kept by migration 1796450000030 (programme_tally). */
const summarySection = () => `(
  SELECT coalesce(json_agg(json_build_object('step', c.current_step, 'status', c.status, 'programmes', c.programmes)), '[]')
    FROM programme_tally c WHERE c.organisation_id = $1 AND c.programmes > 0
)`;

/**
 * The first programmes (ACTIVE, PAUSED, COMPLETED, then ARCHIVED when asked; each by name), each
 * with its current step: a CTE, since the gates read its steps too.
 */
const listedProgrammes = (first: string, includeArchived: string) => `(
  SELECT l.*, ps.id AS step_id, ps.state AS step_state, ps.owner_id AS step_owner_id, ps.target_date, ${DAYS_IN_STEP} AS days_in_step
    FROM (SELECT p.id, p.name, p.status, p.current_step, p.cycle, p.owner_id, ${STATUS_ORDER} AS status_order
            FROM programme p
           WHERE p.organisation_id = $1 AND (${includeArchived}::boolean OR p.status <> 'ARCHIVED')
           ORDER BY status_order, p.name, p.id
           LIMIT ${first}) l
    CROSS JOIN org
    -- LATERAL, so each listed programme finds its step by UQ_programme_step rather than the organisation's steps being hashed.
    LEFT JOIN LATERAL (
      SELECT ps.* FROM programme_step ps
       WHERE ps.programme_id = l.id AND ps.cycle = l.cycle AND ps.step = l.current_step AND ps.organisation_id = $1 LIMIT 1
    ) ps ON true
)`;

/** The listed programmes (CTE `listed`) with their tasks (all cycles): open, and overdue. */
const programmesSection = (listed: string) => `(
  SELECT coalesce(json_agg(json_build_object(
           'id', l.id, 'name', l.name, 'status', l.status, 'currentStep', l.current_step, 'cycle', l.cycle, 'ownerId', l.owner_id,
           'stepId', l.step_id, 'stepState', l.step_state, 'stepOwnerId', l.step_owner_id, 'targetDate', l.target_date,
           'daysInStep', l.days_in_step, 'tasksOpen', coalesce(tl.open, 0), 'tasksOverdue', coalesce(tl.overdue, 0))
         ORDER BY l.status_order, l.name, l.id), '[]')
    FROM ${listed} l
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE t.status <> 'DONE')::int AS open,
             count(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < org.today)::int AS overdue
        FROM task t WHERE t.programme_id = l.id AND t.organisation_id = $1
    ) tl ON true
)`;

/**
 * Overdue tasks of running programmes, earliest due first (then by priority), the first few, and
 * how many in all. The first few come by index order (IDX_task_open_due) and stop at the limit;
 * the total sums the kept counts of open tasks in running programmes (open_task_tally, migration
 * 1796450000030) due before today: a row per assignee and date, however many tasks.
 */
const overdueSection = (first: string) => `(
  SELECT json_build_object(
           'total', (SELECT coalesce(sum(c.tasks), 0)::int FROM open_task_tally c WHERE c.organisation_id = $1 AND c.due_date < org.today),
           'tasks', coalesce(json_agg(${TASK_JSON} ORDER BY x.due_date, x.priority_order, x.id), '[]'))
    FROM (SELECT ${TASK_SELECT}, ${PRIORITY_ORDER} AS priority_order
            FROM task t
           WHERE t.organisation_id = $1 AND t.status <> 'DONE' AND t.due_date < org.today AND ${RUNNING_PROGRAMME}
           ORDER BY t.due_date, ${PRIORITY_ORDER}, t.id LIMIT ${first}) x
)`;

/**
 * A person's open tasks in running programmes, by due date (undated last), the first few, with
 * totals: by index order (IDX_task_open_assignee_due) and from the kept counts, as above.
 */
const mineSection = (first: string, userId: string) => `(
  SELECT json_build_object(
           'total', c.total, 'overdueTotal', c.overdue_total,
           'tasks', coalesce((SELECT json_agg(${TASK_JSON} ORDER BY x.due_date NULLS LAST, x.priority_order, x.id)
              FROM (SELECT ${TASK_SELECT}, ${PRIORITY_ORDER} AS priority_order
                      FROM task t
                     WHERE t.organisation_id = $1 AND t.assignee_id = ${userId}::uuid AND t.status <> 'DONE' AND ${RUNNING_PROGRAMME}
                     ORDER BY t.due_date NULLS LAST, ${PRIORITY_ORDER}, t.id LIMIT ${first}) x), '[]'))
    FROM (SELECT coalesce(sum(c.tasks), 0)::int AS total, coalesce(sum(c.tasks) FILTER (WHERE c.due_date < org.today), 0)::int AS overdue_total
            FROM open_task_tally c WHERE c.organisation_id = $1 AND c.assignee_id = ${userId}::uuid) c
)`;

/** What the statement needs of GatesService: the SQL reading the gates of `steps` (a SELECT of `id` and `programme_id`). */
export type GateInputsWriter = (steps: string, param: (value: unknown) => string) => { ctes: string; column: string };

/**
 * One statement for the parts asked for: column `s<i>` holds the JSON of `requests[i]`, beside
 * the organisation's zone and today, and, when programmes are listed, column `gates` holds what
 * the gates of their current steps need (`gateInputs`). `$1` is the organisation id, `$2` its
 * zone; the parts' arguments follow.
 */
export function organisationSections(
  organisationId: string,
  timeZone: string,
  requests: readonly SectionRequest[],
  gateInputs: GateInputsWriter,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [organisationId, timeZone];
  const param = (value: unknown) => `$${params.push(value)}`;
  const ctes = [ORG];
  const listed: string[] = [];
  const columns = requests.map((request, i) => {
    switch (request.part) {
      case 'summary':
        return `${summarySection()} AS s${i}`;
      case 'programmes':
        ctes.push(`listed_${i} AS ${listedProgrammes(param(request.first), param(request.includeArchived))}`);
        listed.push(`listed_${i}`);
        return `${programmesSection(`listed_${i}`)} AS s${i}`;
      case 'overdue':
        return `${overdueSection(param(request.first))} AS s${i}`;
      case 'mine':
        return `${mineSection(param(request.first), param(request.userId))} AS s${i}`;
    }
  });
  if (listed.length) {
    const steps = listed.map((name) => `SELECT step_id AS id, id AS programme_id FROM ${name} WHERE step_id IS NOT NULL`).join(' UNION ');
    const gates = gateInputs(steps, param);
    ctes.push(gates.ctes);
    columns.push(`${gates.column} AS gates`);
  }
  return { sql: `WITH ${ctes.join(',\n')}\nSELECT org.time_zone, org.today${columns.map((c) => `,\n${c}`).join('')}\n  FROM org`, params };
}

export interface TickedRow {
  id: string;
  key: string;
  title: string;
  step: string;
  cycle: number;
  programme_id: string;
  programme_name: string;
  ticked_at: Date;
}

/** Checklist items $2 ticked in the last $3 days, newest first, the first $4 (reached through the organisation's programmes). */
export const RECENTLY_TICKED = `
SELECT ci.id, ci.key, ci.title, ci.step, ci.cycle, ci.programme_id, p.name AS programme_name, ci.ticked_at
  FROM programme p
  JOIN checklist_item ci ON ci.programme_id = p.id
 WHERE p.organisation_id = $1 AND ci.organisation_id = $1 AND ci.ticked_by = $2
   AND ci.ticked_at >= now() - make_interval(days => $3::int)
 ORDER BY ci.ticked_at DESC, ci.id
 LIMIT $4`;
