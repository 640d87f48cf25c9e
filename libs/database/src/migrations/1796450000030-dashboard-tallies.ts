import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, outsideTheWall, tenantWallStatements } from '../tenancy/tenant-wall';

/** Programmes whose open tasks count as work to do (libs/programmes/src/dashboards/dashboards.queries.ts, RUNNING_PROGRAMME). */
const RUNNING = `('ACTIVE', 'PAUSED')`;

/**
 * The class of the advisory locks that keep a programme's open-task counts right: a statement
 * writing tasks holds its programmes' keys shared, a change of a programme between running and not
 * holds its key exclusively, so neither counts from a view the other is about to change.
 */
const LOCK_CLASS = 1796450030;

/** How open_task_tally keys a task with no assignee, or no due date (its key is its primary key, so neither is NULL). */
const NOBODY = `'00000000-0000-0000-0000-000000000000'::uuid`;
const UNDATED = `'infinity'::date`;

/** A task's key in open_task_tally, from a row `r` of the task table or of a delta. */
const KEY = (r: string) => `${r}.organisation_id, coalesce(${r}.assignee_id, ${NOBODY}), coalesce(${r}.due_date, ${UNDATED})`;

/**
 * Counts kept from what a statement reads (a task's programme's status, a programme's open tasks)
 * are right only if the read sees what committed before its lock was granted: READ COMMITTED, the
 * level the server uses. Under a snapshot taken earlier they could drift, so such a write is refused.
 */
const READ_COMMITTED_ONLY = `IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'tasks and programmes are written under READ COMMITTED only: the dashboard counts (migration 1796450000030) read what committed';
  END IF;`;

/**
 * PL/pgSQL that adds `delta` (a SELECT of organisation_id, assignee_id, due_date, programme_id and
 * a signed count n) to open_task_tally in key order (`running`: only where the programme runs
 * now); rows that reach zero go, so an organisation's rows are the dates it has open tasks on.
 */
const upsertOpenTasks = (delta: string, { running }: { running: boolean }) => `
  INSERT INTO open_task_tally AS t (organisation_id, assignee_id, due_date, tasks)
  SELECT ${KEY('d')}, sum(d.n)
    FROM (${delta}) d
    ${running ? `JOIN programme p ON p.id = d.programme_id AND p.organisation_id = d.organisation_id WHERE p.status IN ${RUNNING}` : ''}
   GROUP BY 1, 2, 3
  HAVING sum(d.n) <> 0
   ORDER BY 1, 2, 3
  ON CONFLICT (organisation_id, assignee_id, due_date) DO UPDATE SET tasks = t.tasks + EXCLUDED.tasks;
  DELETE FROM open_task_tally t
   WHERE t.tasks = 0 AND (t.organisation_id, t.assignee_id, t.due_date) IN (SELECT ${KEY('d')} FROM (${delta}) d);`;

/** What a task statement adds (`delta` over its transition tables): read once its programmes' keys are held shared (task writers do not wait for each other). */
const addOpenTasks = (delta: string) => `
  ${READ_COMMITTED_ONLY}
  PERFORM pg_advisory_xact_lock_shared(${LOCK_CLASS}, k)
     FROM (SELECT DISTINCT hashtext(d.programme_id::text) AS k FROM (${delta}) d ORDER BY 1) keys;
  ${upsertOpenTasks(delta, { running: true })}`;

/** A programme that starts or stops running (rows o and n of the programme's transition tables). */
const FLIPPED = `(o.status IN ${RUNNING}) <> (n.status IN ${RUNNING})`;

const TASK_ROW = (r: string, n: number) => `SELECT ${r}.organisation_id, ${r}.assignee_id, ${r}.due_date, ${r}.programme_id, ${n} AS n`;
/** Only a task whose being open, assignee, due date or programme changed moves a count. */
const MOVED = `(n.assignee_id IS DISTINCT FROM o.assignee_id OR n.due_date IS DISTINCT FROM o.due_date OR n.programme_id <> o.programme_id)`;

