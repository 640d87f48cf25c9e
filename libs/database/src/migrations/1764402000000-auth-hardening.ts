import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and invitation hardening. Reviewed by hand.
 * - The throttle now counts per client and account, per account, and per client: each row says
 *   which. The rows already there were keyed on the address alone and mean nothing under the
 *   new keys, so they are dropped (the worst that follows is a fresh count for an hour).
 * - An index on the last failure lets each sign-in prune a few stale rows cheaply.
 * - Invitations count attempts to accept them as someone else; after a few they are dead.
 * - API keys remember the key that created them, so revoking one revokes its descendants.
 */
export class AuthHardening1764402000000 implements MigrationInterface {
  name = 'AuthHardening1764402000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "sign_in_throttle"`);
    await q.query(`ALTER TABLE "sign_in_throttle" ADD "scope" character varying(16) NOT NULL`);
    await q.query(
      `ALTER TABLE "sign_in_throttle" ADD CONSTRAINT "CHK_sign_in_throttle_scope" CHECK ("scope" IN ('CLIENT_ACCOUNT', 'ACCOUNT', 'CLIENT'))`,
    );
    await q.query(`CREATE INDEX "IDX_sign_in_throttle_last_failure" ON "sign_in_throttle" ("last_failure_at")`);
    await q.query(`ALTER TABLE "invitation" ADD "failed_attempts" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "api_key" ADD "parent_key_id" uuid`);
    await q.query(`CREATE INDEX "IDX_api_key_parent" ON "api_key" ("parent_key_id")`);
    await q.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "FK_api_key_parent" FOREIGN KEY ("parent_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_api_key_parent"`);
    await q.query(`DROP INDEX "IDX_api_key_parent"`);
    await q.query(`ALTER TABLE "api_key" DROP COLUMN "parent_key_id"`);
    await q.query(`ALTER TABLE "invitation" DROP COLUMN "failed_attempts"`);
    await q.query(`DROP INDEX "IDX_sign_in_throttle_last_failure"`);
    await q.query(`ALTER TABLE "sign_in_throttle" DROP CONSTRAINT "CHK_sign_in_throttle_scope"`);
    await q.query(`ALTER TABLE "sign_in_throttle" DROP COLUMN "scope"`);
  }
}
