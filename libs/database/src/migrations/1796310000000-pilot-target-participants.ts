import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pilot records how many people it means to reach, beside those it has reached: the Focus it
 * checklist asks for the number aimed for, so a small start is written down before the pilot runs.
 * Optional, so pilots proposed before keep working as they were.
 */
export class PilotTargetParticipants1796310000000 implements MigrationInterface {
  name = 'PilotTargetParticipants1796310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pilot" ADD "target_participants" integer`);
    await q.query(
      `ALTER TABLE "pilot" ADD CONSTRAINT "CHK_pilot_target_participants" CHECK ("target_participants" IS NULL OR "target_participants" >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pilot" DROP CONSTRAINT "CHK_pilot_target_participants"`);
    await q.query(`ALTER TABLE "pilot" DROP COLUMN "target_participants"`);
  }
}
