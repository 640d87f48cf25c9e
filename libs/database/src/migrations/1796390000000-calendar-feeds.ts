import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, POLICY_NAME, tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Calendar links (libs/calendars): a programme's, behind the tenancy wall like every
 * organisation's table, and a person's, which belongs to no organisation and so has no
 * organisation column: like a consultant's workshop templates it is reached only on its named
 * path, CALENDAR_FEEDS, on which a link is also found by its token's hash before anyone knows
 * whose it is (frozen here as it was; libs/common/src/cross-organisation-paths.ts is the living
 * list). Only each token's sha256 is kept. Drafted from the entities, reviewed by hand.
 */
const CROSS_PATH = `(SELECT current_setting('app.cross_path', true))`;

export class CalendarFeeds1796390000000 implements MigrationInterface {
  name = 'CalendarFeeds1796390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "personal_calendar" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "REL_personal_calendar_user" UNIQUE ("user_id"), CONSTRAINT "PK_personal_calendar" PRIMARY KEY ("user_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_personal_calendar_token" ON "personal_calendar" ("token_hash")`);
    await q.query(
      `CREATE TABLE "programme_calendar" ("organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid, CONSTRAINT "PK_programme_calendar" PRIMARY KEY ("programme_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_programme_calendar_token" ON "programme_calendar" ("token_hash")`);
    await q.query(`CREATE INDEX "IDX_programme_calendar_organisation" ON "programme_calendar" ("organisation_id")`);
    await q.query(
      `ALTER TABLE "personal_calendar" ADD CONSTRAINT "FK_personal_calendar_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "programme_calendar" ADD CONSTRAINT "FK_programme_calendar_programme" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programme"("organisation_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "personal_calendar", "programme_calendar" TO ${APP_ROLE}`);
    for (const statement of tenantWallStatements('programme_calendar', 'organisation_id', ['CALENDAR_FEEDS'])) await q.query(statement);
    // A person's links: no organisation's row, so no organisation column; only their path reads or writes
    // them, and the service names the owner (or the token's hash) in every statement.
    await q.query(`ALTER TABLE "personal_calendar" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "personal_calendar" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY ${POLICY_NAME} ON "personal_calendar" USING (${CROSS_PATH} = 'CALENDAR_FEEDS') WITH CHECK (${CROSS_PATH} = 'CALENDAR_FEEDS')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "programme_calendar"`);
    await q.query(`DROP TABLE "personal_calendar"`);
  }
}
