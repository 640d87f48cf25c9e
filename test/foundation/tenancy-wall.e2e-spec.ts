import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CROSS_ORGANISATION_PATHS, type CrossOrganisationPath, pathsAcross, RequestContext } from '@app/common';
import { Database, OpenDatabase } from '@app/database';
import { organisationWithRoles } from '../pilots/pilot-support';
import { populate } from '../support/populate';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * Tenancy as a wall in the database, on either database: every table holding an organisation's
 * data has row-level security enabled and forced, the server's role cannot get round it, a
 * request sees and writes only its own organisation's rows, and the named cross-organisation
 * paths see exactly the tables they list.
 */

/** Tables that hold no organisation's data: people's accounts and sessions, sign-in counters, the migrations' log. */
const GLOBAL_TABLES = ['app_user', 'migrations', 'sign_in_throttle', 'user_session'];

/**
 * Tables that hold a person's own records and no organisation's (a consultant's workshop templates, notification settings and digests):
 * behind the wall too, reached only on the paths that list them, which the service scopes to the owner.
 */
const PERSONAL_TABLES = ['notification_digest', 'notification_preference', 'personal_calendar', 'workshop_template'];

const organisationColumn = (table: string) => (table === 'organisation' ? 'id' : 'organisation_id');

/** The product's source files as text, less the migrations (which freeze the paths' names) (for the check that each path is taken). */
function productSources(): string {
  const texts: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'migrations') walk(full);
      } else if (full.endsWith('.ts') && !full.endsWith('.spec.ts')) texts.push(readFileSync(full, 'utf8'));
    }
  };
  for (const top of ['apps', 'libs']) walk(join(process.cwd(), top));
  return texts.join('\n');
}

