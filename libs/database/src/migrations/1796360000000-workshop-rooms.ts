import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantWallStatements } from '../tenancy/tenant-wall';

/**
 * The room of a running workshop (libs/workshops/src/room): guests who join with a code (its
 * hash on the workshop), their passes, rounds of dot-voting with their options and ballots, and
 * the guest who added an output. All behind the tenancy wall; a workshop and a guest are also
 * found across organisations on the WORKSHOP_GUESTS path (by a code's or a pass's hash), frozen
 * here as the policies name it. Drafted with `npm run migration:draft`, reviewed by hand.
 */
export class WorkshopRooms1796360000000 implements MigrationInterface {
  name = 'WorkshopRooms1796360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workshop_guest" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "display_name" character varying(40) NOT NULL, "pass_hash" character varying(64), "pass_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_267cec98de5e5a3577db5b7d411" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_workshop_guest_pass" ON "workshop_guest" ("pass_hash") WHERE "pass_hash" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_workshop_guest_workshop" ON "workshop_guest" ("workshop_id", "created_at")`);
    await q.query(
      `CREATE TABLE "workshop_vote_round" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "position" integer NOT NULL, "question" character varying(300) NOT NULL, "dots_per_voter" integer NOT NULL, "anonymous" boolean NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "closed_at" TIMESTAMP WITH TIME ZONE, "voter_count" integer, "decision_output_id" uuid, CONSTRAINT "CHK_workshop_vote_round_dots" CHECK ("dots_per_voter" BETWEEN 1 AND 20), CONSTRAINT "CHK_workshop_vote_round_status" CHECK ("status" IN ('OPEN', 'CLOSED')), CONSTRAINT "PK_5e26b8aca6d25f0066fd4e4acc3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_workshop_vote_round_open" ON "workshop_vote_round" ("workshop_id") WHERE "status" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_workshop_vote_round_workshop" ON "workshop_vote_round" ("workshop_id", "position")`);
    await q.query(
      `CREATE TABLE "workshop_vote_option" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "position" integer NOT NULL, "label" character varying(200) NOT NULL, "priority_area_id" uuid, "initiative_id" uuid, "final_dots" integer, CONSTRAINT "CHK_workshop_vote_option_subject" CHECK ("priority_area_id" IS NULL OR "initiative_id" IS NULL), CONSTRAINT "PK_b29805955b0c207f27d17eb4689" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workshop_vote_option_round" ON "workshop_vote_option" ("round_id", "position")`);
    await q.query(
      `CREATE TABLE "workshop_vote" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "option_id" uuid NOT NULL, "user_id" uuid, "guest_id" uuid, "dots" integer NOT NULL, CONSTRAINT "CHK_workshop_vote_dots" CHECK ("dots" >= 1), CONSTRAINT "CHK_workshop_vote_voter" CHECK (("user_id" IS NULL) <> ("guest_id" IS NULL)), CONSTRAINT "PK_7050dc7c6a8b196c067b126574b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_workshop_vote_guest" ON "workshop_vote" ("option_id", "guest_id") WHERE "guest_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_workshop_vote_member" ON "workshop_vote" ("option_id", "user_id") WHERE "user_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_workshop_vote_user" ON "workshop_vote" ("user_id")`);
    await q.query(`CREATE INDEX "IDX_workshop_vote_guest" ON "workshop_vote" ("guest_id")`);
    await q.query(`CREATE INDEX "IDX_workshop_vote_option" ON "workshop_vote" ("option_id")`);
    await q.query(`CREATE INDEX "IDX_workshop_vote_round" ON "workshop_vote" ("round_id")`);
    await q.query(`ALTER TABLE "workshop" ADD "join_code_hash" character varying(64)`);
    await q.query(`ALTER TABLE "workshop" ADD "join_code_expires_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "workshop_output" ADD "guest_id" uuid`);
    await q.query(`CREATE UNIQUE INDEX "UQ_workshop_join_code" ON "workshop" ("join_code_hash") WHERE "join_code_hash" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_workshop_output_guest" ON "workshop_output" ("guest_id")`);
    await q.query(
      `ALTER TABLE "workshop_guest" ADD CONSTRAINT "FK_workshop_guest_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_output" ADD CONSTRAINT "FK_workshop_output_guest" FOREIGN KEY ("guest_id") REFERENCES "workshop_guest"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote_round" ADD CONSTRAINT "FK_workshop_vote_round_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote_round" ADD CONSTRAINT "FK_workshop_vote_round_decision" FOREIGN KEY ("decision_output_id") REFERENCES "workshop_output"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote_option" ADD CONSTRAINT "FK_workshop_vote_option_round" FOREIGN KEY ("round_id") REFERENCES "workshop_vote_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote_option" ADD CONSTRAINT "FK_workshop_vote_option_priority_area" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote_option" ADD CONSTRAINT "FK_workshop_vote_option_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_workshop_vote_round" FOREIGN KEY ("round_id") REFERENCES "workshop_vote_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_workshop_vote_option" FOREIGN KEY ("option_id") REFERENCES "workshop_vote_option"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_workshop_vote_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_workshop_vote_guest" FOREIGN KEY ("guest_id") REFERENCES "workshop_guest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of tenantWallStatements('workshop', 'organisation_id', ['WORKSHOP_GUESTS'])) await q.query(statement);
    for (const statement of tenantWallStatements('workshop_guest', 'organisation_id', ['WORKSHOP_GUESTS'])) await q.query(statement);
    for (const table of ['workshop_vote_round', 'workshop_vote_option', 'workshop_vote']) {
      for (const statement of tenantWallStatements(table, 'organisation_id', [])) await q.query(statement);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of tenantWallStatements('workshop', 'organisation_id', [])) await q.query(statement);
    await q.query(`DROP TABLE "workshop_vote"`);
    await q.query(`DROP TABLE "workshop_vote_option"`);
    await q.query(`DROP TABLE "workshop_vote_round"`);
    await q.query(`ALTER TABLE "workshop_output" DROP CONSTRAINT "FK_workshop_output_guest"`);
    await q.query(`DROP INDEX "IDX_workshop_output_guest"`);
    await q.query(`ALTER TABLE "workshop_output" DROP COLUMN "guest_id"`);
    await q.query(`DROP TABLE "workshop_guest"`);
    await q.query(`DROP INDEX "UQ_workshop_join_code"`);
    await q.query(`ALTER TABLE "workshop" DROP COLUMN "join_code_expires_at"`);
    await q.query(`ALTER TABLE "workshop" DROP COLUMN "join_code_hash"`);
  }
}
