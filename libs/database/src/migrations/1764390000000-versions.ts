import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions on the last editable records without one: service areas, pilot metrics and pilot
 * needs, so that every editable record refuses a stale write (README, "Versions"). Reviewed by hand.
 * - Rows already there start at version 1: each column is added with DEFAULT 1, and the default
 *   is then dropped, as on every other version column (TypeORM writes the version itself).
 */
export class Versions1764390000000 implements MigrationInterface {
  name = 'Versions1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "service_area" ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "service_area" ALTER COLUMN "version" DROP DEFAULT`);
    await q.query(`ALTER TABLE "pilot_metric" ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "pilot_metric" ALTER COLUMN "version" DROP DEFAULT`);
    await q.query(`ALTER TABLE "pilot_need" ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "pilot_need" ALTER COLUMN "version" DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pilot_need" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "pilot_metric" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "service_area" DROP COLUMN "version"`);
  }
}
