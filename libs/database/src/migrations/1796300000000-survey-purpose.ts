import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A survey says what it is for and on what lawful basis it asks: residents read both on the
 * public form above the questions. Both optional, so surveys made before keep working as they were.
 */
export class SurveyPurpose1796300000000 implements MigrationInterface {
  name = 'SurveyPurpose1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey" ADD "purpose" text`);
    await q.query(`ALTER TABLE "survey" ADD "lawful_basis" character varying(24)`);
    await q.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "CHK_survey_lawful_basis" CHECK ("lawful_basis" IN ('PUBLIC_TASK', 'CONSENT', 'LEGITIMATE_INTERESTS'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey" DROP CONSTRAINT "CHK_survey_lawful_basis"`);
    await q.query(`ALTER TABLE "survey" DROP COLUMN "lawful_basis"`);
    await q.query(`ALTER TABLE "survey" DROP COLUMN "purpose"`);
  }
}
