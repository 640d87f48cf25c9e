import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey stuffing: one client sending many answers through a survey's open link. Reviewed by hand.
 * - Open-link answers keep a keyed hash of the sending client (never the address), so the pace
 *   limit is per client and results can say how many answers came from one client; the index
 *   serves both, and the survey index gains the submission time for the link-wide count.
 * - Personal single-use links (only their hashes), and a survey may require them.
 */
export class SurveyClients1764403000000 implements MigrationInterface {
  name = 'SurveyClients1764403000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey_response" ADD "client_hash" character(64)`);
    await q.query(`DROP INDEX "IDX_survey_response_survey"`);
    await q.query(`CREATE INDEX "IDX_survey_response_survey" ON "survey_response" ("survey_id", "submitted_at")`);
    await q.query(`CREATE INDEX "IDX_survey_response_client" ON "survey_response" ("survey_id", "client_hash", "submitted_at")`);
    await q.query(`ALTER TABLE "survey" ADD "respondent_tokens_required" boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE TABLE "survey_respondent_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "used" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_survey_respondent_token" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_survey_respondent_token_hash" ON "survey_respondent_token" ("token_hash")`);
    await q.query(`CREATE INDEX "IDX_survey_respondent_token_survey" ON "survey_respondent_token" ("survey_id")`);
    await q.query(
      `ALTER TABLE "survey_respondent_token" ADD CONSTRAINT "FK_survey_respondent_token_survey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "survey_respondent_token"`);
    await q.query(`ALTER TABLE "survey" DROP COLUMN "respondent_tokens_required"`);
    await q.query(`DROP INDEX "IDX_survey_response_client"`);
    await q.query(`DROP INDEX "IDX_survey_response_survey"`);
    await q.query(`CREATE INDEX "IDX_survey_response_survey" ON "survey_response" ("survey_id")`);
    await q.query(`ALTER TABLE "survey_response" DROP COLUMN "client_hash"`);
  }
}
