import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Workshop capture (libs/workshops): what a workshop's room produced, behind the tenancy wall,
 * and on a task the workshop it came out of (a reference only, like workshop.template_id: the
 * task's library sits below the workshops' and does not name their table). Drafted from the
 * entities with `npm run migration:draft`, reviewed by hand.
 */
export class WorkshopOutputs1796340000000 implements MigrationInterface {
  name = 'WorkshopOutputs1796340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workshop_output" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(16) NOT NULL, "text" text NOT NULL, "agenda_item_id" uuid, "created_by" uuid, "converted_kind" character varying(16), "converted_id" uuid, "converted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_workshop_output_converted" CHECK (("converted_kind" IS NULL AND "converted_id" IS NULL) OR ("converted_kind" IN ('TASK', 'INITIATIVE', 'PRIORITY_AREA', 'CHECKLIST_TICK') AND "converted_id" IS NOT NULL)), CONSTRAINT "CHK_workshop_output_kind" CHECK ("kind" IN ('NOTE', 'DECISION', 'ACTION', 'INITIATIVE', 'PRIORITY', 'RISK')), CONSTRAINT "PK_22f0b83b9f77d7a29f4bfb46e2f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workshop_output_workshop" ON "workshop_output" ("workshop_id", "position")`);
    await q.query(`CREATE INDEX "IDX_workshop_output_converted" ON "workshop_output" ("converted_kind", "converted_id")`);
    await q.query(`ALTER TABLE "task" ADD "workshop_id" uuid`);
    await q.query(`CREATE INDEX "IDX_task_workshop" ON "task" ("workshop_id")`);
    await q.query(
      `ALTER TABLE "workshop_output" ADD CONSTRAINT "FK_workshop_output_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_output" ADD CONSTRAINT "FK_workshop_output_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "workshop_agenda_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_output" ADD CONSTRAINT "FK_workshop_output_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    for (const statement of tenantWallStatements('workshop_output', 'organisation_id', [])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_task_workshop"`);
    await q.query(`ALTER TABLE "task" DROP COLUMN "workshop_id"`);
    await q.query(`DROP TABLE "workshop_output"`);
  }
}
