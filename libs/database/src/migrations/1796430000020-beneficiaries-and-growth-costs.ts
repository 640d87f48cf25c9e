import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outsideTheWall } from '../tenancy/tenant-wall';

const GROUPS = `('SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS')`;

/**
 * Who benefits, and what growth costs (issue 19, items 3 and 4).
 *
 * Every pilot metric and financial line names its beneficiary group. Rows written before groups
 * existed get the default libs/workflow benefits.ts gives new rows with none named: cashable
 * savings go to the service's managers (they land in its budget), every other line and every
 * metric to service users (a pilot's outcomes are first about the people it serves). Both are
 * editable afterwards; nothing is guessed beyond that.
 *
 * Scaling plans and training actions carry an optional cost in exact minor units with its
 * currency (the organisation's, like a pilot's default), NULL while not known: "not known" and
 * "free" are different answers, and the Grow-it rule asks for the first to be gone.
 */
export class BeneficiariesAndGrowthCosts1796430000020 implements MigrationInterface {
  name = 'BeneficiariesAndGrowthCosts1796430000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pilot_metric" ADD "beneficiary_group" character varying(20) NOT NULL DEFAULT 'SERVICE_USERS'`);
    await q.query(`ALTER TABLE "pilot_metric" ALTER COLUMN "beneficiary_group" DROP DEFAULT`);
    await q.query(
      `ALTER TABLE "pilot_metric" ADD CONSTRAINT "CHK_pilot_metric_beneficiary_group" CHECK ("beneficiary_group" IN ${GROUPS})`,
    );

    await q.query(`ALTER TABLE "pilot_financial" ADD "beneficiary_group" character varying(20)`);
    // Every organisation's lines: under the wall an owner that is no superuser would update none, and SET NOT NULL then fail.
    await outsideTheWall(q, ['pilot_financial'], () =>
      q.query(`UPDATE "pilot_financial" SET "beneficiary_group" = CASE WHEN "kind" = 'SAVING' THEN 'MANAGERS' ELSE 'SERVICE_USERS' END`),
    );
    await q.query(`ALTER TABLE "pilot_financial" ALTER COLUMN "beneficiary_group" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "pilot_financial" ADD CONSTRAINT "CHK_pilot_financial_beneficiary_group" CHECK ("beneficiary_group" IN ${GROUPS})`,
    );

    for (const table of ['scaling_plan', 'training_action']) {
      await q.query(`ALTER TABLE "${table}" ADD "cost_minor" bigint`);
      await q.query(`ALTER TABLE "${table}" ADD "cost_currency" character(3)`);
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_cost" CHECK (("cost_minor" IS NULL AND "cost_currency" IS NULL) OR ("cost_minor" >= 0 AND "cost_currency" ~ '^[A-Z]{3}$'))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['training_action', 'scaling_plan']) {
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_cost"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "cost_currency"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "cost_minor"`);
    }
    await q.query(`ALTER TABLE "pilot_financial" DROP CONSTRAINT "CHK_pilot_financial_beneficiary_group"`);
    await q.query(`ALTER TABLE "pilot_financial" DROP COLUMN "beneficiary_group"`);
    await q.query(`ALTER TABLE "pilot_metric" DROP CONSTRAINT "CHK_pilot_metric_beneficiary_group"`);
    await q.query(`ALTER TABLE "pilot_metric" DROP COLUMN "beneficiary_group"`);
  }
}
