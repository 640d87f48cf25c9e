import type { MigrationInterface, QueryRunner } from 'typeorm';
import { POLICY_NAME, tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Workshops (libs/workshops): a programme's workshops, their attendees and agendas, behind the
 * tenancy wall like every organisation's table; and a person's own workshop templates, which
 * belong to no organisation and are reached only on the WORKSHOP_TEMPLATES path (frozen here as
 * it was; libs/common/src/cross-organisation-paths.ts is the living list). Drafted from the
 * entities with `npm run migration:draft`, reviewed by hand.
 */
const TENANT_TABLES = ['workshop', 'workshop_attendee', 'workshop_agenda_item'];
const CROSS_PATH = `(SELECT current_setting('app.cross_path', true))`;

export class Workshops1796330000000 implements MigrationInterface {
  name = 'Workshops1796330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workshop_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_user_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "step" character varying(16) NOT NULL, "sections" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_workshop_template_step" CHECK ("step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')), CONSTRAINT "PK_e50c78c37dfbce5c75f63f43224" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workshop_template_owner" ON "workshop_template" ("owner_user_id", "updated_at")`);
    await q.query(
      `CREATE TABLE "workshop" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(500), "online_url" character varying(2000), "facilitator_user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PLANNED', "template_id" uuid, CONSTRAINT "CHK_workshop_online_url" CHECK ("online_url" IS NULL OR "online_url" LIKE 'https://%'), CONSTRAINT "CHK_workshop_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_workshop_step" CHECK ("step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')), CONSTRAINT "CHK_workshop_status" CHECK ("status" IN ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')), CONSTRAINT "PK_e755b83ccf7c711f998012e1c92" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workshop_programme_starts" ON "workshop" ("programme_id", "starts_at")`);
    await q.query(`CREATE INDEX "IDX_workshop_organisation_starts" ON "workshop" ("organisation_id", "starts_at")`);
    await q.query(
      `CREATE TABLE "workshop_agenda_item" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "minutes" integer NOT NULL, "checklist_keys" text array NOT NULL DEFAULT '{}', CONSTRAINT "CHK_workshop_agenda_item_minutes" CHECK ("minutes" > 0 AND "minutes" <= 480), CONSTRAINT "PK_711949d50864ebcab49c1b161e5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workshop_agenda_item_workshop" ON "workshop_agenda_item" ("workshop_id", "position")`);
    await q.query(
      `CREATE TABLE "workshop_attendee" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "user_id" uuid, "participant_id" uuid, CONSTRAINT "CHK_workshop_attendee_one" CHECK (("user_id" IS NULL) <> ("participant_id" IS NULL)), CONSTRAINT "PK_cc37c721ac290b69cce2c1793ef" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_workshop_attendee_participant" ON "workshop_attendee" ("workshop_id", "participant_id") WHERE "participant_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_workshop_attendee_user" ON "workshop_attendee" ("workshop_id", "user_id") WHERE "user_id" IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "workshop_template" ADD CONSTRAINT "FK_workshop_template_owner" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_workshop_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_workshop_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_workshop_facilitator" FOREIGN KEY ("facilitator_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_agenda_item" ADD CONSTRAINT "FK_workshop_agenda_item_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_attendee" ADD CONSTRAINT "FK_workshop_attendee_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_attendee" ADD CONSTRAINT "FK_workshop_attendee_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_attendee" ADD CONSTRAINT "FK_workshop_attendee_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TENANT_TABLES) {
      for (const statement of tenantWallStatements(table, 'organisation_id', [])) await q.query(statement);
    }
    // A person's templates: no organisation's row, so no organisation column; only their path reads or writes
    // them, and the service names the owner in every statement.
    await q.query(`ALTER TABLE "workshop_template" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "workshop_template" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY ${POLICY_NAME} ON "workshop_template" USING (${CROSS_PATH} = 'WORKSHOP_TEMPLATES') WITH CHECK (${CROSS_PATH} = 'WORKSHOP_TEMPLATES')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['workshop_attendee', 'workshop_agenda_item', 'workshop', 'workshop_template'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
