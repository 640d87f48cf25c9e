import { Injectable, Module } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { Step } from '@app/workflow';

/** A task someone should hear about: due tomorrow, or overdue. */
export interface TaskReminder {
  taskId: string;
  programmeId: string;
  programmeName: string;
  title: string;
  dueDate: string;
  overdue: boolean;
}

/** A step of a programme's current cycle whose target date has passed while it is not completed. */
export interface StepReminder {
  stepId: string;
  programmeId: string;
  programmeName: string;
  step: Step;
  targetDate: string;
}

/**
 * What reminders need from programmes, for one person in the organisation `ctx` acts for. The
 * dates are the person's own (their today and tomorrow where they are), not the organisation's,
 * so the caller passes them; only ACTIVE programmes remind (a paused one waits on purpose).
 */
@Injectable()
export class ProgrammeReminders {
  constructor(private readonly db: Database) {}

  /** Tasks assigned to `userId`, not DONE, due `tomorrow` or before `today`. */
  tasksFor(ctx: RequestContext, userId: string, today: string, tomorrow: string): Promise<TaskReminder[]> {
    return this.db.query<TaskReminder>(
      ctx,
      `SELECT t.id AS "taskId", t.programme_id AS "programmeId", p.name AS "programmeName", t.title,
              t.due_date::text AS "dueDate", t.due_date < $3::date AS overdue
         FROM task t JOIN programme p ON p.id = t.programme_id AND p.organisation_id = t.organisation_id
        WHERE t.organisation_id = $1 AND t.assignee_id = $2 AND t.status <> 'DONE' AND p.status = 'ACTIVE'
          AND (t.due_date < $3::date OR t.due_date = $4::date)
        ORDER BY t.due_date, p.name, t.title, t.id`,
      [ctx.tenantId, userId, today, tomorrow],
    );
  }

  /**
   * Steps of the current cycle past their target date (before `today`), of programmes `userId`
   * drives: the programme's owner, or the step's own.
   */
  stepsPastTarget(ctx: RequestContext, userId: string, today: string): Promise<StepReminder[]> {
    return this.db.query<StepReminder>(
      ctx,
      `SELECT ps.id AS "stepId", p.id AS "programmeId", p.name AS "programmeName", ps.step, ps.target_date::text AS "targetDate"
         FROM programme_step ps JOIN programme p ON p.id = ps.programme_id AND p.organisation_id = ps.organisation_id
        WHERE ps.organisation_id = $1 AND ps.cycle = p.cycle AND p.status = 'ACTIVE' AND ps.state <> 'COMPLETED'
          AND ps.target_date < $3::date AND (p.owner_id = $2 OR ps.owner_id = $2)
        ORDER BY ps.target_date, p.name, ps.step`,
      [ctx.tenantId, userId, today],
    );
  }
}

/** Only the reminders, for a process without the rest of programmes (apps/worker). */
@Module({ providers: [ProgrammeReminders], exports: [ProgrammeReminders] })
export class ProgrammeRemindersModule {}
