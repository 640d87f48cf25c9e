import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, outsideTheWall, tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * History keeps each programme's last event sequence number in a table of its own
 * (libs/history/src/event-sequence.entity.ts) instead of a column of `programme`, which belongs
 * to libs/programmes. Its foreign key names the programme with its organisation (hence the
 * unique pair on `programme`), so a sequence is only taken for the organisation's own
 * programme. Existing programmes keep their numbers. Reviewed by hand.
 */
export class EventSequence1796320000000 implements MigrationInterface {
  name = 'EventSequence1796320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programme" ADD CONSTRAINT "UQ_programme_organisation_id" UNIQUE ("organisation_id", "id")`);
    await q.query(
      `CREATE TABLE "event_sequence" ("organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "PK_event_sequence" PRIMARY KEY ("organisation_id", "programme_id"))`,
    );
    await q.query(
      `ALTER TABLE "event_sequence" ADD CONSTRAINT "FK_event_sequence_programme" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programme"("organisation_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await outsideTheWall(q, ['programme'], () =>
      q.query(
        `INSERT INTO "event_sequence" ("organisation_id", "programme_id", "last_sequence") SELECT "organisation_id", "id", "last_event_sequence" FROM "programme" WHERE "last_event_sequence" > 0`,
      ),
    );
    await q.query(`ALTER TABLE "programme" DROP COLUMN "last_event_sequence"`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "event_sequence" TO ${APP_ROLE}`);
    for (const statement of tenantWallStatements('event_sequence', 'organisation_id', [])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programme" ADD "last_event_sequence" integer NOT NULL DEFAULT '0'`);
    await outsideTheWall(q, ['programme', 'event_sequence'], () =>
      q.query(
        `UPDATE "programme" p SET "last_event_sequence" = s."last_sequence" FROM "event_sequence" s WHERE s."programme_id" = p."id" AND s."organisation_id" = p."organisation_id"`,
      ),
    );
    await q.query(`DROP TABLE "event_sequence"`);
    await q.query(`ALTER TABLE "programme" DROP CONSTRAINT "UQ_programme_organisation_id"`);
  }
}
