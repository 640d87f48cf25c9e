import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People it, Market it, Grow it and the coproduction-index survey. Reviewed by
 * hand: a participant's personal fields can only be filled when a lawful basis is recorded
 * (CHECK), consent needs when, purposes and means; skill and service-area lists are uuid[]
 * or join tables; survey answers are jsonb keyed by question, with the questions kept on the
 * survey so later changes to the defaults leave its results comparable.
 */
export class PeopleMarketGrow1764380000000 implements MigrationInterface {
  name = 'PeopleMarketGrow1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "engagement_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_9dfffda657f0db1686fd091e2a" UNIQUE ("pilot_id"), CONSTRAINT "PK_e5680edb7efb138857a33cfc1e3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_engagement_plan_pilot" ON "engagement_plan" ("pilot_id")`);
    await q.query(
      `CREATE TABLE "incentive" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "description" text NOT NULL, "audience" character varying(200) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_incentive_kind" CHECK ("kind" IN ('INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION')), CONSTRAINT "PK_fc2c4e32d8711392ddf918b9f6c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_incentive_plan" ON "incentive" ("plan_id")`);
    await q.query(
      `CREATE TABLE "engagement_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "version_number" integer NOT NULL, "expectations" text NOT NULL, "rules_of_engagement" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf48760f033cd5456d3d1b599a9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_engagement_terms_version" ON "engagement_terms" ("plan_id", "version_number")`);
    await q.query(
      `CREATE TABLE "communication_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "channel" character varying(100) NOT NULL, "audience" character varying(200) NOT NULL DEFAULT '', "message" text NOT NULL, "starts_on" date, "ends_on" date, "done" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_820004d5180417b9f45c4097f9f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_communication_action_plan" ON "communication_action" ("plan_id")`);
    await q.query(
      `CREATE TABLE "participant_resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "description" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_participant_resource_kind" CHECK ("kind" IN ('SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME')), CONSTRAINT "PK_7898b9f60cbb5ae27c7b88611c8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_participant_resource_plan" ON "participant_resource" ("plan_id")`);
    await q.query(
      `CREATE TABLE "scaling_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "mechanism" character varying(32) NOT NULL, "mechanism_note" text NOT NULL DEFAULT '', "target_service_area_ids" uuid array NOT NULL DEFAULT '{}', "expected_reach" integer, "transparency_measures" text NOT NULL DEFAULT '', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_569473a66f33e7aeb8d42e2da6" UNIQUE ("pilot_id"), CONSTRAINT "CHK_scaling_plan_reach" CHECK ("expected_reach" IS NULL OR "expected_reach" >= 0), CONSTRAINT "CHK_scaling_plan_mechanism" CHECK ("mechanism" IN ('REPLICATE', 'EMBED_IN_COMMISSIONING', 'WIDEN_ELIGIBILITY', 'OTHER')), CONSTRAINT "PK_4777d4165f67fed8705ac9dc9f0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_scaling_plan_pilot" ON "scaling_plan" ("pilot_id")`);
    await q.query(
      `CREATE TABLE "training_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "topic" character varying(200) NOT NULL, "audience" character varying(16) NOT NULL, "sessions" integer NOT NULL DEFAULT '1', "done" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_training_action_sessions" CHECK ("sessions" >= 0), CONSTRAINT "CHK_training_action_audience" CHECK ("audience" IN ('STAFF', 'CITIZENS')), CONSTRAINT "PK_790d5cb86f86d64ce82ac6f2f59" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_training_action_plan" ON "training_action" ("plan_id")`);
    await q.query(
      `CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "display_name" character varying(200), "contact" character varying(300), "notes" text, "motivation" smallint, "hours_per_month" integer, "lawful_basis" character varying(16), "consent_given_at" TIMESTAMP WITH TIME ZONE, "consent_purposes" character varying(500), "consent_method" character varying(200), "basis_note" character varying(500), "erased_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_participant_hours" CHECK ("hours_per_month" IS NULL OR "hours_per_month" >= 0), CONSTRAINT "CHK_participant_motivation" CHECK ("motivation" IS NULL OR "motivation" BETWEEN 1 AND 5), CONSTRAINT "CHK_participant_other_basis" CHECK ("lawful_basis" IS DISTINCT FROM 'OTHER' OR "basis_note" IS NOT NULL), CONSTRAINT "CHK_participant_consent" CHECK ("lawful_basis" IS DISTINCT FROM 'CONSENT' OR ("consent_given_at" IS NOT NULL AND "consent_purposes" IS NOT NULL AND "consent_method" IS NOT NULL)), CONSTRAINT "CHK_participant_personal_needs_basis" CHECK ("lawful_basis" IS NOT NULL OR ("display_name" IS NULL AND "contact" IS NULL AND "notes" IS NULL)), CONSTRAINT "CHK_participant_basis" CHECK ("lawful_basis" IS NULL OR "lawful_basis" IN ('CONSENT', 'PUBLIC_TASK', 'OTHER')), CONSTRAINT "CHK_participant_kind" CHECK ("kind" IN ('STAFF', 'CITIZEN', 'COMMUNITY_GROUP', 'THIRD_SECTOR')), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_participant_organisation" ON "participant" ("organisation_id", "kind")`);
    await q.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pilot_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "role" character varying(100) NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_enrolment_participant" ON "enrolment" ("participant_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_enrolment_pilot_participant" ON "enrolment" ("pilot_id", "participant_id")`);
    await q.query(
      `CREATE TABLE "pilot_need" ("pilot_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "skill_ids" uuid array NOT NULL DEFAULT '{}', "hours_per_month" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_pilot_need_hours" CHECK ("hours_per_month" >= 0), CONSTRAINT "PK_e6ea2a2d0fde068ba6ebcd81988" PRIMARY KEY ("pilot_id"))`,
    );
    await q.query(
      `CREATE TABLE "self_efficacy_reading" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "score" smallint NOT NULL, "recorded_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_self_efficacy_score" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_59684b7ff12eb51fe816507d326" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_self_efficacy_enrolment" ON "self_efficacy_reading" ("enrolment_id", "recorded_on")`);
    await q.query(
      `CREATE TABLE "skill" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "name_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_skill_name" ON "skill" ("organisation_id", "name_key")`);
    await q.query(
      `CREATE TABLE "participant_skill" ("participant_id" uuid NOT NULL, "skill_id" uuid NOT NULL, CONSTRAINT "PK_fecd803cf8b4d824f953e23a4cf" PRIMARY KEY ("participant_id", "skill_id"))`,
    );
    await q.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "areas" text array NOT NULL, "questions" jsonb NOT NULL, "sampling_method" character varying(24) NOT NULL, "response_token_hash" character(64), "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_survey_sampling" CHECK ("sampling_method" IN ('SELF_SELECTED_ONLINE', 'RANDOM_SAMPLE', 'DOOR_TO_DOOR', 'WORKSHOP', 'OTHER')), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_survey_response_token" ON "survey" ("response_token_hash")`);
    await q.query(`CREATE INDEX "IDX_survey_organisation" ON "survey" ("organisation_id")`);
    await q.query(
      `CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "answers" jsonb NOT NULL, "channel" character varying(8) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_survey_response_channel" CHECK ("channel" IN ('LINK', 'ENTERED', 'CSV')), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_survey_response_survey" ON "survey_response" ("survey_id")`);
    await q.query(
      `ALTER TABLE "engagement_plan" ADD CONSTRAINT "FK_engagement_plan_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "incentive" ADD CONSTRAINT "FK_incentive_plan" FOREIGN KEY ("plan_id") REFERENCES "engagement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "engagement_terms" ADD CONSTRAINT "FK_engagement_terms_plan" FOREIGN KEY ("plan_id") REFERENCES "engagement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "communication_action" ADD CONSTRAINT "FK_communication_action_plan" FOREIGN KEY ("plan_id") REFERENCES "engagement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participant_resource" ADD CONSTRAINT "FK_participant_resource_plan" FOREIGN KEY ("plan_id") REFERENCES "engagement_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "scaling_plan" ADD CONSTRAINT "FK_scaling_plan_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_action" ADD CONSTRAINT "FK_training_action_plan" FOREIGN KEY ("plan_id") REFERENCES "scaling_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_participant_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_enrolment_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pilot_need" ADD CONSTRAINT "FK_pilot_need_pilot" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "self_efficacy_reading" ADD CONSTRAINT "FK_self_efficacy_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill" ADD CONSTRAINT "FK_skill_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participant_skill" ADD CONSTRAINT "FK_participant_skill_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participant_skill" ADD CONSTRAINT "FK_participant_skill_skill" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_survey_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "FK_survey_response_survey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'survey_response',
      'survey',
      'training_action',
      'scaling_plan',
      'participant_resource',
      'communication_action',
      'engagement_terms',
      'incentive',
      'engagement_plan',
      'self_efficacy_reading',
      'enrolment',
      'pilot_need',
      'participant_skill',
      'participant',
      'skill',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
