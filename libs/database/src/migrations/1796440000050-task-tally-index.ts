import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme's tasks with their organisation, status and due date in one index, so that the
 * dashboards' tallies (open and overdue tasks per listed programme; each current step's total and
 * done for its gate) read only that programme's entries, from the index alone. With the
 * organisation's id only in other indexes, the dashboard's prepared (generic) plan ANDed the
 * organisation's whole task index into every programme's look-up: with 1,000 programmes in one
 * organisation, 50 listed programmes read 20,000 entries each. The index keeps its name and its
 * leading columns (programme, cycle, step), so every other look-up that used it still can.
 */
export class TaskTallyIndex1796440000050 implements MigrationInterface {
  name = 'TaskTallyIndex1796440000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_task_programme_step"`);
    await q.query(
      `CREATE INDEX "IDX_task_programme_step" ON "task" ("programme_id", "cycle", "step", "organisation_id") INCLUDE ("status", "due_date")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_task_programme_step"`);
    await q.query(`CREATE INDEX "IDX_task_programme_step" ON "task" ("programme_id", "cycle", "step")`);
  }
}
