import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { ProgrammeStatus, Step, StepState } from '@app/workflow';
import type { TaskPriority, TaskStatus } from '../tasks/task.entity';

/** A step's target date, as a calendar shows it (the step row's id names it for good). */
export interface DatedStep {
  id: string;
  step: Step;
  state: StepState;
  targetDate: string;
}

/** A programme as a calendar shows it: what names it, its version, and its current cycle's steps that have a target date. */
export interface DatedProgramme {
  id: string;
  name: string;
  status: ProgrammeStatus;
  cycle: number;
  /** Rises with every change of the programme or of its steps (a step's change moves the programme's version on). */
  version: number;
  updatedAt: Date;
  steps: DatedStep[];
}

/** An open task with a due date, with the name of its programme. */
export interface DueTask {
  id: string;
  programmeId: string;
  programmeName: string;
  step: Step;
  title: string;
  status: TaskStatus;
  priority: TaskPriority;
  dueDate: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The most of each kind one read answers: a calendar is a view of what is coming, not an export. */
export const MOST_DATED_ROWS = 1000;

/**
 * The dates programmes hold, for calendars (libs/calendars reads them through this service, as
 * it may not name our tables): step target dates and open tasks' due dates, each kind in one
 * statement whatever the number of programmes.
 */
@Injectable()
export class ProgrammeDatesService {
  constructor(private readonly db: Database) {}

  /**
   * The organisation's programmes with these ids, or those a person takes part in: they own it,
   * own one of its current steps, or have an open task in it (archived programmes left out).
   */
  programmes(ctx: RequestContext, scope: { ids: readonly string[] } | { involving: string }): Promise<DatedProgramme[]> {
    const which =
      'ids' in scope
        ? `p.id = ANY($2::uuid[])`
        : `p.status <> 'ARCHIVED' AND (p.owner_id = $2
             OR EXISTS (SELECT 1 FROM programme_step s WHERE s.organisation_id = p.organisation_id AND s.programme_id = p.id
                          AND s.cycle = p.cycle AND s.owner_id = $2)
             OR EXISTS (SELECT 1 FROM task t WHERE t.organisation_id = p.organisation_id AND t.programme_id = p.id
                          AND t.assignee_id = $2 AND t.status <> 'DONE'))`;
    return this.db.query<DatedProgramme>(
      ctx,
      `SELECT p.id, p.name, p.status, p.cycle, p.version, p.updated_at AS "updatedAt",
              COALESCE((SELECT json_agg(json_build_object('id', s.id, 'step', s.step, 'state', s.state, 'targetDate', s.target_date::text)
                                        ORDER BY s.target_date, s.id)
                          FROM programme_step s
                         WHERE s.organisation_id = p.organisation_id AND s.programme_id = p.id AND s.cycle = p.cycle
                           AND s.target_date IS NOT NULL), '[]'::json) AS steps
         FROM programme p
        WHERE p.organisation_id = $1 AND ${which}
        ORDER BY p.name, p.id LIMIT ${MOST_DATED_ROWS}`,
      [ctx.tenantId, 'ids' in scope ? [...scope.ids] : scope.involving],
    );
  }

  /** Open tasks with a due date, soonest first: those of these programmes, or those assigned to a person (outside archived programmes). */
  dueTasks(ctx: RequestContext, scope: { programmeIds: readonly string[] } | { assigneeId: string }): Promise<DueTask[]> {
    const which = 'programmeIds' in scope ? `t.programme_id = ANY($2::uuid[])` : `t.assignee_id = $2 AND p.status <> 'ARCHIVED'`;
    return this.db.query<DueTask>(
      ctx,
      `SELECT t.id, t.programme_id AS "programmeId", p.name AS "programmeName", t.step, t.title, t.status, t.priority,
              t.due_date::text AS "dueDate", t.version, t.created_at AS "createdAt", t.updated_at AS "updatedAt"
         FROM task t JOIN programme p ON p.organisation_id = t.organisation_id AND p.id = t.programme_id
        WHERE t.organisation_id = $1 AND t.due_date IS NOT NULL AND t.status <> 'DONE' AND ${which}
        ORDER BY t.due_date, t.id LIMIT ${MOST_DATED_ROWS}`,
      [ctx.tenantId, 'programmeIds' in scope ? [...scope.programmeIds] : scope.assigneeId],
    );
  }
}
