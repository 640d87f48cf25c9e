import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity, tenancy and the history table. Reviewed by hand: roles and actor types
 * are text with CHECK constraints rather than PostgreSQL enums (arrays of enums fail on
 * PGlite, and text keeps later additions to a one-line change); tokens are stored as sha256.
 */
export class Foundation1764350000000 implements MigrationInterface {
  name = 'Foundation1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "event" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "programme_id" uuid, "sequence" integer, "actor_type" character varying(16) NOT NULL, "actor_user_id" uuid, "actor_api_key_id" uuid, "actor_name" character varying(100), "type" character varying(64) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_actor_type" CHECK ("actor_type" IN ('USER', 'API_KEY', 'SYSTEM', 'PUBLIC')), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_event_programme_sequence" ON "event" ("programme_id", "sequence")`);
    await q.query(`CREATE INDEX "IDX_event_organisation" ON "event" ("organisation_id", "id")`);
    await q.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "time_zone" character varying(64) NOT NULL, "currency" character(3) NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_organisation_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" text NOT NULL, "tokens_valid_after" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" ("email")`);
    await q.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_membership_role" CHECK ("role" IN ('ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER')), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_membership_user" ON "membership" ("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_membership_organisation_user" ON "membership" ("organisation_id", "user_id")`);
    await q.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "role" character varying(32) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character(64) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_api_key_role" CHECK ("role" IN ('ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER')), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_api_key_organisation" ON "api_key" ("organisation_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_key_secret_hash" ON "api_key" ("secret_hash")`);
    await q.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_password_reset_token_hash" ON "password_reset" ("token_hash")`);
    await q.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(32) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_invitation_role" CHECK ("role" IN ('ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_invitation_organisation" ON "invitation" ("organisation_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation" ("token_hash")`);
    await q.query(
      `CREATE TABLE "sign_in_throttle" ("key_hash" character(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ee244efe36f8b7e6036898df3d9" PRIMARY KEY ("key_hash"))`,
    );
    await q.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_key" ADD CONSTRAINT "FK_api_key_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_password_reset_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'sign_in_throttle',
      'invitation',
      'password_reset',
      'api_key',
      'membership',
      'app_user',
      'organisation',
      'event',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
