import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programmes, their steps per cycle, checklist items, tasks and organisation templates.
 * Reviewed by hand: states are text with CHECK constraints; calendar dates are
 * `date`; the template a programme started with is kept whole as jsonb.
 */
export class Programmes1764360000000 implements MigrationInterface {
  name = 'Programmes1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "owner_id" uuid, "status" character varying(16) NOT NULL, "current_step" character varying(16) NOT NULL, "cycle" integer NOT NULL DEFAULT '1', "template_id" uuid, "template_version" integer NOT NULL, "template_snapshot" jsonb NOT NULL, "last_event_sequence" integer NOT NULL DEFAULT '0', "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_programme_current_step" CHECK ("current_step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')), CONSTRAINT "CHK_programme_status" CHECK ("status" IN ('ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED')), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_programme_organisation" ON "programme" ("organisation_id", "status")`);
    await q.query(
      `CREATE TABLE "programme_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(16) NOT NULL, "state" character varying(16) NOT NULL, "owner_id" uuid, "target_date" date, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "override_reason" text, CONSTRAINT "CHK_programme_step_state" CHECK ("state" IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')), CONSTRAINT "CHK_programme_step_step" CHECK ("step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')), CONSTRAINT "PK_0a34bfc96a85b371459ac829416" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_programme_step" ON "programme_step" ("programme_id", "cycle", "step")`);
    await q.query(
      `CREATE TABLE "checklist_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "programme_step_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(16) NOT NULL, "key" character varying(100) NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "guidance" text NOT NULL, "required" boolean NOT NULL, "kind" character varying(16) NOT NULL, "rule" character varying(64), "source" character varying(200) NOT NULL, "ticked_at" TIMESTAMP WITH TIME ZONE, "ticked_by" uuid, "evidence_text" text, "evidence_url" character varying(2000), CONSTRAINT "CHK_checklist_item_kind" CHECK ("kind" IN ('MANUAL', 'EVIDENCED')), CONSTRAINT "PK_0c52d9590c766a9ae718e16cebf" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_checklist_item_programme" ON "checklist_item" ("programme_id", "cycle")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_checklist_item_step_key" ON "checklist_item" ("programme_step_id", "key")`);
    await q.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL, "priority" character varying(16) NOT NULL, "assignee_id" uuid, "due_date" date, "created_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_task_priority" CHECK ("priority" IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')), CONSTRAINT "CHK_task_status" CHECK ("status" IN ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')), CONSTRAINT "CHK_task_step" CHECK ("step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_task_organisation_due" ON "task" ("organisation_id", "due_date")`);
    await q.query(`CREATE INDEX "IDX_task_organisation_assignee" ON "task" ("organisation_id", "assignee_id", "status")`);
    await q.query(`CREATE INDEX "IDX_task_organisation_updated" ON "task" ("organisation_id", "updated_at")`);
    await q.query(`CREATE INDEX "IDX_task_programme_step" ON "task" ("programme_id", "cycle", "step")`);
    await q.query(
      `CREATE TABLE "workflow_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "template_version" integer NOT NULL, "spec" jsonb NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58751fe4f6495726e53e6ab16dc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workflow_template_organisation" ON "workflow_template" ("organisation_id")`);
    await q.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_programme_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "programme_step" ADD CONSTRAINT "FK_programme_step_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_checklist_item_programme_step" FOREIGN KEY ("programme_step_id") REFERENCES "programme_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_task_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workflow_template" ADD CONSTRAINT "FK_workflow_template_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['task', 'checklist_item', 'programme_step', 'programme', 'workflow_template']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
