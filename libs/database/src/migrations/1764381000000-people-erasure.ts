import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure and withdrawal (People it). Reviewed by hand.
 * - An erased participant keeps no free text at all: the consent and other-basis checks hold
 *   until erasure, and a new check has the database itself refuse personal text on an erased row.
 * - Withdrawing from a pilot dates the enrolment instead of deleting it, so the readings and the
 *   count of people the pilot reached stay.
 * - Participants are listed by skill: an index on the join table's second column.
 */
export class PeopleErasure1764381000000 implements MigrationInterface {
  name = 'PeopleErasure1764381000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "participant" DROP CONSTRAINT "CHK_participant_consent"`);
    await q.query(`ALTER TABLE "participant" DROP CONSTRAINT "CHK_participant_other_basis"`);
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "CHK_participant_consent_until_erased" CHECK ("erased_at" IS NOT NULL OR "lawful_basis" IS DISTINCT FROM 'CONSENT' OR ("consent_given_at" IS NOT NULL AND "consent_purposes" IS NOT NULL AND "consent_method" IS NOT NULL))`,
    );
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "CHK_participant_other_basis_until_erased" CHECK ("erased_at" IS NOT NULL OR "lawful_basis" IS DISTINCT FROM 'OTHER' OR "basis_note" IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "CHK_participant_erased_holds_nothing" CHECK ("erased_at" IS NULL OR ("display_name" IS NULL AND "contact" IS NULL AND "notes" IS NULL AND "consent_purposes" IS NULL AND "consent_method" IS NULL AND "basis_note" IS NULL))`,
    );
    await q.query(`ALTER TABLE "enrolment" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_participant_skill_skill" ON "participant_skill" ("skill_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_participant_skill_skill"`);
    await q.query(`ALTER TABLE "enrolment" DROP COLUMN "withdrawn_at"`);
    await q.query(`ALTER TABLE "participant" DROP CONSTRAINT "CHK_participant_erased_holds_nothing"`);
    await q.query(`ALTER TABLE "participant" DROP CONSTRAINT "CHK_participant_other_basis_until_erased"`);
    await q.query(`ALTER TABLE "participant" DROP CONSTRAINT "CHK_participant_consent_until_erased"`);
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "CHK_participant_other_basis" CHECK ("lawful_basis" IS DISTINCT FROM 'OTHER' OR "basis_note" IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "CHK_participant_consent" CHECK ("lawful_basis" IS DISTINCT FROM 'CONSENT' OR ("consent_given_at" IS NOT NULL AND "consent_purposes" IS NOT NULL AND "consent_method" IS NOT NULL))`,
    );
  }
}
