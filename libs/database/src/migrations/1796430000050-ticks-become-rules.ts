import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outsideTheWall } from '../tenancy/tenant-wall';

/** One default checklist item that people ticked by hand and that the records now show. */
export interface TickToRule {
  key: string;
  /** Its guidance as the default template had it while it was ticked by hand (template version 4). */
  oldGuidance: string;
  /** Its guidance once evidenced: the old one, and a sentence on what it is checked against. */
  newGuidance: string;
  rule: string;
}

const FOCUS_GUIDANCE =
  'Score the candidate areas for need, feasibility, citizen appetite and expected impact, rank them, and write ' +
  'down why the chosen ones came first.';
const PEOPLE_GUIDANCE =
  'While the service is still being designed, match people to roles by what they can do, how keen they are and ' +
  'how many hours a month they can give.';
const MARKET_GUIDANCE =
  'Penalties tend to backfire with most service users. What works best is not material: the satisfaction of ' +
  'the work itself, contact with others and the regard it brings, and appeals to values people share.';
const GROW_GUIDANCE = 'For each pilot decided SCALE, record the mechanism, the areas it will reach next and what it will cost.';

/**
 * The four items of the default template that became evidenced at its version 5, as they stood
 * when this migration was written: a copy, so that the migration means the same whatever the
 * default template says later. Exported for its test.
 */
export const TICKS_TO_RULES: readonly TickToRule[] = [
  {
    key: 'focus.choose_service_areas',
    oldGuidance: FOCUS_GUIDANCE,
    newGuidance: `${FOCUS_GUIDANCE} Checked from the priority areas: done once at least one is marked chosen, each with its reason.`,
    rule: 'SERVICE_AREAS_CHOSEN',
  },
  {
    key: 'people.skills_motivation_time',
    oldGuidance: PEOPLE_GUIDANCE,
    newGuidance:
      `${PEOPLE_GUIDANCE} Checked from the records: every pilot going ahead has its needed skills and hours set, and ` +
      'someone enrolled whose motivation and spare hours are known.',
    rule: 'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES',
  },
  {
    key: 'market.incentives',
    oldGuidance: MARKET_GUIDANCE,
    newGuidance:
      `${MARKET_GUIDANCE} Checked from the engagement plans: every pilot going ahead lists at least one incentive ` +
      'that is not a sanction; sanctions alone do not count.',
    rule: 'PILOTS_GOING_AHEAD_HAVE_INCENTIVES',
  },
  {
    key: 'grow.scale_what_works',
    oldGuidance: GROW_GUIDANCE,
    newGuidance: `${GROW_GUIDANCE} Checked from the records: every pilot decided SCALE has its scaling plan.`,
    rule: 'SCALED_PILOTS_HAVE_PLANS',
  },
];

/** An item's kind, rule and guidance: what the conversion changes, and nothing else. */
interface ItemState {
  kind: 'MANUAL' | 'EVIDENCED';
  rule: string | null;
  guidance: string;
}

/**
 * Four items people ticked although the records already show them become evidenced rules
 * (default template version 5), in the copies made before: organisations' template copies,
 * programmes' snapshots and their checklist items. Reviewed by hand.
 * - An item is converted only while it is still the default's: same key, ticked by hand, its
 *   guidance word for word as shipped. An item an organisation reworded is its own and stays manual.
 * - Ticks are KEPT: a checklist item keeps its ticked_at, ticked_by and evidence. The new rules
 *   carry `replacedTicksAt` (libs/workflow gates.ts), so such a tick still satisfies the item, while
 *   an item nobody ticked is now decided by the records. Evidenced items refuse new ticks, so a tick
 *   on one of these items can only be one given before this conversion.
 * - A template copy that changes is new content: its content version and its edit version rise
 *   (an edit begun on the old content answers CONFLICT). A programme keeps the template version it
 *   started from; its snapshot converts like its checklist, so later cycles start evidenced.
 * - Running it twice is the same as once; `down` makes the items manual again with the old
 *   guidance, ticks still kept.
 */
export class TicksBecomeRules1796430000050 implements MigrationInterface {
  name = 'TicksBecomeRules1796430000050';

  async up(q: QueryRunner): Promise<void> {
    await convert(
      q,
      TICKS_TO_RULES.map((c) => ({
        key: c.key,
        from: { kind: 'MANUAL', rule: null, guidance: c.oldGuidance },
        to: { kind: 'EVIDENCED', rule: c.rule, guidance: c.newGuidance },
      })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await convert(
      q,
      TICKS_TO_RULES.map((c) => ({
        key: c.key,
        from: { kind: 'EVIDENCED', rule: c.rule, guidance: c.newGuidance },
        to: { kind: 'MANUAL', rule: null, guidance: c.oldGuidance },
      })),
    );
  }
}

/** The tables `convert` changes, in every organisation. */
const CONVERTED_TABLES = ['checklist_item', 'workflow_template', 'programme'];

function convert(q: QueryRunner, changes: ReadonlyArray<{ key: string; from: ItemState; to: ItemState }>): Promise<void> {
  return outsideTheWall(q, CONVERTED_TABLES, () => convertItems(q, changes));
}

async function convertItems(q: QueryRunner, changes: ReadonlyArray<{ key: string; from: ItemState; to: ItemState }>): Promise<void> {
  for (const { key, from, to } of changes) {
    await q.query(
      `UPDATE "checklist_item" SET "kind" = $5, "rule" = $6, "guidance" = $7
        WHERE "key" = $1 AND "kind" = $2 AND "rule" IS NOT DISTINCT FROM $3 AND "guidance" = $4`,
      [key, from.kind, from.rule, from.guidance, to.kind, to.rule, to.guidance],
    );
  }
  // Template documents: an item matches by key, kind and guidance (`@>`); a manual item has no rule
  // in a document, an evidenced one has it. The new state replaces those fields; `rule` is dropped
  // from an item made manual, as a manual item in a template has none.
  const asJson = (state: ItemState, key?: string) => ({
    ...(key === undefined ? {} : { key }),
    kind: state.kind,
    guidance: state.guidance,
    ...(state.rule === null ? {} : { rule: state.rule }),
  });
  const wanted = JSON.stringify(changes.map(({ key, from, to }) => ({ match: asJson(from, key), fields: asJson(to) })));
  const items = (column: string) =>
    `jsonb_set("${column}", '{items}', (
       SELECT jsonb_agg(coalesce((SELECT (e.item - 'rule') || (r->'fields') FROM jsonb_array_elements($1::jsonb) AS r WHERE e.item @> (r->'match') LIMIT 1), e.item) ORDER BY e.ord)
         FROM jsonb_array_elements("${column}"->'items') WITH ORDINALITY AS e(item, ord)))`;
  const touched = (column: string) =>
    `jsonb_typeof("${column}"->'items') = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements($1::jsonb) AS r WHERE "${column}"->'items' @> jsonb_build_array(r->'match'))`;
  await q.query(
    `UPDATE "workflow_template"
        SET "spec" = jsonb_set(${items('spec')}, '{version}', to_jsonb("template_version" + 1)),
            "template_version" = "template_version" + 1, "version" = "version" + 1, "updated_at" = now()
      WHERE ${touched('spec')}`,
    [wanted],
  );
  await q.query(`UPDATE "programme" SET "template_snapshot" = ${items('template_snapshot')} WHERE ${touched('template_snapshot')}`, [
    wanted,
  ]);
}
