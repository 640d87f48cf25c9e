import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { csvLocalTime, csvTable, type ExportQuery, fileNamePart } from '@app/http';
import { OrganisationsService, UsersService } from '@app/identity';
import { STEPS } from '@app/workflow';
import { ProgrammesService } from '../programmes/programmes.service';
import type { TaskPriority, TaskStatus } from './task.entity';
import { overdue } from './task-queries';
import { FORMER_MEMBER, TASK_CSV_COLUMNS, type TaskExportRecord } from './tasks-csv';

/** Tasks read per statement: each page's assignees are named in one more. */
const PAGE_SIZE = 1000;

interface TaskExportRow {
  id: string;
  programmeId: string;
  programmeName: string;
  cycle: number;
  step: TaskExportRecord['step'];
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  dueDate: string | null;
  overdue: boolean;
  completedAt: Date | null;
  createdAt: Date;
  /** Where the page ends, for the next page's keyset: [programme name key, programme id, cycle, step position, created at]. */
  sortKey: [string, string, number, number, string];
}

/** The tasks CSV export (the format is in `tasks-csv.ts`). */
@Injectable()
export class TasksCsvService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  /**
   * The file's name and its stream. The programme is checked first (another organisation's is
   * NOT_FOUND, before anything is sent); the rows are then read a page at a time as the stream
   * is drained, never all at once.
   */
  async export(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    const programme = query.programmeId ? await this.programmes.get(ctx, query.programmeId) : null;
    const timeZone = await this.organisations.timeZone(ctx);
    return {
      name: programme ? `tasks-${fileNamePart(programme.name, 'programme')}` : 'tasks',
      stream: csvTable(TASK_CSV_COLUMNS, this.records(ctx, programme?.id ?? null, timeZone)),
    };
  }

  private async *records(ctx: RequestContext, programmeId: string | null, timeZone: string): AsyncGenerator<TaskExportRecord> {
    const names = new Map<string, string>();
    for await (const page of this.pages(ctx, programmeId, timeZone)) {
      const unknown = [...new Set(page.flatMap((t) => (t.assigneeId && !names.has(t.assigneeId) ? [t.assigneeId] : [])))];
      for (const user of await this.users.membersByIds(ctx, unknown)) names.set(user.id, user.displayName);
      for (const id of unknown) if (!names.has(id)) names.set(id, FORMER_MEMBER);
      for (const { assigneeId, completedAt, createdAt, sortKey: _, ...task } of page) {
        yield {
          ...task,
          assignee: assigneeId ? names.get(assigneeId)! : null,
          doneAt: csvLocalTime(completedAt, timeZone),
          createdAt: csvLocalTime(createdAt, timeZone)!,
        };
      }
    }
  }

  /** The organisation's tasks (or one programme's) in the export's order, a page at a time by keyset. */
  private async *pages(ctx: RequestContext, programmeId: string | null, timeZone: string): AsyncGenerator<TaskExportRow[]> {
    const order = `lower(p.name), p.id, t.cycle, array_position($3::text[], t.step::text), t.created_at, t.id`;
    let after: [...TaskExportRow['sortKey'], string] | null = null;
    for (;;) {
      const page: TaskExportRow[] = await this.db.query(
        ctx,
        `SELECT t.id, t.programme_id AS "programmeId", p.name AS "programmeName", t.cycle, t.step, t.title, t.description,
                t.status, t.priority, t.assignee_id AS "assigneeId", t.due_date::text AS "dueDate",
                COALESCE(${overdue('$4')}, false) AS overdue, t.completed_at AS "completedAt", t.created_at AS "createdAt",
                json_build_array(lower(p.name), p.id, t.cycle, array_position($3::text[], t.step::text), t.created_at) AS "sortKey"
           FROM task t JOIN programme p ON p.id = t.programme_id AND p.organisation_id = t.organisation_id
          WHERE t.organisation_id = $1 AND ($2::uuid IS NULL OR t.programme_id = $2::uuid)
            AND ($5::text IS NULL OR (${order}) > ($5::text, $6::uuid, $7::int, $8::int, $9::timestamptz, $10::uuid))
          ORDER BY ${order} LIMIT ${PAGE_SIZE}`,
        [ctx.tenantId, programmeId, [...STEPS], timeZone, ...(after ?? [null, null, null, null, null, null])],
      );
      if (page.length) yield page;
      if (page.length < PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = [...last.sortKey, last.id];
    }
  }
}
