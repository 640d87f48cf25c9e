import { TEMPLATE_FACT_CORRECTIONS, TemplateFacts1764404000000 } from '../../libs/database/src/migrations/1764404000000-template-facts';
import { ownerDatabase, startTestApp, type TestApp } from '../support/test-app';

/**
 * Copies made before the default template's wording was corrected (organisations' template copies,
 * programmes' snapshots, checklist items) get the corrected texts from the migration, but only
 * where they still read as the old default did: an organisation's own edits are left alone.
 */

interface Item {
  key: string;
  title: string;
  guidance: string;
  source: string;
  [field: string]: unknown;
}

const CORRECTED = Object.fromEntries(TEMPLATE_FACT_CORRECTIONS.map((c) => [c.key, c]));
const [COSTS, INCENTIVES, SELF_EFFICACY] = ['focus.measure_costs_outcomes', 'market.incentives', 'grow.self_efficacy_outcome'];

/** `items` with the texts of the items named in `texts` replaced (fields given only). */
function withTexts(items: Item[], texts: Record<string, Partial<Item>>): Item[] {
  return items.map((item) => (texts[item.key] ? { ...item, ...texts[item.key] } : item));
}
const oldTexts = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, CORRECTED[key].old]));
const newTexts = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, CORRECTED[key].new]));

describe('the template-facts migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('rewrites copies, snapshots and checklist items still worded as the old default, and leaves edited ones alone', async () => {
    const db = ownerDatabase(t);
    const admin = await t.client.signUp('Facts Admin');
    const organisationId = await t.client.createOrganisation(admin.token, 'Facts Council');
    const as = { token: admin.token, organisationId };
    const copy = async (name: string) =>
      (await t.client.ok(`mutation($name: String) { copyDefaultTemplate(input: { name: $name }) { id } }`, { name }, as))
        .copyDefaultTemplate.id as string;
    const programme = async (name: string, templateId: string | null) =>
      (
        await t.client.ok(
          `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
          { input: { name, templateId } },
          as,
        )
      ).createProgramme.id as string;
    const untouched = await copy('Untouched');
    const asShipped = await copy('As shipped');
    const ownWords = await copy('Own words');
    const fromCopy = await programme('From a copy', asShipped);
    const fromDefault = await programme('From the default', null);

    const readSpec = async (table: string, column: string, id: string) =>
      (await db.query(`SELECT "${column}"->'items' AS items FROM "${table}" WHERE id = $1`, [id]))[0].items as Item[];
    const writeSpec = (table: string, column: string, id: string, items: Item[]) =>
      db.query(`UPDATE "${table}" SET "${column}" = jsonb_set("${column}", '{items}', $2::jsonb) WHERE id = $1`, [
        id,
        JSON.stringify(items),
      ]);
    const versionOf = async (id: string) =>
      (await db.query(`SELECT version FROM workflow_template WHERE id = $1`, [id]))[0].version as number;
    const checklist = async (programmeId: string) =>
      (await db.query(`SELECT key, title, guidance, source FROM checklist_item WHERE programme_id = $1 ORDER BY step, position, key`, [
        programmeId,
      ])) as Item[];
    const setChecklist = async (programmeId: string, texts: Record<string, Partial<Item>>) => {
      for (const [key, fields] of Object.entries(texts)) {
        for (const [field, value] of Object.entries(fields))
          await db.query(`UPDATE checklist_item SET "${field}" = $3 WHERE programme_id = $1 AND key = $2`, [programmeId, key, value]);
      }
    };

    // Every copy as it would have been made before the correction: the old wording of the three items.
    const corrected = withTexts(await readSpec('workflow_template', 'spec', untouched), newTexts(COSTS, INCENTIVES, SELF_EFFICACY));
    const shipped = withTexts(corrected, oldTexts(COSTS, INCENTIVES, SELF_EFFICACY));
    // An organisation that edited two of the items: its own source on one (its guidance left as shipped), its own guidance on another.
    const own = withTexts(shipped, {
      [COSTS]: { source: 'Our audit office, 2024' },
      [INCENTIVES]: { guidance: 'Thank volunteers in person at the annual fair.' },
    });
    await writeSpec('workflow_template', 'spec', untouched, corrected);
    await writeSpec('workflow_template', 'spec', asShipped, shipped);
    await writeSpec('workflow_template', 'spec', ownWords, own);
    await writeSpec('programme', 'template_snapshot', fromCopy, shipped);
    await writeSpec('programme', 'template_snapshot', fromDefault, own);
    await setChecklist(fromCopy, newTexts(COSTS, INCENTIVES, SELF_EFFICACY));
    const checklistBefore = await checklist(fromCopy);
    await setChecklist(fromCopy, oldTexts(COSTS, INCENTIVES, SELF_EFFICACY));
    await setChecklist(fromDefault, oldTexts(COSTS, INCENTIVES, SELF_EFFICACY));
    await setChecklist(fromDefault, {
      [COSTS]: { source: 'Our audit office, 2024' },
      [INCENTIVES]: { guidance: 'Thank volunteers in person at the annual fair.' },
    });
    const versions = { untouched: await versionOf(untouched), asShipped: await versionOf(asShipped), ownWords: await versionOf(ownWords) };

    const runner = db.createQueryRunner();
    try {
      await new TemplateFacts1764404000000().up(runner);
      // Twice is the same as once: corrected texts no longer match the old ones.
      await new TemplateFacts1764404000000().up(runner);
    } finally {
      await runner.release();
    }

    // Whole item lists compared: order and every other field kept.
    expect(await readSpec('workflow_template', 'spec', asShipped)).toEqual(corrected);
    expect(await readSpec('programme', 'template_snapshot', fromCopy)).toEqual(corrected);
    const ownCorrected = withTexts(own, newTexts(SELF_EFFICACY));
    expect(await readSpec('workflow_template', 'spec', ownWords)).toEqual(ownCorrected);
    expect(await readSpec('programme', 'template_snapshot', fromDefault)).toEqual(ownCorrected);
    expect(await readSpec('workflow_template', 'spec', untouched)).toEqual(corrected);
    // A changed copy has a new version, so an edit begun on the old text answers CONFLICT; the others keep theirs.
    expect([await versionOf(untouched), await versionOf(asShipped), await versionOf(ownWords)]).toEqual([
      versions.untouched,
      versions.asShipped + 1,
      versions.ownWords + 1,
    ]);

    expect(await checklist(fromCopy)).toEqual(checklistBefore);
    const byKey = Object.fromEntries((await checklist(fromDefault)).map((item) => [item.key, item]));
    expect(byKey[COSTS]).toMatchObject({ source: 'Our audit office, 2024', guidance: CORRECTED[COSTS].old.guidance });
    expect(byKey[INCENTIVES]).toMatchObject({ guidance: 'Thank volunteers in person at the annual fair.' });
    expect(byKey[SELF_EFFICACY]).toMatchObject(CORRECTED[SELF_EFFICACY].new);
    expect(CORRECTED[SELF_EFFICACY].new.guidance).toMatch(/an association, not a forecast/);

    // And back: down restores the old wording where the new one is untouched.
    const back = db.createQueryRunner();
    try {
      await new TemplateFacts1764404000000().down(back);
    } finally {
      await back.release();
    }
    expect(await readSpec('workflow_template', 'spec', asShipped)).toEqual(shipped);
    expect(await readSpec('workflow_template', 'spec', ownWords)).toEqual(own);
  });
});
