import { QueryCounter } from '@app/database';
import { DEFAULT_TEMPLATE, FROM_RECORDS } from '@app/workflow';
import { TICKS_TO_RULES, TicksBecomeRules1796430000050 } from '../../libs/database/src/migrations/1796430000050-ticks-become-rules';
import { itemVerdict } from '../engagement/engagement-support';
import { M as PEOPLE, register } from '../people/people-support';
import { createPilot, move, organisationWithRoles, serviceAreaIds, type Organisation } from '../pilots/pilot-support';
import { ownerDatabase, startTestApp, type TestApp } from '../support/test-app';

/**
 * Four items people used to tick although the records showed them are rules from template
 * version 5 (issue 19, item 7): each turns satisfied from real records, through the API; and an
 * organisation's ticks given before the upgrade still count after it.
 */

const [FOCUS, PEOPLE_ITEM, MARKET, GROW] = [
  'focus.choose_service_areas',
  'people.skills_motivation_time',
  'market.incentives',
  'grow.scale_what_works',
];
const KEPT = /^Ticked by hand before this item was checked from the records, and that tick still counts\. The records alone say: /;

describe('checklist items the records show are rules, and earlier ticks still count', () => {
  let t: TestApp;
  let org: Organisation;
  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Rules Council');
  });
  afterAll(() => t.close());

  const admin = () => org.as.ADMIN;
  const verdict = (programmeId: string, key: string) => itemVerdict(t, admin(), programmeId, key);
  const newProgramme = async (name: string, templateId: string | null = null) =>
    (
      await t.client.ok(
        `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
        { input: { name, templateId } },
        admin(),
      )
    ).createProgramme.id as string;

  it('the default template checks the four items from the records, with guidance saying what against', () => {
    const byKey = Object.fromEntries(DEFAULT_TEMPLATE.items.map((item) => [item.key, item]));
    // The migration's copy of the texts is the template's at the time it was written.
    for (const change of TICKS_TO_RULES) {
      expect(byKey[change.key]).toMatchObject({ kind: 'EVIDENCED', rule: change.rule, guidance: change.newGuidance });
    }
    expect(byKey[MARKET].guidance).toContain(FROM_RECORDS.market);
  });

  it('turns each new rule satisfied from real records, and not from a sanction alone', async () => {
    const programmeId = await newProgramme('Cleaner parks');

    // Focus it: a priority area proposed, then chosen with its reason.
    const [area] = await serviceAreaIds(t, admin(), 1);
    expect(await verdict(programmeId, FOCUS)).toEqual({
      satisfied: false,
      explanation: 'No priority area has been proposed yet; score the candidate service areas.',
    });
    const priority = (
      await t.client.ok(
        `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id version } }`,
        { input: { programmeId, serviceAreaId: area.id, rationale: 'Most litter complaints come from the parks' } },
        admin(),
      )
    ).createPriorityArea;
    expect((await verdict(programmeId, FOCUS)).explanation).toBe('The one proposed priority area is not marked chosen yet.');
    await t.client.ok(
      `mutation($input: SelectPriorityAreaInput!) { selectPriorityArea(input: $input) { id selected } }`,
      { input: { priorityAreaId: priority.id, version: priority.version, selected: true } },
      admin(),
    );
    expect(await verdict(programmeId, FOCUS)).toEqual({
      satisfied: true,
      explanation: '1 of 1 proposed priority area is chosen, with the reason written down.',
    });

    // People it: the approved pilot's needs, then someone enrolled whose motivation and hours are known.
    let pilot = await createPilot(t, admin(), { programmeId, name: 'Park keepers', participantsReached: 12 });
    pilot = await move(t, admin(), 'approve', pilot);
    const lacking = {
      satisfied: false,
      explanation: 'The one pilot going ahead lacks recorded needs, or a participant whose motivation and time are known.',
    };
    expect(await verdict(programmeId, PEOPLE_ITEM)).toEqual(lacking);
    await t.client.ok(PEOPLE.setNeeds, { input: { pilotId: pilot.id, skillIds: [], hoursPerMonth: 6 } }, admin());
    expect(await verdict(programmeId, PEOPLE_ITEM)).toEqual(lacking);
    const keeper = await register(t, admin(), { displayName: 'Bea Keeper', lawfulBasis: { basis: 'PUBLIC_TASK' }, motivation: 4 });
    await t.client.ok(
      PEOPLE.enrol,
      { input: { pilotId: pilot.id, participantId: keeper.id, role: 'Park keeper', selfEfficacy: 3 } },
      admin(),
    );
    expect(await verdict(programmeId, PEOPLE_ITEM)).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has its needs recorded and a participant whose motivation and time are known.',
    });

    // Market it: a sanction alone does not count; an incentive of another kind does.
    const addIncentive = `mutation($input: AddIncentiveInput!) { addIncentive(input: $input) { incentive { id kind } } }`;
    await t.client.ok(
      addIncentive,
      { input: { pilotId: pilot.id, kind: 'SANCTION', description: 'Fixed penalty for dropping litter' } },
      admin(),
    );
    expect(await verdict(programmeId, MARKET)).toEqual({
      satisfied: false,
      explanation:
        'The one pilot going ahead has no incentive other than a sanction yet. 1 pilot lists only sanctions, which do not count on their own.',
    });
    await t.client.ok(
      addIncentive,
      { input: { pilotId: pilot.id, kind: 'SOCIAL', description: 'A volunteers’ picnic each season' } },
      admin(),
    );
    expect(await verdict(programmeId, MARKET)).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has incentives other than sanctions.',
    });

    // Grow it: decided SCALE, then a scaling plan.
    pilot = await move(t, admin(), 'start', pilot);
    pilot = await move(t, admin(), 'evaluate', pilot);
    expect(await verdict(programmeId, GROW)).toEqual({ satisfied: false, explanation: 'No pilot has been decided SCALE yet.' });
    pilot = await move(t, admin(), 'decide', pilot, { decision: 'SCALE', reason: 'Litter fell by a quarter' });
    expect(await verdict(programmeId, GROW)).toEqual({
      satisfied: false,
      explanation: 'The one pilot decided SCALE has no scaling plan yet.',
    });
    await t.client.ok(
      `mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { id } }`,
      { input: { pilotId: pilot.id, mechanism: 'REPLICATE', targetServiceAreaIds: [area.id] } },
      org.as.CONSULTANT,
    );
    expect(await verdict(programmeId, GROW)).toEqual({ satisfied: true, explanation: 'The one pilot decided SCALE has a scaling plan.' });

    // The organisation dashboard reads this evidence inside its one statement: with the programme moved on
    // to Focus it (gate overridden), its list of programmes and their gates is one statement, and the
    // Focus it gate lacks only its owner (the chosen area and the approved pilot are evidenced).
    const version = (await t.client.ok(`query($id: ID!) { programme(id: $id) { version } }`, { id: programmeId }, admin())).programme
      .version;
    await t.client.ok(
      `mutation($input: GatedMoveInput!) { advanceStep(input: $input) { id } }`,
      { input: { programmeId, version, overrideReason: 'The board agreed to start focusing now' } },
      admin(),
    );
    const counter = t.app.get(QueryCounter);
    const statementsFor = async (document: string) => {
      const before = counter.total;
      const data = await t.client.ok(document, {}, admin());
      return { statements: counter.total - before, data };
    };
    await statementsFor(`{ organisationDashboard { organisationId } }`); // the sign-in check, cached after the first request
    const parts = await statementsFor(`{ organisationDashboard { organisationId programmeCount programmesByStep { step active } } }`);
    const whole = await statementsFor(
      `{ organisationDashboard { organisationId programmeCount programmesByStep { step active } programmes { id currentStep gateOpen openRequiredItems } } }`,
    );
    // One statement for the whole dashboard, gates and every feature's evidence included; no more than without the list.
    expect(whole.statements).toBe(1);
    expect(whole.statements).toBeLessThanOrEqual(parts.statements);
    expect(whole.data.organisationDashboard.programmes.find((p: { id: string }) => p.id === programmeId)).toMatchObject({
      currentStep: 'FOCUS',
      gateOpen: false,
      openRequiredItems: 1,
    });
    const focusGate = (
      await t.client.ok(
        `query($id: ID!) { programme(id: $id) { steps { step gate { openItems { key } } } } }`,
        { id: programmeId },
        admin(),
      )
    ).programme.steps.find((step: { step: string }) => step.step === 'FOCUS').gate;
    expect(focusGate.openItems).toEqual([{ key: 'focus.step_owner' }]);

    // Another organisation's records never count here, nor ours there.
    const other = await organisationWithRoles(t, 'Neighbour Council');
    const theirs = (await t.client.ok(`mutation { createProgramme(input: { name: "Theirs" }) { id } }`, {}, other.as.ADMIN)).createProgramme
      .id as string;
    for (const key of [FOCUS, PEOPLE_ITEM, MARKET, GROW]) {
      expect([key, (await itemVerdict(t, other.as.ADMIN, theirs, key)).satisfied]).toEqual([key, false]);
    }
  });

  it("keeps an organisation's ticks across the upgrade, converts untouched items and leaves reworded ones manual", async () => {
    const db = ownerDatabase(t);
    const copyId = (await t.client.ok(`mutation { copyDefaultTemplate(input: { name: "Ours" }) { id templateVersion } }`, {}, admin()))
      .copyDefaultTemplate.id as string;
    const programmeId = await newProgramme('Ticked before', null);
    const runner = db.createQueryRunner();
    // Back to the world before version 5: the four items ticked by hand everywhere.
    await new TicksBecomeRules1796430000050().down(runner);
    const item = async (key: string) =>
      (
        await db.query(
          `SELECT id, kind, rule, guidance, ticked_at AS "tickedAt", evidence_text AS "evidenceText" FROM checklist_item WHERE programme_id = $1 AND key = $2`,
          [programmeId, key],
        )
      )[0];
    for (const key of [FOCUS, PEOPLE_ITEM, MARKET, GROW])
      expect([key, (await item(key)).kind, (await item(key)).rule]).toEqual([key, 'MANUAL', null]);

    // Under the old template a person ticks two of them; the organisation rewords a third.
    const tick = `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id tickedAt } }`;
    await t.client.ok(tick, { input: { itemId: (await item(FOCUS)).id, evidenceText: 'Board minutes, 3 March: parks first' } }, admin());
    await t.client.ok(tick, { input: { itemId: (await item(GROW)).id, evidenceText: 'Scaling agreed at the June board' } }, admin());
    await db.query(`UPDATE checklist_item SET guidance = 'Our own words for this check' WHERE programme_id = $1 AND key = $2`, [
      programmeId,
      PEOPLE_ITEM,
    ]);
    const templateBefore = (await db.query(`SELECT template_version, version FROM workflow_template WHERE id = $1`, [copyId]))[0];

    await new TicksBecomeRules1796430000050().up(runner);
    await new TicksBecomeRules1796430000050().up(runner); // twice is the same as once

    // Ticked items are evidenced now, and their ticks, with the evidence given, still satisfy them.
    for (const key of [FOCUS, GROW]) {
      const row = await item(key);
      expect([key, row.kind, row.tickedAt !== null]).toEqual([key, 'EVIDENCED', true]);
      expect((await verdict(programmeId, key)).satisfied).toBe(true);
      expect((await verdict(programmeId, key)).explanation).toMatch(KEPT);
    }
    expect((await item(FOCUS)).evidenceText).toBe('Board minutes, 3 March: parks first');
    expect((await verdict(programmeId, GROW)).explanation).toMatch(/The records alone say: No pilot has been decided SCALE yet\.$/);
    // An untouched item nobody ticked is decided by the records; a reworded one is the organisation's own and stays manual.
    expect(await item(MARKET)).toMatchObject({ kind: 'EVIDENCED', rule: 'PILOTS_GOING_AHEAD_HAVE_INCENTIVES' });
    expect((await verdict(programmeId, MARKET)).satisfied).toBe(false);
    expect(await item(PEOPLE_ITEM)).toMatchObject({ kind: 'MANUAL', rule: null, guidance: 'Our own words for this check' });

    // A kept tick may be withdrawn, after which the records decide; it cannot be given again, nor on an item nobody ticked.
    await t.client.ok(
      `mutation($input: UntickChecklistItemInput!) { untickChecklistItem(input: $input) { id tickedAt } }`,
      { input: { itemId: (await item(GROW)).id } },
      admin(),
    );
    expect(await verdict(programmeId, GROW)).toEqual({ satisfied: false, explanation: 'No pilot has been decided SCALE yet.' });
    for (const key of [GROW, MARKET]) {
      const refused = await t.client.fails(tick, { input: { itemId: (await item(key)).id, evidenceText: 'Agreed again' } }, admin());
      expect([key, refused.extensions?.code, refused.extensions?.fields?.[0]?.field]).toEqual([key, 'BAD_USER_INPUT', 'input.itemId']);
    }
    const untickUnticked = await t.client.fails(
      `mutation($input: UntickChecklistItemInput!) { untickChecklistItem(input: $input) { id } }`,
      { input: { itemId: (await item(MARKET)).id } },
      admin(),
    );
    expect(untickUnticked.extensions?.code).toBe('BAD_USER_INPUT');

    // The organisation's copy of the template is converted too, at a new content version; the programme's snapshot likewise.
    const copy = (
      await t.client.ok(
        `query($id: ID!) { workflowTemplate(id: $id) { templateVersion version items { key kind rule } } }`,
        { id: copyId },
        admin(),
      )
    ).workflowTemplate;
    expect(copy.templateVersion).toBe(templateBefore.template_version + 1);
    expect(copy.version).toBe(templateBefore.version + 1);
    const kinds = Object.fromEntries(copy.items.map((i: { key: string; kind: string; rule: string | null }) => [i.key, [i.kind, i.rule]]));
    expect([kinds[FOCUS], kinds[PEOPLE_ITEM], kinds[MARKET], kinds[GROW]]).toEqual([
      ['EVIDENCED', 'SERVICE_AREAS_CHOSEN'],
      ['EVIDENCED', 'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES'],
      ['EVIDENCED', 'PILOTS_GOING_AHEAD_HAVE_INCENTIVES'],
      ['EVIDENCED', 'SCALED_PILOTS_HAVE_PLANS'],
    ]);
    const snapshot = (await db.query(`SELECT template_snapshot->'items' AS items FROM programme WHERE id = $1`, [programmeId]))[0]
      .items as Array<{ key: string; kind: string; rule?: string }>;
    expect(snapshot.filter((i) => i.key === FOCUS || i.key === GROW).map((i) => [i.key, i.kind, i.rule])).toEqual([
      [FOCUS, 'EVIDENCED', 'SERVICE_AREAS_CHOSEN'],
      [GROW, 'EVIDENCED', 'SCALED_PILOTS_HAVE_PLANS'],
    ]);
  });
});