describe('the tenancy wall', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let tenantTables: string[];

  /** As the server: its role, with `ctx`'s organisation or path set on the session. */
  const asServer = <T = Record<string, unknown>>(ctx: RequestContext, text: string, params: unknown[] = []) =>
    t.app.get(Database).query<T>(ctx, text, params);
  const within = (organisationId: string) => RequestContext.system('wall-test').within(organisationId);
  const across = (path: CrossOrganisationPath) => RequestContext.system('wall-test').across(path);

  beforeAll(async () => {
    t = await startTestApp();
    const first = await organisationWithRoles(t, 'Alpha Council');
    const second = await organisationWithRoles(t, 'Beta Council');
    await populate(t, first);
    await populate(t, second);
    [a, b] = [first.id, second.id];
    // populate's webhook endpoints are off, so nothing is owed or tried: give each a delivery and an attempt to hide.
    for (const organisationId of [a, b]) {
      await sql(
        t,
        `WITH delivery AS (
           INSERT INTO webhook_delivery (organisation_id, endpoint_id, event_id, event_type, stream, position, status, attempts)
           SELECT e.organisation_id, e.id, ev.id, ev.type, 'organisation', ev.id, 'DELIVERED', 1
             FROM webhook_endpoint e JOIN event ev ON ev.organisation_id = e.organisation_id
            WHERE e.organisation_id = $1 ORDER BY ev.id LIMIT 1
           RETURNING id, organisation_id, endpoint_id)
         INSERT INTO webhook_attempt (organisation_id, delivery_id, endpoint_id, attempted_at, status_code, duration_ms)
         SELECT organisation_id, id, endpoint_id, now(), 204, 12 FROM delivery`,
        [organisationId],
      );
    }
    const rows = await sql<{ table_name: string }>(
      t,
      `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
    );
    const all = rows.map((r) => r.table_name);
    const withColumn = await sql<{ table_name: string }>(
      t,
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organisation_id'`,
    );
    tenantTables = ['organisation', ...withColumn.map((r) => r.table_name)].sort();
    // Every table is either an organisation's or named here as global: a new table must choose.
    expect(all.filter((table) => !tenantTables.includes(table) && !PERSONAL_TABLES.includes(table))).toEqual(GLOBAL_TABLES);
    expect(PERSONAL_TABLES.filter((table) => all.includes(table))).toEqual(PERSONAL_TABLES);
  }, 180_000);
  afterAll(() => t.close());

  it('has row-level security enabled and forced on every organisation table, with one policy that reads and writes', async () => {
    const catalogue = await sql<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
      using: string | null;
      check: string | null;
    }>(
      t,
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies,
              (SELECT p.qual FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = 'tenant_wall') AS using,
              (SELECT p.with_check FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = 'tenant_wall') AS check
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) ORDER BY c.relname`,
      [tenantTables],
    );
    expect(catalogue).toHaveLength(tenantTables.length);
    for (const row of catalogue) {
      expect({ table: row.table, enabled: row.enabled, forced: row.forced, policies: row.policies }).toEqual({
        table: row.table,
        enabled: true,
        forced: true,
        policies: 1,
      });
      // The row's organisation against the one set on the session (read once per statement).
      const own = new RegExp(
        `^\\(*${organisationColumn(row.table)} = \\( SELECT \\(NULLIF\\(current_setting\\('app\\.organisation_id'::text, true\\)`,
      );
      expect(row.using).toMatch(own);
      expect(row.check).toMatch(own);
      // Writes never take a path across organisations.
      expect(row.check).not.toContain('cross_path');
      // The paths the policy lets read are the ones cross-organisation-paths.ts lists for the table.
      const inPolicy = [...(row.using ?? '').matchAll(/'([A-Z_]+)'::text/g)].map((m) => m[1]).sort();
      expect({ table: row.table, paths: inPolicy }).toEqual({ table: row.table, paths: pathsAcross(row.table).sort() });
    }
  });

  it("puts people's own tables behind the wall, seen and written only on the paths that list them", async () => {
    for (const table of PERSONAL_TABLES) {
      const [policy] = await sql<{ enabled: boolean; forced: boolean; policies: number; using: string; check: string }>(
        t,
        `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies,
                (SELECT p.qual FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_wall') AS using,
                (SELECT p.with_check FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_wall') AS check
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = $1`,
        [table],
      );
      expect({ table, ...policy, using: undefined, check: undefined }).toEqual({
        table,
        enabled: true,
        forced: true,
        policies: 1,
        using: undefined,
        check: undefined,
      });
      const paths = pathsAcross(table);
      expect(paths.length).toBeGreaterThan(0);
      for (const clause of [policy.using, policy.check]) {
        expect([...clause.matchAll(/'([A-Z_]+)'::text/g)].map((m) => m[1]).sort()).toEqual([...paths].sort());
        expect(clause).not.toContain('organisation_id');
      }
      const [{ n: held }] = await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM "${table}"`);
      expect(held).toBeGreaterThan(0);
      const [seenInside] = await asServer<{ n: number }>(within(a), `SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: seenInside.n }).toEqual({ table, n: 0 });
      for (const path of Object.keys(CROSS_ORGANISATION_PATHS) as CrossOrganisationPath[]) {
        const [seen] = await asServer<{ n: number }>(across(path), `SELECT count(*)::int AS n FROM "${table}"`);
        expect({ table, path, n: seen.n }).toEqual({ table, path, n: paths.includes(path) ? held : 0 });
      }
      const [{ row }] = await sql<{ row: Record<string, unknown> }>(t, `SELECT to_jsonb(x) AS row FROM "${table}" x LIMIT 1`);
      await expect(
        asServer(within(a), `INSERT INTO "${table}" SELECT * FROM jsonb_populate_record(NULL::"${table}", $1::jsonb)`, [
          { ...row, id: randomUUID() },
        ]),
      ).rejects.toThrow(/row-level security policy/);
    }
  });

  it('runs the server as a role that owns no table, is no superuser and cannot bypass row-level security', async () => {
    const wall = await t.app.get(OpenDatabase).enterWall();
    expect(wall).toEqual({ role: expect.any(String), holds: true, reason: null });
    const [role] = await asServer<{ role: string; superuser: boolean; bypass: boolean; owned: number }>(
      within(a),
      `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ role: wall.role, superuser: false, bypass: false, owned: 0 });
  });

  it("shows a request only its own organisation's rows, in every organisation table", async () => {
    for (const table of tenantTables) {
      const column = organisationColumn(table);
      const [owned] = await sql<{ mine: number; theirs: number }>(
        t,
        `SELECT count(*) FILTER (WHERE "${column}" = $1)::int AS mine, count(*) FILTER (WHERE "${column}" = $2)::int AS theirs FROM "${table}"`,
        [a, b],
      );
      // Both organisations hold rows here, so that seeing none of B's means something.
      expect({ table, both: owned.mine > 0 && owned.theirs > 0 }).toEqual({ table, both: true });
      const [seen] = await asServer<{ all: number; theirs: number }>(
        within(a),
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE "${column}" = $1)::int AS theirs FROM "${table}"`,
        [b],
      );
      expect({ table, ...seen }).toEqual({ table, all: owned.mine, theirs: 0 });
      // With no organisation set, nothing at all.
      const [none] = await asServer<{ n: number }>(RequestContext.system('wall-test'), `SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: none.n }).toEqual({ table, n: 0 });
    }
  });

  it('refuses to insert into another organisation, to move a row there, or to touch its rows, in every organisation table', async () => {
    for (const table of tenantTables) {
      const column = organisationColumn(table);
      const [{ row }] = await sql<{ row: Record<string, unknown> }>(
        t,
        `SELECT to_jsonb(x) AS row FROM "${table}" x WHERE "${column}" = $1 LIMIT 1`,
        [b],
      );
      await expect(
        asServer(within(a), `INSERT INTO "${table}" SELECT * FROM jsonb_populate_record(NULL::"${table}", $1::jsonb)`, [row]),
      ).rejects.toThrow(/row-level security policy/);
      if (table !== 'organisation') {
        await expect(asServer(within(a), `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, [b, a])).rejects.toThrow(
          /row-level security policy/,
        );
      }
      // B's rows are out of reach: nothing matches, nothing changes.
      const [, changed] = (await asServer(within(a), `UPDATE "${table}" SET "${column}" = "${column}" WHERE "${column}" = $1`, [
        b,
      ])) as unknown as [unknown, number];
      const [, removed] = (await asServer(within(a), `DELETE FROM "${table}" WHERE "${column}" = $1`, [b])) as unknown as [unknown, number];
      expect({ table, changed, removed }).toEqual({ table, changed: 0, removed: 0 });
    }
    // Still all there.
    const [{ n }] = await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM programme WHERE organisation_id = $1`, [b]);
    expect(n).toBeGreaterThan(0);
  });

  describe.each(Object.keys(CROSS_ORGANISATION_PATHS) as CrossOrganisationPath[])('the path %s', (path) => {
    it('reads every organisation in the tables it lists, and nothing in any other', async () => {
      for (const table of tenantTables) {
        const column = organisationColumn(table);
        const [seen] = await asServer<{ a: number; b: number }>(
          across(path),
          `SELECT count(*) FILTER (WHERE "${column}" = $1)::int AS a, count(*) FILTER (WHERE "${column}" = $2)::int AS b FROM "${table}"`,
          [a, b],
        );
        const listed = (CROSS_ORGANISATION_PATHS[path].tables as readonly string[]).includes(table);
        expect({ table, a: seen.a > 0, b: seen.b > 0 }).toEqual({ table, a: listed, b: listed });
      }
    });

    it("writes into no organisation's table", async () => {
      for (const table of CROSS_ORGANISATION_PATHS[path].tables.filter((listed: string) => !PERSONAL_TABLES.includes(listed))) {
        const column = organisationColumn(table);
        const [{ row }] = await sql<{ row: Record<string, unknown> }>(
          t,
          `SELECT to_jsonb(x) AS row FROM "${table}" x WHERE "${column}" = $1 LIMIT 1`,
          [b],
        );
        await expect(
          asServer(across(path), `INSERT INTO "${table}" SELECT * FROM jsonb_populate_record(NULL::"${table}", $1::jsonb)`, [row]),
        ).rejects.toThrow(/row-level security policy/);
        await expect(asServer(across(path), `UPDATE "${table}" SET "${column}" = "${column}" WHERE "${column}" = $1`, [b])).rejects.toThrow(
          /row-level security policy/,
        );
      }
    });

    it('is taken somewhere in the product, so the list holds no path nobody uses', () => {
      expect(productSources()).toMatch(new RegExp(`'${path}'`));
    });
  });
});
