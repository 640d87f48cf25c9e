import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the history's filters (`kinds`, `types`, `since`, `until`). Reviewed by hand.
 * - `kinds` and `types` both become a list of types (the catalogue in libs/history maps each
 *   type to its kind; the kind is not stored, so the catalogue can grow without rewriting an
 *   append-only table): (organisation_id, type, id) finds an organisation's events of a few
 *   types, newest first, and counts them from the index alone.
 * - `since` and `until`: (organisation_id, occurred_at) bounds a time window.
 * - A programme's journey is served by the existing unique (programme_id, sequence) index:
 *   one programme's history is a short slice to filter.
 */
export class HistoryFilters1764401500000 implements MigrationInterface {
  name = 'HistoryFilters1764401500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_event_organisation_type" ON "event" ("organisation_id", "type", "id")`);
    await q.query(`CREATE INDEX "IDX_event_organisation_occurred_at" ON "event" ("organisation_id", "occurred_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_event_organisation_occurred_at"`);
    await q.query(`DROP INDEX "IDX_event_organisation_type"`);
  }
}
