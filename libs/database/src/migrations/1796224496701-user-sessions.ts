import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions: a browser's cookie, or a bearer token's `sid`, names a row that signing
 * out deletes. A person's, not an organisation's: no organisation column and no row-level
 * policy (like app_user); the server's role gets its grants by default privileges
 * (tenancy/tenant-wall.ts). Reviewed by hand.
 */
export class UserSessions1796224496701 implements MigrationInterface {
  name = 'UserSessions1796224496701';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "secret_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_user_session_kind" CHECK ("kind" IN ('COOKIE', 'TOKEN') AND ("secret_hash" IS NOT NULL) = ("kind" = 'COOKIE')), CONSTRAINT "PK_user_session" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_user_session_secret_hash" ON "user_session" ("secret_hash")`);
    await q.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_user_session_expires" ON "user_session" ("expires_at")`);
    await q.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "user_session"`);
  }
}
