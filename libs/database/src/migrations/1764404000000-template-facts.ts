import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An item's texts, by field (each a column of checklist_item and a field of a template's items). */
type ItemTexts = Readonly<Partial<Record<'title' | 'guidance' | 'source', string>>>;

/** The texts of one default checklist item that were corrected: the fields that changed, old and new (the same fields). */
export interface TemplateFactCorrection {
  key: string;
  old: ItemTexts;
  new: ItemTexts;
}

/**
 * The corrections made to the default template's wording at version 4, as they stood when this
 * migration was written: a copy, so that the migration means the same thing whatever the
 * default template says later. Exported for its test.
 */
export const TEMPLATE_FACT_CORRECTIONS: readonly TemplateFactCorrection[] = [
  {
    // The evidence on costs and outcomes is Knapp et al. 2010; that coproduction has a price is Needham & Carr 2009.
    key: 'focus.measure_costs_outcomes',
    old: {
      source: 'Bovaird & Loeffler 2012',
      guidance:
        'Set baselines and targets before the pilot starts, and compare with reference cases such as time banks ' +
        '(Knapp et al. 2010). Coproduction is not free: count training and support too.',
    },
    new: {
      source: 'Knapp et al. 2010; Needham & Carr 2009',
      guidance:
        'Set baselines and targets before the pilot starts, and compare with reference cases such as time banks ' +
        '(Knapp et al. 2010). Count the training and support for staff as costs too: coproduction has a price for ' +
        'the public body (Needham & Carr 2009).',
    },
  },
  {
    // Alford, as the chapter reports him, favours non-material rewards; the old text endorsed material ones.
    key: 'market.incentives',
    old: {
      guidance:
        'Penalties tend to backfire with most service users. Lean on the satisfaction of the work itself, social ' +
        'contact and recognition, and appeals to values people share; material rewards such as time credits can help.',
    },
    new: {
      guidance:
        'Penalties tend to backfire with most service users. What works best is not material: the satisfaction of ' +
        'the work itself, contact with others and the regard it brings, and appeals to values people share.',
    },
  },
  {
    // Self-efficacy and coproduction are associated (Parrado et al. 2013), which is not a prediction.
    key: 'grow.self_efficacy_outcome',
    old: {
      source: 'Bovaird & Loeffler 2012',
      guidance: 'Compare with the level recorded at enrolment. A rise is an outcome in its own right and predicts more coproduction.',
    },
    new: {
      source: 'Parrado et al. 2013',
      guidance:
        'Compare with the level recorded at enrolment. A rise is an outcome in its own right. Self-efficacy goes with ' +
        'coproduction, but that is an association, not a forecast: taking part may itself raise it.',
    },
  },
];

/**
 * The default template's corrected wording, carried into the copies made before it: organisations'
 * template copies, programmes' snapshots and their checklist items. Reviewed by hand.
 * - An item is rewritten only while every field the correction touches still reads, word for
 *   word, as the old default did (same key): an item an organisation has edited in any of those
 *   fields is its own, and is left as it is, even where only one field was changed.
 * - Item order and every other field are kept. A template copy that changes gets a new `version`,
 *   so an edit begun on the old text answers CONFLICT rather than writing it back; its content
 *   version stays, as the programmes that started from it are corrected alike.
 * - Running it twice is the same as once; `down` puts the old wording back where the new one is
 *   untouched.
 */
export class TemplateFacts1764404000000 implements MigrationInterface {
  name = 'TemplateFacts1764404000000';

  async up(q: QueryRunner): Promise<void> {
    await rewriteItemTexts(
      q,
      TEMPLATE_FACT_CORRECTIONS.map((c) => ({ key: c.key, from: c.old, to: c.new })),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await rewriteItemTexts(
      q,
      TEMPLATE_FACT_CORRECTIONS.map((c) => ({ key: c.key, from: c.new, to: c.old })),
    );
  }
}

/** Rewrites each item `key`'s texts from `from` to `to` wherever every field of `from` still matches exactly. */
async function rewriteItemTexts(q: QueryRunner, rewrites: ReadonlyArray<{ key: string; from: ItemTexts; to: ItemTexts }>): Promise<void> {
  // Checklist items: a column per field, compared and set together.
  for (const { key, from, to } of rewrites) {
    const fields = Object.keys(from) as Array<keyof ItemTexts>;
    const set = fields.map((field, i) => `"${field}" = $${2 + fields.length + i}`).join(', ');
    const where = fields.map((field, i) => `"${field}" = $${2 + i}`).join(' AND ');
    await q.query(`UPDATE "checklist_item" SET ${set} WHERE "key" = $1 AND ${where}`, [
      key,
      ...fields.map((f) => from[f]),
      ...fields.map((f) => to[f]),
    ]);
  }
  // Template documents (jsonb { items: [...] }), all rewrites in one statement per table so that a copy
  // changes (and gets a new version) once: `@>` matches an item's key and each old text exactly.
  const wanted = JSON.stringify(rewrites.map(({ key, from, to }) => ({ match: { key, ...from }, texts: to })));
  const items = (column: string) =>
    `jsonb_set("${column}", '{items}', (
       SELECT jsonb_agg(coalesce((SELECT e.item || (r->'texts') FROM jsonb_array_elements($1::jsonb) AS r WHERE e.item @> (r->'match') LIMIT 1), e.item) ORDER BY e.ord)
         FROM jsonb_array_elements("${column}"->'items') WITH ORDINALITY AS e(item, ord)))`;
  const touched = (column: string) =>
    `jsonb_typeof("${column}"->'items') = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements($1::jsonb) AS r WHERE "${column}"->'items' @> jsonb_build_array(r->'match'))`;
  await q.query(
    `UPDATE "workflow_template" SET "spec" = ${items('spec')}, "version" = "version" + 1, "updated_at" = now() WHERE ${touched('spec')}`,
    [wanted],
  );
  await q.query(`UPDATE "programme" SET "template_snapshot" = ${items('template_snapshot')} WHERE ${touched('template_snapshot')}`, [
    wanted,
  ]);
}
