import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Webhooks (libs/integration/src/webhooks): an organisation's endpoints, the outbox of
 * deliveries owed to them, and the log of every attempt, all behind the tenancy wall. Workers
 * claim what is due across organisations on the WEBHOOK_DELIVERY path, which reads deliveries,
 * endpoints and the events they carry.
 *
 * The outbox is filled by a trigger on `event`, in the event's own transaction: every writer of
 * history queues its deliveries without knowing webhooks exist, an event rolled back leaves
 * nothing owed, and a write costs no extra round trip. Drafted with `npm run migration:draft`,
 * reviewed by hand.
 */
export class Webhooks1796380000000 implements MigrationInterface {
  name = 'Webhooks1796380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "webhook_endpoint" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" character varying(2000) NOT NULL, "description" character varying(200) NOT NULL DEFAULT '', "event_types" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "secret" character varying(100) NOT NULL, "previous_secret" character varying(100), "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_reason" character varying(300), "created_by" uuid, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_webhook_endpoint_active" ON "webhook_endpoint" ("organisation_id") WHERE "active"`);
    await q.query(`CREATE INDEX "IDX_webhook_endpoint_organisation" ON "webhook_endpoint" ("organisation_id", "created_at")`);
    await q.query(
      `CREATE TABLE "webhook_delivery" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" bigint NOT NULL, "event_type" character varying(64) NOT NULL, "stream" character varying(40) NOT NULL, "position" bigint NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lease_owner" character varying(64), "lease_until" TIMESTAMP WITH TIME ZONE, "last_status" integer, "last_error" character varying(300), "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_webhook_delivery_status" CHECK ("status" IN ('PENDING', 'DELIVERED', 'FAILED')), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_webhook_delivery_event" ON "webhook_delivery" ("endpoint_id", "event_id")`);
    await q.query(`CREATE INDEX "IDX_webhook_delivery_endpoint" ON "webhook_delivery" ("endpoint_id", "created_at")`);
    await q.query(
      `CREATE INDEX "IDX_webhook_delivery_stream" ON "webhook_delivery" ("endpoint_id", "stream", "position") WHERE "status" = 'PENDING'`,
    );
    await q.query(`CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("next_attempt_at") WHERE "status" = 'PENDING'`);
    await q.query(
      `CREATE TABLE "webhook_attempt" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "error" character varying(300), CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_webhook_attempt_endpoint" ON "webhook_attempt" ("endpoint_id", "attempted_at")`);
    await q.query(`CREATE INDEX "IDX_webhook_attempt_delivery" ON "webhook_attempt" ("delivery_id", "attempted_at")`);
    await q.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_webhook_endpoint_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_webhook_delivery_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_webhook_delivery_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "webhook_attempt" ADD CONSTRAINT "FK_webhook_attempt_delivery" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Runs as the writer, in its tenant scope: it sees only the organisation's own endpoints.
    await q.query(`CREATE FUNCTION webhook_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO webhook_delivery (organisation_id, endpoint_id, event_id, event_type, stream, position)
  SELECT NEW.organisation_id, e.id, NEW.id, NEW.type, coalesce(NEW.programme_id::text, 'organisation'), coalesce(NEW.sequence::bigint, NEW.id)
    FROM webhook_endpoint e
   WHERE e.organisation_id = NEW.organisation_id AND e.active AND NEW.type = ANY (e.event_types);
  RETURN NULL;
END $$`);
    await q.query(`CREATE TRIGGER webhook_outbox AFTER INSERT ON "event" FOR EACH ROW EXECUTE FUNCTION webhook_outbox()`);
    for (const table of ['webhook_endpoint', 'webhook_delivery']) {
      for (const statement of tenantWallStatements(table, 'organisation_id', ['WEBHOOK_DELIVERY'])) await q.query(statement);
    }
    for (const statement of tenantWallStatements('webhook_attempt', 'organisation_id', [])) await q.query(statement);
    for (const statement of tenantWallStatements('event', 'organisation_id', ['LIVE_EVENTS', 'WEBHOOK_DELIVERY'])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of tenantWallStatements('event', 'organisation_id', ['LIVE_EVENTS'])) await q.query(statement);
    await q.query(`DROP TRIGGER webhook_outbox ON "event"`);
    await q.query(`DROP FUNCTION webhook_outbox()`);
    await q.query(`DROP TABLE "webhook_attempt"`);
    await q.query(`DROP TABLE "webhook_delivery"`);
    await q.query(`DROP TABLE "webhook_endpoint"`);
  }
}
