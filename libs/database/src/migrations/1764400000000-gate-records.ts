import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rule ids renamed: the rules now count every pilot going ahead, not only running ones. */
const RULE_RENAMES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['RUNNING_PILOTS_HAVE_BASELINES', 'PILOTS_GOING_AHEAD_HAVE_BASELINES'],
  ['RUNNING_PILOTS_HAVE_PARTICIPANTS', 'PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS'],
  ['RUNNING_PILOTS_HAVE_PUBLISHED_TERMS', 'PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS'],
];

/** Template specs kept as jsonb ({ items: [{ rule, … }] }): organisations' copies and programmes' snapshots. */
const SPEC_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['workflow_template', 'spec'],
  ['programme', 'template_snapshot'],
];

/**
 * Gate records: what each step's gate said when the step was passed, so a completed
 * step keeps its verdicts while its pilots move on. Reviewed by hand.
 * - One record in force per step row (a partial unique index); reopening sets it aside
 *   (`set_aside_at`) and keeps it.
 * - Steps completed before this migration have no record: they go on showing the live gate,
 *   and say so (`Gate.recorded` is false). Their verdicts at the time cannot be known now.
 * - The three rules about pilots going ahead get new ids; copies of templates, programmes'
 *   snapshots and checklist items are rewritten in place, item order kept.
 */
export class GateRecords1764400000000 implements MigrationInterface {
  name = 'GateRecords1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "gate_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "programme_step_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(16) NOT NULL, "passed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "passed_by" uuid, "passed_by_override" boolean NOT NULL, "override_reason" text, "verdicts" jsonb NOT NULL, "set_aside_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_gate_record" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_gate_record_in_force" ON "gate_record" ("programme_step_id") WHERE "set_aside_at" IS NULL`);
    await q.query(`CREATE INDEX "IDX_gate_record_programme" ON "gate_record" ("programme_id", "cycle")`);
    await q.query(
      `ALTER TABLE "gate_record" ADD CONSTRAINT "FK_gate_record_programme_step" FOREIGN KEY ("programme_step_id") REFERENCES "programme_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const [from, to] of RULE_RENAMES) await renameRule(q, from, to);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [from, to] of RULE_RENAMES) await renameRule(q, to, from);
    await q.query(`DROP TABLE "gate_record"`);
  }
}

/** Exported for its test: renames one rule id wherever copies of templates and checklists keep it. */
export async function renameRule(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.query(`UPDATE "checklist_item" SET "rule" = $2 WHERE "rule" = $1`, [from, to]);
  for (const [table, column] of SPEC_COLUMNS) {
    await q.query(
      `UPDATE "${table}" SET "${column}" = jsonb_set("${column}", '{items}', (
         SELECT jsonb_agg(CASE WHEN e.item->>'rule' = $1 THEN jsonb_set(e.item, '{rule}', to_jsonb($2::text)) ELSE e.item END ORDER BY e.ord)
           FROM jsonb_array_elements("${column}"->'items') WITH ORDINALITY AS e(item, ord)))
        WHERE jsonb_typeof("${column}"->'items') = 'array' AND "${column}"->'items' @> jsonb_build_array(jsonb_build_object('rule', $1::text))`,
      [from, to],
    );
  }
}
