/**
 * The tenancy wall in the database: row-level security, enabled and forced on every table that
 * holds an organisation's data, with one policy each that lets a statement see and write only
 * the rows of the organisation set on its session (tenant-scope.ts), plus reads by the named
 * cross-organisation paths the table allows (libs/common/src/cross-organisation-paths.ts).
 */

/** The role the server acts as: it owns no table and is no superuser (README, "Running on PostgreSQL"). */
export const APP_ROLE = 'coprod_app';

export const POLICY_NAME = 'tenant_wall';

// Scalar subqueries, so PostgreSQL reads each setting once per statement (an InitPlan) rather than once per row.
const CURRENT_ORGANISATION = `(SELECT nullif(current_setting('app.organisation_id', true), '')::uuid)`;
const CURRENT_PATH = `(SELECT current_setting('app.cross_path', true))`;

/**
 * The statements that put a table behind the wall. Migrations call it for each new tenant table;
 * its output must stay the same for a given input, since migrations that ran it cannot change.
 */
export function tenantWallStatements(table: string, organisationColumn: string, crossPaths: readonly string[]): string[] {
  for (const name of [table, organisationColumn, ...crossPaths]) plainName(name);
  const own = `"${organisationColumn}" = ${CURRENT_ORGANISATION}`;
  const sight = crossPaths.length ? `${own} OR ${CURRENT_PATH} IN (${crossPaths.map((p) => `'${p}'`).join(', ')})` : own;
  return [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
    `DROP POLICY IF EXISTS ${POLICY_NAME} ON "${table}"`,
    `CREATE POLICY ${POLICY_NAME} ON "${table}" USING (${sight}) WITH CHECK (${own})`,
  ];
}

/**
 * Runs a data migration's `work` on `tables` with the wall lifted from their owner, the role that
 * runs migrations: forced, the wall binds the owner too, and an owner that is no superuser (as on
 * managed PostgreSQL) would read and change no row, with no error. Migrations run in one
 * transaction (`OpenDatabase.runMigrations`), and FORCE is restored within it, so no other session
 * ever sees it lifted; if `work` fails, the transaction rolls back, lifting and all. An owner the
 * wall cannot bind (a superuser, or a role with BYPASSRLS) lifts nothing, and takes no lock for it.
 */
export async function outsideTheWall<T>(
  q: { query(sql: string): Promise<unknown> },
  tables: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const [role] = (await q.query(`SELECT rolsuper OR rolbypassrls AS unbound FROM pg_roles WHERE rolname = current_user`)) as Array<{
    unbound: boolean;
  }>;
  if (role?.unbound) return work();
  for (const table of tables) await q.query(`ALTER TABLE "${plainName(table)}" NO FORCE ROW LEVEL SECURITY`);
  const result = await work();
  for (const table of tables) await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  return result;
}

function plainName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a plain SQL name: ${name}`);
  return name;
}

/** The statements that create the server's role where it is missing and let it use the tables (not own them). */
export function appRoleStatements(): string[] {
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF; END $$`,
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`,
    // Tables and sequences later migrations create are usable by the server too.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
    // The server reads which migrations ran (readiness) but never writes them.
    `REVOKE INSERT, UPDATE, DELETE ON "migrations" FROM ${APP_ROLE}`,
  ];
}
