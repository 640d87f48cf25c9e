import { createPilot, move, organisationWithRoles, type Organisation, type PilotView } from '../pilots/pilot-support';
import { M as PEOPLE, PUBLIC_TASK, register, sql } from '../people/people-support';
import { M as ENGAGEMENT } from '../engagement/engagement-support';
import { satisfyCurrentStep, readProgramme, type ProgrammeView } from './programme-support';
import { QueryCounter } from '@app/database';
import { GatesService } from '@app/programmes';
import { contextFor } from '../mapping/mapping-support';
import { renameRule } from '../../libs/database/src/migrations/1764400000000-gate-records';
import { startTestApp, type TestApp, ownerDatabase } from '../support/test-app';

/**
 * A completed step keeps the verdicts it was passed with: a programme walked through
 * all five steps on real records, whose pilot then runs, is evaluated and is scaled, still
 * shows every completed gate as passed; the live view says what holds today; reopening sets
 * records aside and the next completion records afresh.
 */

interface ItemView {
  id: string;
  key: string;
  required: boolean;
  verdict: { satisfied: boolean; explanation: string };
  liveVerdict: { satisfied: boolean; explanation: string };
}
interface GateView {
  open: boolean;
  recorded: boolean;
  passedAt: string | null;
  passedByOverride: boolean | null;
  overrideReason: string | null;
  requiredTotal: number;
  requiredSatisfied: number;
  openItems: Array<{ key: string; explanation: string }>;
}
interface StepView {
  id: string;
  step: string;
  state: string;
  completedAt: string | null;
  gate: GateView;
  liveGate: GateView;
  items: ItemView[];
}

interface RecordView {
  id: string;
  step: string;
  cycle: number;
  passedAt: string;
  passedBy: string | null;
  passedByOverride: boolean;
  overrideReason: string | null;
  setAsideAt: string | null;
  gate: GateView;
  verdicts: Array<{ checklistItemId: string; key: string; title: string; required: boolean; satisfied: boolean; explanation: string }>;
}

const GATE = 'open recorded passedAt passedByOverride overrideReason requiredTotal requiredSatisfied openItems { key explanation }';
const STEPS = `query($id: ID!, $cycle: Int) { programme(id: $id) { id version status currentStep cycle steps(cycle: $cycle) { id step state completedAt
  gate { ${GATE} } liveGate { ${GATE} } items { id key required verdict { satisfied explanation } liveVerdict { satisfied explanation } } } } }`;
const RECORD = `id step cycle passedAt passedBy passedByOverride overrideReason setAsideAt gate { ${GATE} } verdicts { checklistItemId key title required satisfied explanation }`;
const GATED = (name: string) => `mutation($input: GatedMoveInput!) { ${name}(input: $input) { id version currentStep status cycle } }`;
const REOPEN = `mutation($input: ReopenStepInput!) { reopenStep(input: $input) { id version currentStep status } }`;

