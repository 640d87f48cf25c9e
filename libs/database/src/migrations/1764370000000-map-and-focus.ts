import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Map it and Focus it: service areas, initiatives, the feed token, priority areas
 * and scores, pilots with metrics, measurements and financial lines. Reviewed by hand:
 * initiative forms are text[] kept to known values by a CHECK (arrays of enums fail on
 * PGlite); money is bigint minor units with a currency; measurements are numeric.
 */
export class MapAndFocus1764370000000 implements MigrationInterface {
  name = 'MapAndFocus1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "feed_token" ("organisation_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3bb8812408988cdbcdb9e3b01a4" PRIMARY KEY ("organisation_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_feed_token_hash" ON "feed_token" ("token_hash")`);
    await q.query(
      `CREATE TABLE "service_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "name_key" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9daeb85378e2c59f1d2e68665cb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_service_area_name" ON "service_area" ("organisation_id", "name_key")`);
    await q.query(
      `CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "service_area_id" uuid NOT NULL, "forms" text array NOT NULL DEFAULT '{}', "participation" character varying(16) NOT NULL, "motivation" character varying(16) NOT NULL, "people_involved" integer, "public_body_input" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL, "contact" character varying(300) NOT NULL DEFAULT '', "published" boolean NOT NULL DEFAULT false, "external_ref" character varying(100), "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_initiative_people" CHECK ("people_involved" IS NULL OR "people_involved" >= 0), CONSTRAINT "CHK_initiative_motivation" CHECK ("motivation" IN ('VOLUNTARY', 'COMPLIANCE')), CONSTRAINT "CHK_initiative_participation" CHECK ("participation" IN ('INDIVIDUAL', 'COLLECTIVE', 'BOTH')), CONSTRAINT "CHK_initiative_status" CHECK ("status" IN ('PLANNED', 'ACTIVE', 'ENDED')), CONSTRAINT "CHK_initiative_forms" CHECK ("forms" <@ ARRAY['CO_COMMISSIONING', 'CO_PLANNING', 'CO_PRIORITISATION', 'CO_FINANCING', 'CO_DESIGN', 'CO_DELIVERY', 'CO_MANAGING', 'CO_PERFORMING', 'CO_ASSESSMENT', 'CO_MONITORING', 'CO_EVALUATION']::text[]), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_initiative_external_ref" ON "initiative" ("organisation_id", "external_ref") WHERE "external_ref" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_initiative_published" ON "initiative" ("organisation_id", "published")`);
    await q.query(`CREATE INDEX "IDX_initiative_programme" ON "initiative" ("programme_id")`);
    await q.query(`CREATE INDEX "IDX_initiative_organisation_area" ON "initiative" ("organisation_id", "service_area_id")`);
    await q.query(
      `CREATE TABLE "pilot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "priority_area_id" uuid, "name" character varying(200) NOT NULL, "hypothesis" text NOT NULL DEFAULT '', "start_date" date, "end_date" date, "budget_minor" bigint, "currency" character(3) NOT NULL, "participants_reached" integer, "status" character varying(16) NOT NULL, "iteration" integer NOT NULL DEFAULT '1', "last_decision" character varying(8), "last_reason" text, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_pilot_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_pilot_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "CHK_pilot_decision" CHECK ("last_decision" IS NULL OR "last_decision" IN ('SCALE', 'ADAPT', 'STOP')), CONSTRAINT "CHK_pilot_status" CHECK ("status" IN ('PROPOSED', 'APPROVED', 'RUNNING', 'EVALUATING', 'SCALE', 'STOP', 'REJECTED')), CONSTRAINT "PK_921e16d425d1f58dcec5fe90bba" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_pilot_organisation" ON "pilot" ("organisation_id", "status")`);
    await q.query(`CREATE INDEX "IDX_pilot_programme" ON "pilot" ("programme_id", "status")`);
    await q.query(
      `CREATE TABLE "pilot_financial" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "occurred_on" date NOT NULL, "description" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_pilot_financial_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_pilot_financial_amount" CHECK ("amount_minor" >= 0), CONSTRAINT "CHK_pilot_financial_kind" CHECK ("kind" IN ('COST', 'SAVING', 'WIDER_BENEFIT')), CONSTRAINT "PK_1fa2ee07ebd9f6331b7bb7b70a2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_pilot_financial_pilot" ON "pilot_financial" ("pilot_id")`);
    await q.query(
      `CREATE TABLE "pilot_metric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "unit" character varying(50) NOT NULL, "direction" character varying(20) NOT NULL, "baseline" numeric, "target" numeric, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_pilot_metric_direction" CHECK ("direction" IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')), CONSTRAINT "PK_74ffa8e7cf00fd84eabec3ad038" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_pilot_metric_pilot" ON "pilot_metric" ("pilot_id")`);
    await q.query(
      `CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "measured_on" date NOT NULL, "value" numeric NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_measurement_metric_date" ON "measurement" ("metric_id", "measured_on")`);
    await q.query(
      `CREATE TABLE "priority_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "service_area_id" uuid NOT NULL, "rationale" text NOT NULL DEFAULT '', "selected" boolean NOT NULL DEFAULT false, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fcc563c964052f0d2258bc607a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_priority_area_organisation" ON "priority_area" ("organisation_id")`);
    await q.query(`CREATE INDEX "IDX_priority_area_programme" ON "priority_area" ("programme_id")`);
    await q.query(
      `CREATE TABLE "priority_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "priority_area_id" uuid NOT NULL, "user_id" uuid NOT NULL, "need" smallint NOT NULL, "feasibility" smallint NOT NULL, "appetite" smallint NOT NULL, "impact" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_priority_score_range" CHECK ("need" BETWEEN 1 AND 5 AND "feasibility" BETWEEN 1 AND 5 AND "appetite" BETWEEN 1 AND 5 AND "impact" BETWEEN 1 AND 5), CONSTRAINT "PK_8f693af969234f1c465a1c8905e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_priority_score_member" ON "priority_score" ("priority_area_id", "user_id")`);
    await q.query(
      `ALTER TABLE "feed_token" ADD CONSTRAINT "FK_feed_token_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_area" ADD CONSTRAINT "FK_service_area_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "initiative" ADD CONSTRAINT "FK_initiative_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "initiative" ADD CONSTRAINT "FK_initiative_service_area" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pilot" ADD CONSTRAINT "FK_pilot_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pilot_financial" ADD CONSTRAINT "FK_pilot_financial_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pilot_metric" ADD CONSTRAINT "FK_pilot_metric_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "FK_measurement_metric" FOREIGN KEY ("metric_id") REFERENCES "pilot_metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "priority_area" ADD CONSTRAINT "FK_priority_area_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "priority_score" ADD CONSTRAINT "FK_priority_score_area" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'measurement',
      'pilot_metric',
      'pilot_financial',
      'priority_score',
      'pilot',
      'priority_area',
      'initiative',
      'service_area',
      'feed_token',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
