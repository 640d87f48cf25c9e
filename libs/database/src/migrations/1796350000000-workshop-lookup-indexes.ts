import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for what the workshops library looks up and what cascades reach: a workshop's
 * attendees (the partial unique indexes serve only their own condition), a participant's
 * attendances (ON DELETE CASCADE from participant) and the outputs of an agenda section
 * (ON DELETE SET NULL from workshop_agenda_item).
 */
export class WorkshopLookupIndexes1796350000000 implements MigrationInterface {
  name = 'WorkshopLookupIndexes1796350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_workshop_attendee_workshop" ON "workshop_attendee" ("workshop_id")`);
    await q.query(`CREATE INDEX "IDX_workshop_attendee_participant" ON "workshop_attendee" ("participant_id")`);
    await q.query(`CREATE INDEX "IDX_workshop_output_agenda_item" ON "workshop_output" ("agenda_item_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_workshop_output_agenda_item"`);
    await q.query(`DROP INDEX "IDX_workshop_attendee_participant"`);
    await q.query(`DROP INDEX "IDX_workshop_attendee_workshop"`);
  }
}
