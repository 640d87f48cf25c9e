import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organisation dashboard's order of programmes (libs/programmes/src/dashboards/dashboards.queries.ts, STATUS_ORDER): change both together. */
const STATUS_ORDER = `CASE "status" WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END`;

/**
 * The organisation's programmes in the dashboard's order (running first, then by name), so that
 * its list reads its first programmes from the index and stops at its limit, rather than sorting
 * every programme of the organisation on each request (about 1 ms of PostgreSQL with 1,000).
 */
export class ProgrammeListingIndex1796450000031 implements MigrationInterface {
  name = 'ProgrammeListingIndex1796450000031';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_programme_listing" ON "programme" ("organisation_id", (${STATUS_ORDER}), "name", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_programme_listing"`);
  }
}