describe('gate records: a completed step keeps the verdicts it was passed with', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;
  let pilot: PilotView;
  let areas: Array<{ id: string; name: string }>;
  const recordedAt: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Recorded Council');
  });
  afterAll(() => t.close());

  const admin = () => org.as.ADMIN;

  async function steps(cycle?: number): Promise<{ version: number; status: string; currentStep: string; steps: StepView[] }> {
    return (await t.client.ok(STEPS, { id: programmeId, cycle }, admin())).programme;
  }
  /** Each step's gate records (of the current cycle or the one given), by step. */
  async function gateRecords(cycle?: number): Promise<Record<string, RecordView[]>> {
    const query = `query($id: ID!, $cycle: Int) { programme(id: $id) { steps(cycle: $cycle) { step gateRecords { ${RECORD} } } } }`;
    const found = (await t.client.ok(query, { id: programmeId, cycle }, admin())).programme.steps as Array<{
      step: string;
      gateRecords: RecordView[];
    }>;
    return Object.fromEntries(found.map((s) => [s.step, s.gateRecords]));
  }
  const stepOf = async (step: string, cycle?: number) => (await steps(cycle)).steps.find((s) => s.step === step)!;
  const verdictOf = (step: StepView, key: string) => step.items.find((i) => i.key === key)!;

  /** The current step's own work (owner, tasks, hand-ticked items), then an advance that must pass without override. */
  async function finishAndAdvance(mutation = 'advanceStep'): Promise<void> {
    const view: ProgrammeView = await satisfyCurrentStep(
      t.client,
      admin(),
      await readProgramme(t.client, admin(), programmeId),
      admin().userId,
    );
    const current = view.steps.find((s) => s.step === view.currentStep)!;
    expect([current.step, current.gate]).toEqual([current.step, { open: true, openItems: [] }]);
    await t.client.ok(GATED(mutation), { input: { programmeId, version: view.version } }, admin());
  }

  it('walks the five steps on real records, each gate passed without override and recorded', async () => {
    programmeId = (await t.client.ok(`mutation { createProgramme(input: { name: "Recorded walk" }) { id } }`, {}, admin())).createProgramme
      .id;

    // Map it: initiatives in both active areas, one published.
    const all = (await t.client.ok(`{ serviceAreas { id name version } }`, {}, admin())).serviceAreas as Array<{
      id: string;
      name: string;
      version: number;
    }>;
    areas = all.slice(0, 3);
    for (const area of all.slice(2)) {
      await t.client.ok(
        `mutation($input: UpdateServiceAreaInput!) { updateServiceArea(input: $input) { id } }`,
        { input: { serviceAreaId: area.id, version: area.version, active: false } },
        admin(),
      );
    }
    const create = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;
    const walking = (
      await t.client.ok(
        create,
        {
          input: { name: 'Walking group', serviceAreaId: areas[0].id, forms: ['CO_DELIVERY'], publicBodyInput: 'A nurse leads the walks' },
        },
        admin(),
      )
    ).createInitiative;
    await t.client.ok(
      create,
      { input: { name: 'Tenants panel', serviceAreaId: areas[1].id, forms: ['CO_DESIGN'], publicBodyInput: 'Officers attend monthly' } },
      admin(),
    );
    await t.client.ok(
      `mutation($input: PublishInitiativesInput!) { publishInitiatives(input: $input) { id } }`,
      { input: { initiativeIds: [walking.id], published: true } },
      admin(),
    );
    await finishAndAdvance();

    // Focus it: the service area to start in, chosen with its reason; an approved pilot, measured from a baseline before it starts.
    const priority = (
      await t.client.ok(
        `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id version } }`,
        { input: { programmeId, serviceAreaId: areas[0].id, rationale: 'Litter is the top complaint' } },
        admin(),
      )
    ).createPriorityArea;
    await t.client.ok(
      `mutation($input: SelectPriorityAreaInput!) { selectPriorityArea(input: $input) { id } }`,
      { input: { priorityAreaId: priority.id, version: priority.version, selected: true } },
      admin(),
    );
    pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Street champions', participantsReached: 40 });
    pilot = await move(t, admin(), 'approve', pilot);
    await t.client.ok(
      `mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id } }`,
      {
        input: {
          pilotId: pilot.id,
          name: 'Reports of litter',
          unit: 'reports a month',
          direction: 'LOWER_IS_BETTER',
          baseline: '120',
          target: '80',
        },
      },
      admin(),
    );
    const focus = await stepOf('FOCUS');
    expect(verdictOf(focus, 'focus.measure_costs_outcomes').verdict).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has outcome metrics with baselines.',
    });
    await finishAndAdvance();

    // People it: a participant joins the approved pilot, before launch.
    const ann = await register(t, admin(), { displayName: 'Ann Volunteer', lawfulBasis: PUBLIC_TASK });
    await t.client.ok(
      PEOPLE.enrol,
      { input: { pilotId: pilot.id, participantId: ann.id, role: 'Street champion', selfEfficacy: 3 } },
      admin(),
    );
    expect(verdictOf(await stepOf('PEOPLE'), 'people.recruit_willing').verdict).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has participants enrolled.',
    });
    await finishAndAdvance();

    // Market it: what to expect and the rules of engagement, published before launch.
    await t.client.ok(
      ENGAGEMENT.saveTerms,
      { input: { pilotId: pilot.id, expectations: 'Two litter picks a month', rulesOfEngagement: 'We supply the kit' } },
      org.as.CONSULTANT,
    );
    await t.client.ok(ENGAGEMENT.publishTerms, { input: { pilotId: pilot.id, version: 1 } }, admin());
    await t.client.ok(
      ENGAGEMENT.addIncentive,
      { input: { pilotId: pilot.id, kind: 'SOCIAL', description: 'Tea with the neighbours after each pick' } },
      admin(),
    );
    await finishAndAdvance();

    // The pilot runs, is evaluated and is decided SCALE; Grow it plans training for both sides.
    pilot = await move(t, admin(), 'start', pilot);
    pilot = await move(t, admin(), 'evaluate', pilot);
    pilot = await move(t, admin(), 'decide', pilot, { decision: 'SCALE', reason: 'Litter reports fell by a third' });
    const plan = (
      await t.client.ok(
        `mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { id } }`,
        { input: { pilotId: pilot.id, mechanism: 'REPLICATE', targetServiceAreaIds: [areas[1].id] } },
        org.as.CONSULTANT,
      )
    ).createScalingPlan;
    for (const audience of ['STAFF', 'CITIZENS']) {
      await t.client.ok(
        `mutation($input: AddTrainingActionInput!) { addTrainingAction(input: $input) { id } }`,
        { input: { scalingPlanId: plan.id, audience, topic: `Kit and safety for ${audience.toLowerCase()}` } },
        org.as.CONSULTANT,
      );
    }
    await finishAndAdvance('completeProgramme');

    const done = await steps();
    expect(done.status).toBe('COMPLETED');
    for (const step of done.steps) {
      expect([step.step, step.state, step.gate.open, step.gate.recorded, step.gate.passedByOverride, step.gate.overrideReason]).toEqual([
        step.step,
        'COMPLETED',
        true,
        true,
        false,
        null,
      ]);
      // One instant for the move: the record's passedAt is the step's completedAt.
      expect(step.gate.passedAt).toEqual(expect.any(String));
      expect(step.gate.passedAt).toBe(step.completedAt);
      for (const item of step.items.filter((i) => i.required))
        expect([step.step, item.key, item.verdict.satisfied]).toEqual([step.step, item.key, true]);
      recordedAt[step.step] = step.gate.passedAt!;
    }
  });

  it('keeps every completed gate as it was passed after the pilot has run, been evaluated and scaled; the live view is honest', async () => {
    const done = await steps();
    const people = done.steps.find((s) => s.step === 'PEOPLE')!;
    const market = done.steps.find((s) => s.step === 'MARKET')!;
    // Recorded when the pilot was approved, not yet running: the explanation is the one given then.
    expect(verdictOf(people, 'people.recruit_willing').verdict).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has participants enrolled.',
    });
    expect(verdictOf(market, 'market.expectations_and_rules').verdict).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has published rules of engagement.',
    });
    // Live, with the pilot decided SCALE: still satisfied, and nothing says that no pilot is running.
    expect(verdictOf(people, 'people.recruit_willing').liveVerdict).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has participants enrolled.',
    });
    for (const step of done.steps) {
      expect([step.step, step.liveGate.recorded, step.liveGate.passedAt]).toEqual([step.step, false, null]);
      for (const item of step.items) expect(item.liveVerdict.explanation).not.toMatch(/no pilot is running/i);
    }

    // A change after the step was passed shows in the live view only: a third area made active, with nothing recorded in it.
    await t.client.ok(
      `mutation($input: UpdateServiceAreaInput!) { updateServiceArea(input: $input) { id } }`,
      { input: { serviceAreaId: areas[2].id, version: 2, active: true } },
      admin(),
    );
    const map = await stepOf('MAP');
    expect(verdictOf(map, 'map.describe_initiatives').verdict).toEqual({
      satisfied: true,
      explanation: 'Initiatives are recorded for all 2 active service areas.',
    });
    expect(verdictOf(map, 'map.describe_initiatives').liveVerdict).toEqual({
      satisfied: false,
      explanation: expect.stringMatching(/^Initiatives are recorded for 2 of 3 active service areas/),
    });
    expect(map.gate).toMatchObject({ open: true, recorded: true, passedAt: recordedAt.MAP });
    expect(map.liveGate).toMatchObject({ open: false, recorded: false, openItems: [{ key: 'map.describe_initiatives' }] });

    // The dashboard agrees with the steps: every completed step's gate passed.
    const dashboard = (
      await t.client.ok(
        `query($id: ID!) { programme(id: $id) { dashboard { steps { step gateOpen openRequiredItems } } } }`,
        { id: programmeId },
        admin(),
      )
    ).programme.dashboard;
    expect(dashboard.steps.map((s: { gateOpen: boolean; openRequiredItems: number }) => [s.gateOpen, s.openRequiredItems])).toEqual(
      Array(5).fill([true, 0]),
    );
  });

  it('sets records aside on reopening (kept, and named in the reopen event) and records afresh on the next completion', async () => {
    const before = await steps();
    const recordIds = await sql<{ id: string; step: string }>(
      t,
      `SELECT id, step FROM gate_record WHERE programme_id = $1 AND set_aside_at IS NULL ORDER BY passed_at`,
      [programmeId],
    );
    expect(recordIds.map((r) => r.step)).toEqual(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW']);

    await t.client.ok(
      REOPEN,
      { input: { programmeId, version: before.version, step: 'PEOPLE', reason: 'Recruit a second group of champions' } },
      admin(),
    );
    const reopened = await steps();
    const byStep = Object.fromEntries(reopened.steps.map((s) => [s.step, s]));
    // Earlier steps keep their records; the reopened step and those after it show the live gate.
    expect(byStep.MAP.gate).toMatchObject({ recorded: true, passedAt: recordedAt.MAP });
    expect(byStep.FOCUS.gate).toMatchObject({ recorded: true, passedAt: recordedAt.FOCUS });
    for (const step of ['PEOPLE', 'MARKET', 'GROW'])
      expect([step, byStep[step].gate.recorded, byStep[step].gate.passedAt]).toEqual([step, false, null]);

    const setAside = await sql<{ id: string; step: string; set_aside_at: Date | null }>(
      t,
      `SELECT id, step, set_aside_at FROM gate_record WHERE programme_id = $1 ORDER BY passed_at`,
      [programmeId],
    );
    expect(
      setAside
        .filter((r) => r.set_aside_at !== null)
        .map((r) => r.step)
        .sort(),
    ).toEqual(['GROW', 'MARKET', 'PEOPLE']);
    const [event] = await sql<{ payload: { gateRecordsSetAside: string[] } }>(
      t,
      `SELECT payload FROM event WHERE programme_id = $1 AND type = 'STEP_REOPENED'`,
      [programmeId],
    );
    expect([...event.payload.gateRecordsSetAside].sort()).toEqual(
      recordIds
        .filter((r) => ['PEOPLE', 'MARKET', 'GROW'].includes(r.step))
        .map((r) => r.id)
        .sort(),
    );

    // Passed again, by override this time: the new record says so, with the verdicts as they are now.
    await t.client.ok(PEOPLE.withdraw, { input: { enrolmentId: (await enrolmentIds())[0] } }, admin());
    const people = await stepOf('PEOPLE');
    expect(people.gate.open).toBe(false);
    const reason = 'Second group recruited at the summer fair';
    await t.client.ok(GATED('advanceStep'), { input: { programmeId, version: (await steps()).version, overrideReason: reason } }, admin());
    const again = await stepOf('PEOPLE');
    expect(again.gate).toMatchObject({ recorded: true, open: false, passedByOverride: true, overrideReason: reason });
    expect(again.gate.passedAt).not.toBe(recordedAt.PEOPLE);
    expect(verdictOf(again, 'people.recruit_willing').verdict).toEqual({
      satisfied: false,
      explanation: 'The one pilot going ahead has no participants enrolled yet.',
    });
    const live = await sql<{ step: string; passed_by_override: boolean }>(
      t,
      `SELECT step, passed_by_override FROM gate_record WHERE programme_id = $1 AND set_aside_at IS NULL ORDER BY passed_at`,
      [programmeId],
    );
    expect(live).toEqual([
      { step: 'MAP', passed_by_override: false },
      { step: 'FOCUS', passed_by_override: false },
      { step: 'PEOPLE', passed_by_override: true },
    ]);
    const [advanced] = await sql<{ payload: { gateRecordId: string } }>(
      t,
      `SELECT payload FROM event WHERE programme_id = $1 AND type = 'STEP_ADVANCED' AND payload->>'from' = 'PEOPLE' AND (payload->>'overridden')::boolean`,
      [programmeId],
    );
    const [newest] = await sql<{ id: string }>(
      t,
      `SELECT id FROM gate_record WHERE programme_id = $1 AND step = 'PEOPLE' AND set_aside_at IS NULL`,
      [programmeId],
    );
    expect(advanced.payload.gateRecordId).toBe(newest.id);
  });

  it("lists every record of a step's gate, set-aside ones too, newest first, each with its verdicts", async () => {
    const records = await gateRecords();
    const people = records.PEOPLE;
    expect(people.map((r) => [r.passedByOverride, r.overrideReason, r.setAsideAt === null])).toEqual([
      [true, 'Second group recruited at the summer fair', true],
      [false, null, false],
    ]);
    const [inForce, setAside] = people;
    const again = await stepOf('PEOPLE');
    expect(inForce).toMatchObject({ step: 'PEOPLE', cycle: 1, passedAt: again.gate.passedAt, passedBy: admin().userId });
    expect(inForce.passedAt).toBe(again.completedAt);
    expect(inForce.gate).toEqual(again.gate);
    expect(setAside).toMatchObject({
      passedAt: recordedAt.PEOPLE,
      passedBy: admin().userId,
      gate: { open: true, recorded: true, passedAt: recordedAt.PEOPLE, openItems: [] },
    });
    expect(Date.parse(setAside.setAsideAt!)).toBeGreaterThan(Date.parse(setAside.passedAt));
    // Each record holds the step's items in checklist order, with the verdicts of its own time.
    expect(setAside.verdicts.map((v) => v.key)).toEqual(again.items.map((i) => i.key));
    expect(setAside.verdicts.map((v) => v.checklistItemId)).toEqual(again.items.map((i) => i.id));
    const recruit = (record: RecordView) => record.verdicts.find((v) => v.key === 'people.recruit_willing')!;
    expect(recruit(setAside)).toMatchObject({
      required: true,
      satisfied: true,
      explanation: 'The one pilot going ahead has participants enrolled.',
    });
    expect(recruit(inForce)).toMatchObject({
      required: true,
      satisfied: false,
      explanation: 'The one pilot going ahead has no participants enrolled yet.',
    });

    // The steps reset behind the reopen keep only set-aside records, all set aside at the same instant,
    // the ids the reopen event named; the steps before it keep theirs in force.
    const [event] = await sql<{ payload: { gateRecordsSetAside: string[] } }>(
      t,
      `SELECT payload FROM event WHERE programme_id = $1 AND type = 'STEP_REOPENED'`,
      [programmeId],
    );
    const reset = [setAside, ...records.MARKET, ...records.GROW];
    expect(reset.map((r) => r.id).sort()).toEqual([...event.payload.gateRecordsSetAside].sort());
    expect(new Set(reset.map((r) => r.setAsideAt)).size).toBe(1);
    expect([records.MARKET.length, records.GROW.length]).toEqual([1, 1]);
    for (const step of ['MAP', 'FOCUS'])
      expect(records[step].map((r) => [r.step, r.setAsideAt, r.passedAt])).toEqual([[step, null, recordedAt[step]]]);
  });

  it('reads the records of every step in a fixed number of statements, and only within the organisation', async () => {
    const counter = t.app.get(QueryCounter);
    const statementsFor = async (document: string) => {
      const before = counter.total;
      await t.client.ok(document, { id: programmeId }, admin());
      return counter.total - before;
    };
    const without = await statementsFor(`query($id: ID!) { programme(id: $id) { steps { id step } } }`);
    const withRecords = await statementsFor(`query($id: ID!) { programme(id: $id) { steps { id step gateRecords { ${RECORD} } } } }`);
    // Five steps, six records: the records and their items in two statements, not one per step.
    expect(withRecords - without).toBeLessThanOrEqual(2);

    const stepIds = (await steps()).steps.map((s) => s.id);
    const gates = t.app.get(GatesService);
    expect((await gates.recordsOf(contextFor(org.id, admin().userId, 'ADMIN'), stepIds)).length).toBe(6);
    const other = await t.client.signUp('Other Council Admin');
    const otherId = await t.client.createOrganisation(other.token, 'Other Council');
    expect(await gates.recordsOf(contextFor(otherId, other.userId, 'ADMIN'), stepIds)).toEqual([]);
  });

  it('gives each cycle its own record: the next cycle starts with live gates, the last one keeps its records', async () => {
    // Through Market it (its terms still published) and Grow it on real records, then into cycle 2.
    await finishAndAdvance();
    await finishAndAdvance('startNextCycle');

    const second = await steps();
    expect([second.currentStep, second.steps.map((s) => [s.step, s.state, s.gate.recorded])]).toEqual([
      'MAP',
      [
        ['MAP', 'IN_PROGRESS', false],
        ['FOCUS', 'NOT_STARTED', false],
        ['PEOPLE', 'NOT_STARTED', false],
        ['MARKET', 'NOT_STARTED', false],
        ['GROW', 'NOT_STARTED', false],
      ],
    ]);
    const first = await steps(1);
    expect(first.steps.map((s) => [s.step, s.state, s.gate.recorded, s.gate.open])).toEqual([
      ['MAP', 'COMPLETED', true, true],
      ['FOCUS', 'COMPLETED', true, true],
      ['PEOPLE', 'COMPLETED', true, false],
      ['MARKET', 'COMPLETED', true, true],
      ['GROW', 'COMPLETED', true, true],
    ]);
    expect(first.steps.find((s) => s.step === 'PEOPLE')!.gate.passedByOverride).toBe(true);
    // Market it, passed again in cycle 1: its new record comes first, the one set aside after it.
    const market = (await gateRecords(1)).MARKET;
    expect(market.map((r) => r.setAsideAt === null)).toEqual([true, false]);
    expect(market[0].passedAt).toBe(first.steps.find((s) => s.step === 'MARKET')!.completedAt);
    expect(Object.values(await gateRecords()).every((list) => list.length === 0)).toBe(true);
  });

  it('renames the old rule ids in template copies, programme snapshots and checklist items, item order kept (the migration)', async () => {
    const OLD = 'RUNNING_PILOTS_HAVE_PARTICIPANTS';
    const NEW = 'PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS';
    const copy = (await t.client.ok(`mutation { copyDefaultTemplate(input: { name: "Old ids" }) { id } }`, {}, admin())).copyDefaultTemplate
      .id;
    const keysOf = async (table: string, column: string, id: string) =>
      (
        await sql<{ items: Array<{ key: string; rule?: string }> }>(
          t,
          `SELECT "${column}"->'items' AS items FROM "${table}" WHERE id = $1`,
          [id],
        )
      )[0].items;
    const before = {
      template: await keysOf('workflow_template', 'spec', copy),
      snapshot: await keysOf('programme', 'template_snapshot', programmeId),
    };
    // Put the old id back where an organisation's data would have held it before the migration.
    for (const [table, column, id] of [
      ['workflow_template', 'spec', copy],
      ['programme', 'template_snapshot', programmeId],
    ]) {
      await sql(t, `UPDATE "${table}" SET "${column}" = replace("${column}"::text, $2, $3)::jsonb WHERE id = $1`, [id, NEW, OLD]);
    }
    await sql(t, `UPDATE checklist_item SET rule = $2 WHERE programme_id = $1 AND rule = $3`, [programmeId, OLD, NEW]);
    expect((await keysOf('programme', 'template_snapshot', programmeId)).some((i) => i.rule === OLD)).toBe(true);

    await renameRule(ownerDatabase(t).createQueryRunner(), OLD, NEW);
    expect(await keysOf('workflow_template', 'spec', copy)).toEqual(before.template);
    expect(await keysOf('programme', 'template_snapshot', programmeId)).toEqual(before.snapshot);
    expect(await sql(t, `SELECT id FROM checklist_item WHERE rule = $1`, [OLD])).toEqual([]);
    expect((await sql(t, `SELECT id FROM checklist_item WHERE programme_id = $1 AND rule = $2`, [programmeId, NEW])).length).toBe(2); // one per cycle
  });

  async function enrolmentIds(): Promise<string[]> {
    const rows = await sql<{ id: string }>(t, `SELECT id FROM enrolment WHERE pilot_id = $1 AND withdrawn_at IS NULL ORDER BY id`, [
      pilot.id,
    ]);
    return rows.map((r) => r.id);
  }
});
