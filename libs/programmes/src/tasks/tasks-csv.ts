import type { CsvColumn } from '@app/http';
import type { Step } from '@app/workflow';
import type { TaskPriority, TaskStatus } from './task.entity';

/**
 * # The tasks CSV export
 *
 * `GET /exports/tasks.csv` (every task of the organisation) or `GET /exports/tasks.csv?programmeId=<id>`
 * (one programme's, in every cycle). READ: every role. Written by libs/http's `csvTable`, so as every
 * export: UTF-8 with a byte-order mark, RFC 4180 quoting, text cells escaped against formula
 * injection (a leading `'` before `=`, `+`, `-`, `@`, a tab or a carriage return).
 *
 * One task a row, by programme (name, then id), cycle, step in the five steps' order, then when the
 * task was captured. Codes are the API's (`MAP`, `IN_PROGRESS`, `HIGH`); dates are `YYYY-MM-DD`;
 * times are `YYYY-MM-DD HH:MM` in the organisation's time zone. The columns, in this order:
 *
 * | column      | what it holds                                                                         |
 * |-------------|---------------------------------------------------------------------------------------|
 * | task_id     | the task's id                                                                         |
 * | programme_id| its programme's id                                                                    |
 * | programme   | its programme's name                                                                  |
 * | cycle       | the programme cycle it belongs to (1, 2, …)                                           |
 * | step        | MAP, FOCUS, PEOPLE, MARKET or GROW                                                    |
 * | title       |                                                                                       |
 * | description | may hold line breaks                                                                  |
 * | status      | TODO, IN_PROGRESS, BLOCKED or DONE                                                    |
 * | priority    | LOW, MEDIUM, HIGH or URGENT                                                           |
 * | assignee    | the display name of the member it is given to; empty when nobody; `(no longer a member)` when they left |
 * | due_date    | empty when none                                                                       |
 * | overdue     | yes when due before today (in the organisation's time zone) and not done              |
 * | done_at     | when it was done; empty unless DONE                                                   |
 * | created_at  | when it was captured                                                                  |
 */

/** A task as the export reads it (tasks-csv.service.ts). */
export interface TaskExportRecord {
  id: string;
  programmeId: string;
  programmeName: string;
  cycle: number;
  step: Step;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assignee: string | null;
  dueDate: string | null;
  overdue: boolean;
  doneAt: string | null;
  createdAt: string;
}

export const TASK_CSV_COLUMNS: readonly CsvColumn<TaskExportRecord>[] = [
  { name: 'task_id', cell: (t) => t.id },
  { name: 'programme_id', cell: (t) => t.programmeId },
  { name: 'programme', cell: (t) => t.programmeName },
  { name: 'cycle', cell: (t) => t.cycle },
  { name: 'step', cell: (t) => t.step },
  { name: 'title', cell: (t) => t.title },
  { name: 'description', cell: (t) => t.description },
  { name: 'status', cell: (t) => t.status },
  { name: 'priority', cell: (t) => t.priority },
  { name: 'assignee', cell: (t) => t.assignee },
  { name: 'due_date', cell: (t) => t.dueDate },
  { name: 'overdue', cell: (t) => t.overdue },
  { name: 'done_at', cell: (t) => t.doneAt },
  { name: 'created_at', cell: (t) => t.createdAt },
];

/** What the assignee column says of someone who is no longer a member of the organisation. */
export const FORMER_MEMBER = '(no longer a member)';
