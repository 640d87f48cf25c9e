import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * Single sign-on with OpenID Connect (libs/identity/src/single-sign-on): each organisation's
 * provider settings and the identities bound by (issuer, subject), both behind the tenancy wall.
 * A token or sign-in from a provider is matched to the organisations trusting its issuer before
 * any organisation is known, on the SINGLE_SIGN_ON path; authenticating reads each organisation's
 * password rule on the AUTHENTICATE path. A session records which organisation's provider signed
 * it in. Drafted with `npm run migration:draft`, reviewed by hand.
 */
export class SingleSignOn1796410000000 implements MigrationInterface {
  name = 'SingleSignOn1796410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "oidc_configuration" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(63) NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret_sealed" text, "audience" character varying(500), "role_claim" character varying(100) NOT NULL, "role_mapping" jsonb NOT NULL, "create_members_on_first_sign_in" boolean NOT NULL DEFAULT false, "password_sign_in_allowed" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_8569d797024a0af1743c8d988de" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_oidc_configuration_issuer" ON "oidc_configuration" ("issuer")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_oidc_configuration_slug" ON "oidc_configuration" ("slug")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_oidc_configuration_organisation" ON "oidc_configuration" ("organisation_id")`);
    await q.query(
      `CREATE TABLE "external_identity" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" character varying(500) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "last_signed_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_390cd58fc7a0124d5fc815e99a3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_external_identity_user" ON "external_identity" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_external_identity_lookup" ON "external_identity" ("issuer", "subject")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_external_identity_subject" ON "external_identity" ("organisation_id", "issuer", "subject")`);
    await q.query(`ALTER TABLE "user_session" ADD "oidc_organisation_id" uuid`);
    await q.query(
      `ALTER TABLE "external_identity" ADD CONSTRAINT "FK_external_identity_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "external_identity" ADD CONSTRAINT "FK_external_identity_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "oidc_configuration" ADD CONSTRAINT "FK_oidc_configuration_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of tenantWallStatements('oidc_configuration', 'organisation_id', ['AUTHENTICATE', 'SINGLE_SIGN_ON'])) {
      await q.query(statement);
    }
    for (const statement of tenantWallStatements('external_identity', 'organisation_id', ['SINGLE_SIGN_ON'])) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_session" DROP COLUMN "oidc_organisation_id"`);
    await q.query(`DROP TABLE "external_identity"`);
    await q.query(`DROP TABLE "oidc_configuration"`);
  }
}
