import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, POLICY_NAME, appRoleStatements, tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Tenancy as a wall: the server's role, and row-level security on every table holding an
 * organisation's data. The cross-organisation paths each table allows are frozen here as they
 * were (libs/common/src/cross-organisation-paths.ts is the living list; a test holds the
 * database's policies to it, so a change there comes with a migration).
 */
const TENANT_TABLES: Record<string, readonly string[]> = {
  organisation: ['AUTHENTICATE', 'MY_ORGANISATIONS', 'INVITATION_REDEMPTION', 'PUBLIC_LINKS', 'DEMO_SEEDER'],
  membership: ['AUTHENTICATE', 'MY_ORGANISATIONS', 'RESET_LINK_REACH'],
  api_key: ['AUTHENTICATE'],
  invitation: ['INVITATION_REDEMPTION'],
  password_reset: ['PASSWORD_RESET_REDEMPTION'],
  feed_token: ['PUBLIC_LINKS'],
  survey: ['PUBLIC_LINKS'],
  survey_respondent_token: ['PUBLIC_LINKS'],
  event: ['LIVE_EVENTS'],
  survey_response: [],
  workflow_template: [],
  programme: [],
  programme_step: [],
  checklist_item: [],
  gate_record: [],
  task: [],
  service_area: [],
  initiative: [],
  priority_area: [],
  priority_score: [],
  pilot: [],
  pilot_metric: [],
  measurement: [],
  pilot_financial: [],
  skill: [],
  participant: [],
  participant_skill: [],
  pilot_need: [],
  enrolment: [],
  self_efficacy_reading: [],
  engagement_plan: [],
  engagement_terms: [],
  incentive: [],
  communication_action: [],
  participant_resource: [],
  scaling_plan: [],
  training_action: [],
};

export class TenantWall1764410000000 implements MigrationInterface {
  name = 'TenantWall1764410000000';

  async up(q: QueryRunner): Promise<void> {
    // The one tenant table that named its organisation only through a parent row.
    await q.query(`ALTER TABLE "participant_skill" ADD "organisation_id" uuid`);
    await q.query(
      `UPDATE "participant_skill" ps SET "organisation_id" = p."organisation_id" FROM "participant" p WHERE p."id" = ps."participant_id"`,
    );
    await q.query(`ALTER TABLE "participant_skill" ALTER COLUMN "organisation_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "participant_skill" ADD CONSTRAINT "FK_participant_skill_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_participant_skill_organisation" ON "participant_skill" ("organisation_id")`);

    for (const statement of appRoleStatements()) await q.query(statement);
    for (const [table, paths] of Object.entries(TENANT_TABLES)) {
      for (const statement of tenantWallStatements(table, table === 'organisation' ? 'id' : 'organisation_id', paths))
        await q.query(statement);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(TENANT_TABLES)) {
      await q.query(`DROP POLICY IF EXISTS ${POLICY_NAME} ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`DROP INDEX "IDX_participant_skill_organisation"`);
    await q.query(`ALTER TABLE "participant_skill" DROP CONSTRAINT "FK_participant_skill_organisation"`);
    await q.query(`ALTER TABLE "participant_skill" DROP COLUMN "organisation_id"`);
  }
}
