import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Conflict and risk (libs/risks): a programme's risks, its disagreements between groups, the
 * decisions that settle them or answer what people said, and the link to its "you said, we did"
 * page. Every table is behind the tenancy wall; each names its programme with its organisation,
 * so a row can only ever point at the organisation's own programme. The page's link is also
 * found by its token's hash on the PUBLIC_LINKS path, before anyone knows whose it is (only the
 * sha256 is kept). Written from the entities, checked against them by the schema test.
 */
export class ConflictAndRisk1796430000030 implements MigrationInterface {
  name = 'ConflictAndRisk1796430000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "programme_risk" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "description" text NOT NULL, "likelihood" smallint NOT NULL, "impact" smallint NOT NULL, "owner" character varying(200) NOT NULL DEFAULT '', "mitigation" text NOT NULL DEFAULT '', "sanction" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'OPEN', CONSTRAINT "CHK_programme_risk_impact" CHECK ("impact" BETWEEN 1 AND 5), CONSTRAINT "CHK_programme_risk_likelihood" CHECK ("likelihood" BETWEEN 1 AND 5), CONSTRAINT "CHK_programme_risk_status" CHECK ("status" IN ('OPEN', 'MITIGATING', 'CLOSED')), CONSTRAINT "CHK_programme_risk_kind" CHECK ("kind" IN ('DELIVERY', 'FINANCIAL', 'PARTICIPATION', 'SAFEGUARDING', 'LEGAL', 'REPUTATION', 'CONFLICT', 'OTHER')), CONSTRAINT "PK_programme_risk" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_programme_risk_programme" ON "programme_risk" ("organisation_id", "programme_id")`);
    await q.query(
      `CREATE TABLE "programme_disagreement" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "groups" character varying(200) array NOT NULL, "subject" text NOT NULL, "decider" character varying(24) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'OPEN', CONSTRAINT "CHK_programme_disagreement_decider" CHECK ("decider" IN ('POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER')), CONSTRAINT "CHK_programme_disagreement_status" CHECK ("status" IN ('OPEN', 'ARBITRATED', 'SETTLED', 'WITHDRAWN')), CONSTRAINT "PK_programme_disagreement" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_programme_disagreement_programme" ON "programme_disagreement" ("organisation_id", "programme_id")`);
    await q.query(
      `CREATE TABLE "programme_decision" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "source_kind" character varying(24) NOT NULL, "source_id" uuid NOT NULL, "decision" text NOT NULL, "reason" text NOT NULL, "decided_by" character varying(24) NOT NULL, "decided_on" date NOT NULL, "result" text NOT NULL DEFAULT '', "sanction" boolean NOT NULL DEFAULT false, "published" boolean NOT NULL DEFAULT false, "recorded_by" uuid, CONSTRAINT "CHK_programme_decision_decided_by" CHECK ("decided_by" IN ('POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER')), CONSTRAINT "CHK_programme_decision_source" CHECK ("source_kind" IN ('DISAGREEMENT', 'WORKSHOP_OUTPUT', 'SURVEY', 'INITIATIVE')), CONSTRAINT "PK_programme_decision" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_programme_decision_programme" ON "programme_decision" ("organisation_id", "programme_id", "decided_on")`,
    );
    await q.query(`CREATE INDEX "IDX_programme_decision_source" ON "programme_decision" ("organisation_id", "source_kind", "source_id")`);
    await q.query(
      `CREATE TABLE "programme_outcome_page" ("organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid, CONSTRAINT "PK_programme_outcome_page" PRIMARY KEY ("programme_id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_programme_outcome_page_token" ON "programme_outcome_page" ("token_hash")`);
    await q.query(`CREATE INDEX "IDX_programme_outcome_page_organisation" ON "programme_outcome_page" ("organisation_id")`);
    for (const table of ['programme_risk', 'programme_disagreement', 'programme_decision', 'programme_outcome_page']) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_programme" FOREIGN KEY ("organisation_id", "programme_id") REFERENCES "programme"("organisation_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "programme_risk", "programme_disagreement", "programme_decision", "programme_outcome_page" TO ${APP_ROLE}`,
    );
    for (const table of ['programme_risk', 'programme_disagreement', 'programme_decision'])
      for (const statement of tenantWallStatements(table, 'organisation_id', [])) await q.query(statement);
    for (const statement of tenantWallStatements('programme_outcome_page', 'organisation_id', ['PUBLIC_LINKS'])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "programme_outcome_page"`);
    await q.query(`DROP TABLE "programme_decision"`);
    await q.query(`DROP TABLE "programme_disagreement"`);
    await q.query(`DROP TABLE "programme_risk"`);
  }
}