/** `fn`'s triggers (`<fn>_insert`, `_update`, `_delete`): once per statement on `table`, with its transition tables. */
async function createStatementTriggers(q: QueryRunner, table: string, fn: string): Promise<void> {
  const transitions = {
    insert: 'NEW TABLE AS new_rows',
    update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    delete: 'OLD TABLE AS old_rows',
  };
  for (const [op, tables] of Object.entries(transitions)) {
    await q.query(
      `CREATE TRIGGER ${fn}_${op} AFTER ${op.toUpperCase()} ON "${table}" REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    );
  }
}

/**
 * The organisation dashboard's counts, kept as the data changes rather than counted per request,
 * so the dashboard costs the same whatever the number of an organisation's programmes and tasks
 * (libs/programmes/src/dashboards/dashboards.queries.ts reads them):
 *  - `programme_tally`: programmes by organisation, current step and status;
 *  - `open_task_tally`: open tasks (not DONE) of running programmes (ACTIVE or PAUSED) by
 *    organisation, assignee and due date: the overdue total sums the dates before today, a person's
 *    totals their own rows (a few dozen dates, however many tasks). An unassigned task counts under
 *    the nil id, an undated one under the date `infinity`, which is never overdue.
 * Only triggers write them; libs/programmes/src/dashboards/dashboard-tallies.entity.ts describes them.
 * Triggers keep them: per statement on `task` and `programme` (a bulk write adds its counts at
 * once, in key order, so concurrent writers take the rows' locks in one order), and per row before
 * a programme is deleted (its open tasks still exist then; the cascade that deletes them finds no
 * programme and counts nothing). Both tables are behind the tenancy wall: the triggers run as the
 * writer, in its organisation. Two transactions adding to the same count (the same organisation,
 * assignee and date) take turns on its row until the first commits, as writers of one row do.
 * `test/programmes/dashboard-tallies.e2e-spec.ts` rebuilds them from the records after every kind
 * of change and compares.
 */
export class DashboardTallies1796450000030 implements MigrationInterface {
  name = 'DashboardTallies1796450000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "programme_tally" ("organisation_id" uuid NOT NULL, "current_step" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "programmes" integer NOT NULL, CONSTRAINT "PK_programme_tally" PRIMARY KEY ("organisation_id", "current_step", "status"), CONSTRAINT "FK_programme_tally_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE)`,
    );
    await q.query(
      `CREATE TABLE "open_task_tally" ("organisation_id" uuid NOT NULL, "assignee_id" uuid NOT NULL, "due_date" date NOT NULL, "tasks" integer NOT NULL, CONSTRAINT "PK_open_task_tally" PRIMARY KEY ("organisation_id", "assignee_id", "due_date"), CONSTRAINT "FK_open_task_tally_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE)`,
    );

    await q.query(`CREATE FUNCTION task_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${addOpenTasks(`${TASK_ROW('n', 1)} FROM new_rows n WHERE n.status <> 'DONE'`)}
  ELSIF TG_OP = 'DELETE' THEN
    ${addOpenTasks(`${TASK_ROW('o', -1)} FROM old_rows o WHERE o.status <> 'DONE'`)}
  ELSIF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status = 'DONE') <> (n.status = 'DONE') OR ${MOVED}) THEN
    ${addOpenTasks(`${TASK_ROW('o', -1)} FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status <> 'DONE' AND (n.status = 'DONE' OR ${MOVED})
      UNION ALL
      ${TASK_ROW('n', 1)} FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.status <> 'DONE' AND (o.status = 'DONE' OR ${MOVED})`)}
  END IF;
  RETURN NULL;
END $$`);

    await createStatementTriggers(q, 'task', 'task_tally');

    await q.query(`CREATE FUNCTION programme_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO programme_tally AS t (organisation_id, current_step, status, programmes)
    SELECT n.organisation_id, n.current_step, n.status, count(*) FROM new_rows n GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (organisation_id, current_step, status) DO UPDATE SET programmes = t.programmes + EXCLUDED.programmes;
  ELSIF TG_OP = 'DELETE' THEN
    -- Nothing to count when the organisation itself is going (its counts go with it).
    UPDATE programme_tally t SET programmes = t.programmes - d.n
      FROM (SELECT o.organisation_id, o.current_step, o.status, count(*) AS n FROM old_rows o GROUP BY 1, 2, 3) d
     WHERE t.organisation_id = d.organisation_id AND t.current_step = d.current_step AND t.status = d.status
       AND EXISTS (SELECT 1 FROM organisation g WHERE g.id = d.organisation_id);
  ELSE
    INSERT INTO programme_tally AS t (organisation_id, current_step, status, programmes)
    SELECT d.organisation_id, d.current_step, d.status, sum(d.n)
      FROM (SELECT o.organisation_id, o.current_step, o.status, -1 AS n FROM old_rows o
            UNION ALL
            SELECT n.organisation_id, n.current_step, n.status, 1 FROM new_rows n) d
     GROUP BY 1, 2, 3
    HAVING sum(d.n) <> 0
     ORDER BY 1, 2, 3
    ON CONFLICT (organisation_id, current_step, status) DO UPDATE SET programmes = t.programmes + EXCLUDED.programmes;
    -- A programme that starts or stops running brings its open tasks into the counts or takes them out,
    -- counted once its key is held alone: no task statement is then between its count and its commit.
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${FLIPPED}) THEN
      ${READ_COMMITTED_ONLY}
      PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, k)
         FROM (SELECT DISTINCT hashtext(n.id::text) AS k FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${FLIPPED} ORDER BY 1) keys;
      ${upsertOpenTasks(
        `SELECT tk.organisation_id, tk.assignee_id, tk.due_date, tk.programme_id, CASE WHEN n.status IN ${RUNNING} THEN 1 ELSE -1 END AS n
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           JOIN task tk ON tk.programme_id = n.id AND tk.organisation_id = n.organisation_id
          WHERE ${FLIPPED} AND tk.status <> 'DONE'`,
        { running: false },
      )}
    END IF;
  END IF;
  RETURN NULL;
END $$`);
    await createStatementTriggers(q, 'programme', 'programme_tally');

    // Before the row goes, while its tasks are still there (the cascade deletes them after).
    await q.query(`CREATE FUNCTION programme_tally_remove_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nothing to count when the organisation itself is going (its counts go with it).
  IF OLD.status IN ${RUNNING} AND EXISTS (SELECT 1 FROM organisation g WHERE g.id = OLD.organisation_id) THEN
    ${READ_COMMITTED_ONLY}
    PERFORM pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(OLD.id::text));
    ${upsertOpenTasks(
      `SELECT tk.organisation_id, tk.assignee_id, tk.due_date, tk.programme_id, -1 AS n FROM task tk
        WHERE tk.programme_id = OLD.id AND tk.organisation_id = OLD.organisation_id AND tk.status <> 'DONE'`,
      { running: false },
    )}
  END IF;
  RETURN OLD;
END $$`);
    await q.query(
      `CREATE TRIGGER programme_tally_remove_tasks BEFORE DELETE ON "programme" FOR EACH ROW EXECUTE FUNCTION programme_tally_remove_tasks()`,
    );

    // The counts of what is there now.
    await outsideTheWall(q, ['programme', 'task'], async () => {
      await q.query(`INSERT INTO programme_tally (organisation_id, current_step, status, programmes)
        SELECT organisation_id, current_step, status, count(*) FROM programme GROUP BY 1, 2, 3`);
      await q.query(`INSERT INTO open_task_tally (organisation_id, assignee_id, due_date, tasks)
        SELECT t.organisation_id, coalesce(t.assignee_id, ${NOBODY}), coalesce(t.due_date, ${UNDATED}), count(*)
          FROM task t JOIN programme p ON p.id = t.programme_id AND p.organisation_id = t.organisation_id
         WHERE t.status <> 'DONE' AND p.status IN ${RUNNING}
         GROUP BY 1, 2, 3`);
    });

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "programme_tally", "open_task_tally" TO ${APP_ROLE}`);
    for (const table of ['programme_tally', 'open_task_tally'])
      for (const statement of tenantWallStatements(table, 'organisation_id', [])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER programme_tally_remove_tasks ON "programme"`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER programme_tally_${op} ON "programme"`);
      await q.query(`DROP TRIGGER task_tally_${op} ON "task"`);
    }
    await q.query(`DROP FUNCTION programme_tally_remove_tasks()`);
    await q.query(`DROP FUNCTION programme_tally()`);
    await q.query(`DROP FUNCTION task_tally()`);
    await q.query(`DROP TABLE "open_task_tally"`);
    await q.query(`DROP TABLE "programme_tally"`);
  }
}
