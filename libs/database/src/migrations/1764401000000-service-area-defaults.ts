import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default service areas as they stood when this migration was written: a copy, so that the
 * migration means the same thing whatever the list becomes later.
 */
const DEFAULT_SERVICE_AREAS = [
  'Community safety',
  'Local environment',
  'Health',
  'Social care',
  'Education',
  'Housing',
  'Transport',
  'Culture and leisure',
];

/**
 * Service-area defaults for organisations that have none: until now the defaults were
 * written by the first read of the list, so an organisation nobody had read for had no active
 * area and its Map it gate said so. New organisations get them when they are created; this gives
 * them to the rest. Reviewed by hand.
 * - Only organisations with no service area at all: any that has one has its defaults already
 *   (every earlier path wrote them before or with the first area).
 * - `down` leaves the rows: they cannot be told apart from areas an organisation kept on purpose.
 */
export class ServiceAreaDefaults1764401000000 implements MigrationInterface {
  name = 'ServiceAreaDefaults1764401000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO "service_area" ("organisation_id", "name", "name_key", "position", "version")
       SELECT o."id", d."name", lower(d."name"), d."position"::int - 1, 1
         FROM "organisation" o CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS d("name", "position")
        WHERE NOT EXISTS (SELECT 1 FROM "service_area" a WHERE a."organisation_id" = o."id")`,
      [DEFAULT_SERVICE_AREAS],
    );
  }

  async down(): Promise<void> {}
}
