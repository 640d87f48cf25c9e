import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { BeneficiariesAndGrowthCosts1796430000020 } from '../../libs/database/src/migrations/1796430000020-beneficiaries-and-growth-costs';
import { TICKS_TO_RULES, TicksBecomeRules1796430000050 } from '../../libs/database/src/migrations/1796430000050-ticks-become-rules';
import { TicksBecomeRulesAgain1796450000040 } from '../../libs/database/src/migrations/1796450000040-ticks-become-rules-again';
import { addLine, createPilot, createProgramme, organisationWithRoles } from '../pilots/pilot-support';
import { asRole, onServer, runPrefix, serverUrl, TEST_OWNER_ROLE_PREFIX, withDatabase } from '../support/databases';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Migrations run by a tables' owner that is no superuser, as on managed PostgreSQL (README,
 * "Running on PostgreSQL"). The tenancy wall is forced, so it binds that owner too: a data
 * migration that did not lift it (`outsideTheWall`, libs/database/src/tenancy/tenant-wall.ts)
 * would change no organisation's rows. The checks read as the superuser the suite connects as.
 */
const describePostgres = serverUrl() !== null ? describe : describe.skip;

describePostgres('migrations run by an owner that is no superuser', () => {
  const owner = `${TEST_OWNER_ROLE_PREFIX}${process.env.COPROD_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  const database = `${runPrefix()}owner_${randomBytes(4).toString('hex')}`;
  const superuserUrl = () => withDatabase(serverUrl()!, database);
  const ownerUrl = () => asRole(superuserUrl(), owner);
  let t: TestApp;

  /** Rows read past the wall (as the suite's superuser). */
  const read = <T>(text: string, params: unknown[] = []) =>
    onServer(superuserUrl(), async (c) => (await c.query(text, params)).rows as T[]);

  /** Runs a migration's step as the owner, in one transaction, as the migration runner does. */
  async function asOwnerInTransaction(step: (q: QueryRunner) => Promise<void>): Promise<void> {
    const client = new pg.Client({ connectionString: ownerUrl() });
    await client.connect();
    try {
      await client.query('BEGIN');
      await step({ query: async (text: string, params?: unknown[]) => (await client.query(text, params)).rows } as unknown as QueryRunner);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await onServer(serverUrl()!, async (c) => {
      await c.query(`CREATE ROLE ${owner} LOGIN NOSUPERUSER NOBYPASSRLS`);
      await c.query(`CREATE DATABASE "${database}" OWNER ${owner}`);
    });
    // The server runs every migration on start-up, as the owner its DATABASE_OWNER_URL names.
    t = await startTestApp({}, { databaseUrl: ownerUrl() });
  });

  afterAll(async () => {
    await t?.close();
    await onServer(serverUrl()!, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${owner}`);
    });
  });

  it('builds the whole schema, and leaves the wall forced on every table that has it', async () => {
    const tables = await read<{ owner: string; walled: number; lifted: number }>(
      `SELECT min(tableowner) AS owner, count(*) FILTER (WHERE c.relrowsecurity)::int AS walled,
              count(*) FILTER (WHERE c.relrowsecurity AND NOT c.relforcerowsecurity)::int AS lifted
         FROM pg_tables t JOIN pg_class c ON c.relname = t.tablename AND c.relnamespace = 'public'::regnamespace
        WHERE t.schemaname = 'public'`,
    );
    expect(tables).toEqual([{ owner, walled: expect.any(Number), lifted: 0 }]);
    expect(tables[0].walled).toBeGreaterThan(40);
  });

  it("turns every organisation's ticked items into rules, and does so again where an earlier run saw no row", async () => {
    const keys = TICKS_TO_RULES.map((c) => c.key);
    for (const name of ['North Council', 'South Council']) {
      const org = await organisationWithRoles(t, name);
      await createProgramme(t, org.as.ADMIN, `${name} programme`);
    }
    const kinds = () =>
      read<{ kind: string; organisations: number; items: number }>(
        `SELECT kind, count(DISTINCT organisation_id)::int AS organisations, count(*)::int AS items
           FROM checklist_item WHERE key = ANY($1) GROUP BY kind`,
        [keys],
      );
    const evidenced = [{ kind: 'EVIDENCED', organisations: 2, items: 2 * keys.length }];
    expect(await kinds()).toEqual(evidenced);

    // Back to before the conversion, in both organisations: the items manual again, the snapshots with them.
    await asOwnerInTransaction((q) => new TicksBecomeRules1796430000050().down(q));
    expect(await kinds()).toEqual([{ kind: 'MANUAL', organisations: 2, items: 2 * keys.length }]);
    const snapshots = () =>
      read<{ rules: number }>(
        `SELECT count(*)::int AS rules FROM programme p, jsonb_array_elements(p.template_snapshot->'items') i
          WHERE i->>'key' = ANY($1) AND i->>'kind' = 'EVIDENCED'`,
        [keys],
      );
    expect(await snapshots()).toEqual([{ rules: 0 }]);

    // The migration that runs the conversion once more finds them, in every organisation.
    await asOwnerInTransaction((q) => new TicksBecomeRulesAgain1796450000040().up(q));
    expect(await kinds()).toEqual(evidenced);
    expect(await snapshots()).toEqual([{ rules: 2 * keys.length }]);
    // Where the conversion has run, running it again changes nothing.
    const templates = () => read<{ version: number }>(`SELECT template_version AS version FROM workflow_template ORDER BY id`);
    const before = await templates();
    await asOwnerInTransaction((q) => new TicksBecomeRules1796430000050().up(q));
    expect(await kinds()).toEqual(evidenced);
    expect(await templates()).toEqual(before);
  });

  it("gives every organisation's financial lines their beneficiary group", async () => {
    for (const name of ['East Council', 'West Council']) {
      const org = await organisationWithRoles(t, name);
      const programmeId = (await createProgramme(t, org.as.ADMIN, `${name} lines`)).id;
      const pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: `${name} pilot` });
      for (const kind of ['COST', 'SAVING'])
        await addLine(t, org.as.CONSULTANT, pilot.id, kind, '10.00', { beneficiaryGroup: 'POLITICIANS' });
    }
    // Without the wall lifted, the UPDATE saw no line, and SET NOT NULL then failed on every one.
    await asOwnerInTransaction(async (q) => {
      await new BeneficiariesAndGrowthCosts1796430000020().down(q);
      await new BeneficiariesAndGrowthCosts1796430000020().up(q);
    });
    expect(
      await read(
        `SELECT kind, beneficiary_group AS "group", count(DISTINCT organisation_id)::int AS organisations
           FROM pilot_financial GROUP BY kind, beneficiary_group ORDER BY kind`,
      ),
    ).toEqual([
      { kind: 'COST', group: 'SERVICE_USERS', organisations: 2 },
      { kind: 'SAVING', group: 'MANAGERS', organisations: 2 },
    ]);
  });
});
