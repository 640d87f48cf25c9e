import type { MigrationInterface, QueryRunner } from 'typeorm';
import { POLICY_NAME, tenantWallStatements } from '../tenancy/tenant-wall';

const CROSS_PATH = `(SELECT current_setting('app.cross_path', true))`;

/**
 * Reminders and notifications (libs/notifications). `notification` is an organisation's table
 * (a reminder names its tasks and workshops), behind the wall like any other, and every statement
 * also names the person. A person's settings and the record of their daily digests belong to no
 * organisation (no organisation column, nothing of one's data): only their paths reach them,
 * NOTIFICATION_SETTINGS (the person) and NOTIFICATION_DIGEST (the scheduler), which also reads
 * memberships and organisations' time zones across organisations. PASSWORD_RESET_REQUEST reads
 * memberships to find where a self-service reset link is kept. Written by hand from the entities.
 */
const MEMBERSHIP_PATHS = ['AUTHENTICATE', 'MY_ORGANISATIONS', 'RESET_LINK_REACH'];
const ORGANISATION_PATHS = ['AUTHENTICATE', 'MY_ORGANISATIONS', 'INVITATION_REDEMPTION', 'PUBLIC_LINKS', 'DEMO_SEEDER'];

export class Notifications1796400000000 implements MigrationInterface {
  name = 'Notifications1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notification" ("organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "context" character varying(500) NOT NULL DEFAULT '', "due_on" date, "starts_at" TIMESTAMP WITH TIME ZONE, "for_date" date NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notification_kind" CHECK ("kind" IN ('TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'STEP_PAST_TARGET', 'WORKSHOP_TOMORROW')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notification_subject_day" ON "notification" ("organisation_id", "user_id", "kind", "subject_id", "for_date")`,
    );
    await q.query(`CREATE INDEX "IDX_notification_user" ON "notification" ("organisation_id", "user_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_notification_unread" ON "notification" ("organisation_id", "user_id") WHERE "read_at" IS NULL`);
    await q.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "digest_email" boolean NOT NULL DEFAULT true, "kinds" text array NOT NULL, "send_hour" integer NOT NULL DEFAULT '8', "time_zone" character varying(64), "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_notification_preference_send_hour" CHECK ("send_hour" BETWEEN 0 AND 23), CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `CREATE TABLE "notification_digest" ("user_id" uuid NOT NULL, "local_date" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "lease_owner" character varying(64), "lease_until" TIMESTAMP WITH TIME ZONE, "item_count" integer NOT NULL DEFAULT '0', "emailed" boolean NOT NULL DEFAULT false, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notification_digest_status" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT "PK_c2dd6f6dfe7270300c7b321cab3" PRIMARY KEY ("user_id", "local_date"))`,
    );
    await q.query(`CREATE INDEX "IDX_notification_digest_pending" ON "notification_digest" ("lease_until") WHERE "status" = 'PENDING'`);
    for (const [table, column, target] of [
      ['notification', 'organisation_id', 'organisation'],
      ['notification', 'user_id', 'app_user'],
      ['notification', 'programme_id', 'programme'],
      ['notification_preference', 'user_id', 'app_user'],
      ['notification_digest', 'user_id', 'app_user'],
    ]) {
      const name = `FK_${table}_${column === 'organisation_id' ? 'organisation' : column === 'user_id' ? 'user' : 'programme'}`;
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    for (const statement of tenantWallStatements('notification', 'organisation_id', [])) await q.query(statement);
    for (const [table, paths] of [
      ['notification_preference', ['NOTIFICATION_SETTINGS', 'NOTIFICATION_DIGEST']],
      ['notification_digest', ['NOTIFICATION_DIGEST']],
    ] as const) {
      const sight = `${CROSS_PATH} IN (${paths.map((p) => `'${p}'`).join(', ')})`;
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${POLICY_NAME} ON "${table}" USING (${sight}) WITH CHECK (${sight})`);
    }
    for (const statement of tenantWallStatements('membership', 'organisation_id', [
      ...MEMBERSHIP_PATHS,
      'NOTIFICATION_DIGEST',
      'PASSWORD_RESET_REQUEST',
    ]))
      await q.query(statement);
    for (const statement of tenantWallStatements('organisation', 'id', [...ORGANISATION_PATHS, 'NOTIFICATION_DIGEST']))
      await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of tenantWallStatements('membership', 'organisation_id', MEMBERSHIP_PATHS)) await q.query(statement);
    for (const statement of tenantWallStatements('organisation', 'id', ORGANISATION_PATHS)) await q.query(statement);
    for (const table of ['notification_digest', 'notification_preference', 'notification']) await q.query(`DROP TABLE "${table}"`);
  }
}
