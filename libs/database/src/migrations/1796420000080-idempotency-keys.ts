import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Safe retries (libs/idempotency): each Idempotency-Key a caller sent with a mutation, per
 * organisation and caller, with the answer the request got, kept for IDEMPOTENCY_KEY_TTL_HOURS.
 * Behind the wall like any organisation's table; the expiry sweep finds the organisations that
 * hold keys past their time on the IDEMPOTENCY_KEY_EXPIRY path and deletes inside each.
 *
 * `idempotency_claim` takes a key in one round trip: it inserts the row (or takes over an
 * expired one) and, when another transaction holds the key, waits for it at most `wait_ms`
 * (its own lock_timeout, put back as the function returns) before answering IN_FLIGHT; a key
 * already answered is read back with a fresh snapshot, which one SQL statement could not do.
 */
export class IdempotencyKeys1796420000080 implements MigrationInterface {
  name = 'IdempotencyKeys1796420000080';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "idempotency_key" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "caller" character varying(80) NOT NULL, "key_hash" bytea NOT NULL, "request_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_status" integer, "response_type" character varying(100), "response_body" bytea, CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_idempotency_key_scope" ON "idempotency_key" ("organisation_id", "caller", "key_hash")`);
    await q.query(`CREATE INDEX "IDX_idempotency_key_expires_at" ON "idempotency_key" ("expires_at")`);
    for (const statement of tenantWallStatements('idempotency_key', 'organisation_id', ['IDEMPOTENCY_KEY_EXPIRY']))
      await q.query(statement);
    await q.query(
      `CREATE FUNCTION idempotency_claim(p_organisation uuid, p_caller text, p_key_hash bytea, p_request_hash bytea,
                                         p_now timestamptz, p_expires_at timestamptz, p_wait_ms integer)
       RETURNS TABLE (outcome text, key_id uuid, stored_request_hash bytea, stored_status integer, stored_type text, stored_body bytea)
       LANGUAGE plpgsql VOLATILE SET lock_timeout FROM CURRENT AS $$
       DECLARE
         claimed uuid;
       BEGIN
         PERFORM set_config('lock_timeout', greatest(p_wait_ms, 1) || 'ms', true);
         BEGIN
           INSERT INTO idempotency_key AS k (organisation_id, caller, key_hash, request_hash, created_at, expires_at)
           VALUES (p_organisation, p_caller, p_key_hash, p_request_hash, p_now, p_expires_at)
           ON CONFLICT (organisation_id, caller, key_hash) DO UPDATE
             SET request_hash = excluded.request_hash, created_at = excluded.created_at, expires_at = excluded.expires_at,
                 response_status = NULL, response_type = NULL, response_body = NULL
             WHERE k.expires_at <= p_now
           RETURNING k.id INTO claimed;
         EXCEPTION WHEN lock_not_available THEN
           RETURN QUERY SELECT 'IN_FLIGHT'::text, NULL::uuid, NULL::bytea, NULL::integer, NULL::text, NULL::bytea;
           RETURN;
         END;
         IF claimed IS NOT NULL THEN
           RETURN QUERY SELECT 'CLAIMED'::text, claimed, NULL::bytea, NULL::integer, NULL::text, NULL::bytea;
           RETURN;
         END IF;
         RETURN QUERY
           SELECT 'STORED'::text, k.id, k.request_hash, k.response_status, k.response_type::text, k.response_body
             FROM idempotency_key k
            WHERE k.organisation_id = p_organisation AND k.caller = p_caller AND k.key_hash = p_key_hash;
       END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION idempotency_claim(uuid, text, bytea, bytea, timestamptz, timestamptz, integer)`);
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
