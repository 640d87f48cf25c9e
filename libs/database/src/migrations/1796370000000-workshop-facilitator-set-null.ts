import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a user account that facilitated a workshop no longer fails (ON DELETE RESTRICT): the
 * workshop, its agenda and outputs belong to the organisation and stay, and its facilitator
 * becomes unknown (null) until someone names another. The index serves that SET NULL.
 */
export class WorkshopFacilitatorSetNull1796370000000 implements MigrationInterface {
  name = 'WorkshopFacilitatorSetNull1796370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workshop" DROP CONSTRAINT "FK_workshop_facilitator"`);
    await q.query(`ALTER TABLE "workshop" ALTER COLUMN "facilitator_user_id" DROP NOT NULL`);
    await q.query(`CREATE INDEX "IDX_workshop_facilitator" ON "workshop" ("facilitator_user_id")`);
    await q.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_workshop_facilitator" FOREIGN KEY ("facilitator_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  /** Fails while any workshop has lost its facilitator: name one first. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workshop" DROP CONSTRAINT "FK_workshop_facilitator"`);
    await q.query(`DROP INDEX "IDX_workshop_facilitator"`);
    await q.query(`ALTER TABLE "workshop" ALTER COLUMN "facilitator_user_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_workshop_facilitator" FOREIGN KEY ("facilitator_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
