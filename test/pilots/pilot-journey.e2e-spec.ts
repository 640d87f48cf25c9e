import { RequestContext } from '@app/common';
import { GatesService } from '@app/programmes';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addLine,
  createPilot,
  createProgramme,
  ECONOMICS,
  journeyTypes,
  move,
  MOVES,
  type Organisation,
  organisationWithRoles,
  type PilotView,
  serviceAreaIds,
} from './pilot-support';

const METRIC_FIELDS = `id name unit direction baseline target version latest { date value recordedBy } changeFromBaseline improvement progressToTarget onTrack
  measurements(first: 10) { totalCount edges { node { id date value } } }`;
const ADD_METRIC = `mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { ${METRIC_FIELDS} } }`;
const UPDATE_METRIC = `mutation($input: UpdatePilotMetricInput!) { updatePilotMetric(input: $input) { ${METRIC_FIELDS} } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { ${METRIC_FIELDS} } }`;
const READ = `query($id: ID!) { pilot(id: $id) { id version status iteration lastDecision ${ECONOMICS} metrics { ${METRIC_FIELDS} } financialLines(first: 20) { totalCount edges { node { id kind date amount { amount currency } } } } } }`;

describe('a pilot from proposal through ADAPT to SCALE, with measurements and economics', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;
  let priorityAreaId: string;
  let pilot: PilotView;
  let metricId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t);
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Healthier lives')).id;
    const [area] = await serviceAreaIds(t, org.as.ADMIN, 1);
    priorityAreaId = (
      await t.client.ok(
        `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id } }`,
        { input: { programmeId, serviceAreaId: area.id } },
        org.as.ADMIN,
      )
    ).createPriorityArea.id;
  });
  afterAll(() => t.close());

  const read = async (id = pilot.id) => (await t.client.ok(READ, { id }, org.as.VIEWER)).pilot;

  it('proposes a pilot as a consultant, in the organisation’s currency by default', async () => {
    pilot = await createPilot(t, org.as.CONSULTANT, {
      programmeId,
      priorityAreaId,
      name: 'Peer support for flare-ups',
      hypothesis: 'Patients who manage their own condition need fewer unplanned visits',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      budget: '12500.5',
      participantsReached: 40,
    });
    expect(pilot).toMatchObject({
      status: 'PROPOSED',
      iteration: 1,
      version: 1,
      currency: 'GBP',
      participantsReached: 40,
      budget: { amount: '12500.50', currency: 'GBP' },
    });
    expect(pilot.allowedMoves).toEqual([
      { type: 'APPROVE', decision: null, to: 'APPROVED', reason: 'OPTIONAL' },
      { type: 'REJECT', decision: null, to: 'REJECTED', reason: 'REQUIRED' },
    ]);
  });

  it('refuses bad dates, budgets, currencies and participant counts, naming the field, and creates nothing', async () => {
    const base = { programmeId, name: 'Bad one' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startDate: '2026-05-01', endDate: '2026-04-30' }, 'input.endDate'],
      [{ startDate: '2026-02-30' }, 'input.startDate'],
      [{ budget: '12,500' }, 'input.budget'],
      [{ budget: '-5' }, 'input.budget'],
      [{ budget: '10.005' }, 'input.budget'],
      [{ currency: 'XYZ' }, 'input.currency'],
      [{ currency: 'pounds' }, 'input.currency'],
      [{ participantsReached: -1 }, 'input.participantsReached'],
      [{ name: '   ' }, 'input.name'],
    ];
    for (const [extra, field] of cases) {
      const error = await t.client.fails(
        `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
        { input: { ...base, ...extra } },
        org.as.ADMIN,
      );
      // Scalars (LocalDate, Int) refuse before validation, naming the field in the message.
      const named = error.extensions?.fields?.[0]?.field ?? (error.message.includes(`"${field}"`) ? field : error.message);
      expect([JSON.stringify(extra), error.extensions?.code, named]).toEqual([JSON.stringify(extra), 'BAD_USER_INPUT', field]);
    }
    const listed = await t.client.ok(
      `query($programmeId: ID!) { pilots(programmeId: $programmeId) { totalCount } }`,
      { programmeId },
      org.as.ADMIN,
    );
    expect(listed.pilots.totalCount).toBe(1);
  });

  it('explains refused moves: out of order is INVALID_TRANSITION, a missing reason is BAD_USER_INPUT on input.reason', async () => {
    const early = await t.client.fails(MOVES.start, { input: { pilotId: pilot.id, version: pilot.version } }, org.as.PROGRAMME_MANAGER);
    expect(early.extensions?.code).toBe('INVALID_TRANSITION');
    expect(early.message).toMatch(/cannot be started now because it is proposed\. Approve it first/);
    const decided = await t.client.fails(
      MOVES.decide,
      { input: { pilotId: pilot.id, version: pilot.version, decision: 'SCALE', reason: 'It works very well' } },
      org.as.ADMIN,
    );
    expect(decided.extensions?.code).toBe('INVALID_TRANSITION');
    const noReason = await t.client.fails(
      MOVES.reject,
      { input: { pilotId: pilot.id, version: pilot.version, reason: 'no' } },
      org.as.ADMIN,
    );
    expect(noReason.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.reason', message: expect.stringMatching(/Say why the pilot is being rejected/) }],
    });
    expect((await read()).version).toBe(pilot.version);
  });

  it('approves (DECIDE_AND_PUBLISH), refuses a stale version with CONFLICT, and starts', async () => {
    const forbidden = await t.client.fails(MOVES.approve, { input: { pilotId: pilot.id, version: pilot.version } }, org.as.CONSULTANT);
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const approved = await move(t, org.as.PROGRAMME_MANAGER, 'approve', pilot, { reason: 'Fits the health priority' });
    expect(approved).toMatchObject({ status: 'APPROVED', version: pilot.version + 1, lastReason: 'Fits the health priority' });
    const stale = await t.client.fails(MOVES.start, { input: { pilotId: pilot.id, version: pilot.version } }, org.as.CONSULTANT);
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: approved.version });
    pilot = await move(t, org.as.CONSULTANT, 'start', approved);
    expect(pilot).toMatchObject({ status: 'RUNNING', iteration: 1 });
    expect(pilot.allowedMoves.map((m) => m.type)).toEqual(['BEGIN_EVALUATION']);
  });

  it('tracks a metric: measurements by a contributor, latest value, change from baseline and progress to target', async () => {
    const metric = (
      await t.client.ok(
        ADD_METRIC,
        {
          input: {
            pilotId: pilot.id,
            name: 'Unplanned visits',
            unit: 'visits a week',
            direction: 'LOWER_IS_BETTER',
            baseline: '14.0',
            target: '4',
          },
        },
        org.as.CONSULTANT,
      )
    ).addPilotMetric;
    expect(metric).toMatchObject({
      baseline: '14',
      target: '4',
      latest: null,
      changeFromBaseline: null,
      progressToTarget: null,
      onTrack: null,
      measurements: { totalCount: 0 },
    });
    metricId = metric.id;
    const forbidden = await t.client.fails(
      ADD_METRIC,
      { input: { pilotId: pilot.id, name: 'x', unit: 'y', direction: 'HIGHER_IS_BETTER' } },
      org.as.CONTRIBUTOR,
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const recordAs = (date: string, value: string) => t.client.ok(RECORD, { input: { metricId, date, value } }, org.as.CONTRIBUTOR);
    await recordAs('2026-03-01', '9');
    await recordAs('2026-02-01', '12');
    const last = (await recordAs('2026-03-01', '8.50')).recordMeasurement;
    expect(last).toMatchObject({
      latest: { date: '2026-03-01', value: '8.5', recordedBy: org.as.CONTRIBUTOR.userId },
      changeFromBaseline: -5.5,
      improvement: 5.5,
      progressToTarget: 0.55,
      onTrack: true,
    });
    expect(last.measurements.totalCount).toBe(3);
    expect(last.measurements.edges.map((e: { node: { date: string; value: string } }) => [e.node.date, e.node.value])).toEqual([
      ['2026-02-01', '12'],
      ['2026-03-01', '9'],
      ['2026-03-01', '8.5'],
    ]);
    const bad = await t.client.fails(RECORD, { input: { metricId, date: '2026-03-01', value: '1e3' } }, org.as.CONTRIBUTOR);
    expect(bad.extensions?.fields).toEqual([
      { field: 'input.value', message: expect.stringMatching(/decimal number written as a string/) },
    ]);
    const viewer = await t.client.fails(RECORD, { input: { metricId, date: '2026-03-02', value: '7' } }, org.as.VIEWER);
    expect(viewer.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads its economics to the penny: £1,000.00 cost, £3,500.00 savings, £1,500.00 wider benefit, 40 participants', async () => {
    await addLine(t, org.as.CONSULTANT, pilot.id, 'COST', '600');
    await addLine(t, org.as.CONSULTANT, pilot.id, 'COST', '400.00');
    await addLine(t, org.as.CONSULTANT, pilot.id, 'SAVING', '3000.00');
    await addLine(t, org.as.CONSULTANT, pilot.id, 'SAVING', '500', { currency: 'gbp' });
    await addLine(t, org.as.CONSULTANT, pilot.id, 'WIDER_BENEFIT', '1500.00');
    const stray = await addLine(t, org.as.CONSULTANT, pilot.id, 'COST', '99.99');
    const removed = await t.client.ok(
      `mutation($input: RemoveFinancialLineInput!) { removeFinancialLine(input: $input) { id kind amount { amount currency } pilot { economics { totalCost { amount } } } } }`,
      { input: { lineId: stray } },
      org.as.CONSULTANT,
    );
    expect(removed.removeFinancialLine).toMatchObject({
      id: stray,
      kind: 'COST',
      amount: { amount: '99.99', currency: 'GBP' },
      pilot: { economics: { totalCost: { amount: '1000.00' } } },
    });

    const { economics, financialLines } = await read();
    expect(economics).toEqual({
      currency: 'GBP',
      totalCost: { amount: '1000.00', currency: 'GBP' },
      totalSavings: { amount: '3500.00' },
      totalWiderBenefits: { amount: '1500.00' },
      totalBenefits: { amount: '5000.00' },
      netBenefit: { amount: '4000.00', currency: 'GBP' },
      benefitCostRatio: '5.0 : 1',
      benefitCostRatioValue: '5.0',
      ratioNote: expect.stringMatching(/wider benefits as well as cashable savings/),
      participantsReached: 40,
      costPerParticipant: { amount: '25.00', currency: 'GBP' },
      savingPerParticipant: { amount: '87.50' },
      benefitPerParticipant: { amount: '125.00' },
      perParticipantNote: null,
    });
    expect(financialLines.totalCount).toBe(5);
  });

  it('refuses a line in another currency (BAD_USER_INPUT on input.currency) and writes nothing', async () => {
    const error = await t.client.fails(
      `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
      { input: { pilotId: pilot.id, kind: 'SAVING', amount: '100.00', currency: 'EUR', date: '2026-03-02' } },
      org.as.CONSULTANT,
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.currency', message: expect.stringMatching(/keeps its figures in GBP.*never mixes currencies/) }],
    });
    const amount = await t.client.fails(
      `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
      { input: { pilotId: pilot.id, kind: 'COST', amount: '£100', date: '2026-03-02' } },
      org.as.CONSULTANT,
    );
    expect(amount.extensions?.fields?.[0].field).toBe('input.amount');
    const current = await read();
    const changeCurrency = await t.client.fails(
      `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id } }`,
      { input: { pilotId: pilot.id, version: current.version, currency: 'EUR' } },
      org.as.CONSULTANT,
    );
    expect(changeCurrency.extensions?.fields?.[0]).toMatchObject({
      field: 'input.currency',
      message: expect.stringMatching(/5 financial line/),
    });
    expect((await read()).financialLines.totalCount).toBe(5);
  });

  it('evaluates, adapts back to APPROVED as iteration 2, runs again and is decided SCALE', async () => {
    pilot = await move(t, org.as.CONSULTANT, 'evaluate', pilot);
    expect(pilot.status).toBe('EVALUATING');
    expect(pilot.allowedMoves.map((m) => m.decision)).toEqual(['SCALE', 'ADAPT', 'STOP']);
    pilot = await move(t, org.as.PROGRAMME_MANAGER, 'decide', pilot, {
      decision: 'ADAPT',
      reason: 'Works for adults, needs changes for teenagers',
    });
    expect(pilot).toMatchObject({
      status: 'APPROVED',
      iteration: 2,
      lastDecision: 'ADAPT',
      lastReason: 'Works for adults, needs changes for teenagers',
    });
    pilot = await move(t, org.as.CONSULTANT, 'start', pilot);
    pilot = await move(t, org.as.CONSULTANT, 'evaluate', pilot);
    const consultant = await t.client.fails(
      MOVES.decide,
      { input: { pilotId: pilot.id, version: pilot.version, decision: 'SCALE', reason: 'Ready for every clinic now' } },
      org.as.CONSULTANT,
    );
    expect(consultant.extensions?.code).toBe('FORBIDDEN');
    pilot = await move(t, org.as.ADMIN, 'decide', pilot, { decision: 'SCALE', reason: 'Ready for every clinic now' });
    expect(pilot).toMatchObject({ status: 'SCALE', iteration: 2, lastDecision: 'SCALE', allowedMoves: [] });
    const after = await t.client.fails(
      MOVES.reject,
      { input: { pilotId: pilot.id, version: pilot.version, reason: 'Changed our minds about it' } },
      org.as.ADMIN,
    );
    expect(after.extensions?.code).toBe('INVALID_TRANSITION');
    expect(after.message).toMatch(/decided for scaling up/);
  });

  it('wrote every move in the programme history, one event each, with the reason', async () => {
    const events = (await journeyTypes(t, org.as.ADMIN, programmeId)).filter((e) => e.payload.pilotId === pilot.id);
    expect(events.map((e) => e.type)).toEqual([
      'PILOT_CREATED',
      'PILOT_APPROVED',
      'PILOT_STARTED',
      'PILOT_METRIC_ADDED',
      'MEASUREMENT_RECORDED',
      'MEASUREMENT_RECORDED',
      'MEASUREMENT_RECORDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_ADDED',
      'FINANCIAL_LINE_REMOVED',
      'PILOT_EVALUATION_STARTED',
      'PILOT_DECIDED',
      'PILOT_STARTED',
      'PILOT_EVALUATION_STARTED',
      'PILOT_DECIDED',
    ]);
    const decisions = events.filter((e) => e.type === 'PILOT_DECIDED').map((e) => e.payload);
    expect(decisions[0]).toMatchObject({
      decision: 'ADAPT',
      iteration: 1,
      nextIteration: 2,
      from: 'EVALUATING',
      to: 'APPROVED',
      reason: 'Works for adults, needs changes for teenagers',
    });
    expect(decisions[1]).toMatchObject({ decision: 'SCALE', iteration: 2, to: 'SCALE', reason: 'Ready for every clinic now' });
    expect(events.find((e) => e.type === 'PILOT_APPROVED')?.payload).toMatchObject({
      from: 'PROPOSED',
      to: 'APPROVED',
      reason: 'Fits the health priority',
    });
  });

  it('says the ratio is undefined when a pilot has no cost, rather than dividing by zero', async () => {
    const free = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Volunteer befriending' });
    await addLine(t, org.as.CONSULTANT, free.id, 'SAVING', '350.00');
    const { economics } = await read(free.id);
    expect(economics).toMatchObject({
      totalCost: { amount: '0.00' },
      netBenefit: { amount: '350.00' },
      benefitCostRatio: null,
      benefitCostRatioValue: null,
      ratioNote: 'No costs recorded yet, so there is no benefit-cost ratio.',
      costPerParticipant: null,
      savingPerParticipant: null,
      perParticipantNote: expect.stringMatching(/No participants reached/),
    });
  });

  it('keeps a pilot in its own currency, with that currency’s minor units', async () => {
    const yen = await createPilot(t, org.as.CONSULTANT, {
      programmeId,
      name: 'Tokyo exchange',
      currency: 'jpy',
      budget: '150000',
      participantsReached: 3,
    });
    expect(yen).toMatchObject({ currency: 'JPY', budget: { amount: '150000', currency: 'JPY' } });
    await addLine(t, org.as.CONSULTANT, yen.id, 'COST', '1000');
    await addLine(t, org.as.CONSULTANT, yen.id, 'SAVING', '2501');
    expect((await read(yen.id)).economics).toMatchObject({
      benefitCostRatio: '2.5 : 1',
      costPerParticipant: { amount: '333', currency: 'JPY' },
      savingPerParticipant: { amount: '834' },
    });
    const cents = await t.client.fails(
      `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
      { input: { pilotId: yen.id, kind: 'COST', amount: '1.50', date: '2026-01-01' } },
      org.as.ADMIN,
    );
    expect(cents.extensions?.fields).toEqual([
      { field: 'input.amount', message: 'JPY has no minor unit: enter a whole amount, without decimals.' },
    ]);
  });

  it('lists pilots by programme and status', async () => {
    const list = async (status?: string[]) =>
      (
        await t.client.ok(
          `query($programmeId: ID!, $status: [PilotStatus!]) { pilots(programmeId: $programmeId, status: $status, first: 50) { totalCount edges { node { id status } } } }`,
          { programmeId, status },
          org.as.VIEWER,
        )
      ).pilots;
    expect((await list()).totalCount).toBe(3);
    expect((await list(['SCALE'])).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([pilot.id]);
    expect((await list(['PROPOSED'])).totalCount).toBe(2);
    expect((await list(['RUNNING', 'EVALUATING'])).totalCount).toBe(0);
  });

  it('lists the published reference cases with their citations, beside which a pilot can be read', async () => {
    const { referenceCases } = await t.client.ok(
      `{ referenceCases { id title citation costPerPerson { amount { amount currency } qualifier per } benefitPerPerson { amount { amount } qualifier }
          publishedRatio { low high display } computedRatio { display value reading note } outcomes { measure percentChange before { value unit year } after { value unit year } comparison { label percentChange } } } }`,
      {},
      org.as.VIEWER,
    );
    const byId = Object.fromEntries(referenceCases.map((c: { id: string }) => [c.id, c]));
    expect(byId['nurse-family-partnership']).toMatchObject({
      publishedRatio: { low: 5, high: 5, display: '5 : 1' },
      computedRatio: null,
      citation: expect.stringMatching(/Eckenrode/),
    });
    expect(byId['time-banks']).toMatchObject({
      citation: expect.stringMatching(/Knapp et al\. 2010/),
      costPerPerson: { amount: { amount: '450.00', currency: 'GBP' }, qualifier: 'LESS_THAN' },
      benefitPerPerson: { amount: { amount: '1300.00' }, qualifier: 'MORE_THAN' },
      computedRatio: { display: '2.8 : 1', reading: 'MORE_THAN' },
    });
    expect(byId.befriending.computedRatio).toMatchObject({ display: '0.4 : 1', reading: 'ABOUT' });
    expect(byId['community-organisers']).toMatchObject({
      costPerPerson: { amount: { amount: '300.00' }, qualifier: 'UP_TO' },
      benefitPerPerson: { amount: { amount: '900.00' }, qualifier: 'COULD_BE' },
      computedRatio: { display: '3.0 : 1', reading: 'ABOUT' },
    });
    expect(byId['eksjo-gastroenterology'].outcomes[1]).toMatchObject({ percentChange: -48, comparison: { percentChange: -4 } });
  });

  it('gives the checklist rules their pilot counts per programme in one call', async () => {
    const second = (await createProgramme(t, org.as.ADMIN, 'Second programme')).id;
    const make = async (name: string) => createPilot(t, org.as.ADMIN, { programmeId: second, name });
    const running = await move(t, org.as.ADMIN, 'start', await move(t, org.as.ADMIN, 'approve', await make('Measured')));
    const unmeasured = await move(t, org.as.ADMIN, 'start', await move(t, org.as.ADMIN, 'approve', await make('No baseline')));
    await move(t, org.as.ADMIN, 'start', await move(t, org.as.ADMIN, 'approve', await make('No metrics')));
    await move(t, org.as.ADMIN, 'reject', await make('Rejected'), { reason: 'Duplicates the first one' });
    await move(t, org.as.ADMIN, 'approve', await make('Approved only'));
    await t.client.ok(
      ADD_METRIC,
      { input: { pilotId: running.id, name: 'Calls', unit: 'calls', direction: 'LOWER_IS_BETTER', baseline: '20' } },
      org.as.ADMIN,
    );
    await t.client.ok(
      ADD_METRIC,
      { input: { pilotId: running.id, name: 'Visits', unit: 'visits', direction: 'LOWER_IS_BETTER', baseline: '0' } },
      org.as.ADMIN,
    );
    await t.client.ok(
      ADD_METRIC,
      { input: { pilotId: unmeasured.id, name: 'Calls', unit: 'calls', direction: 'LOWER_IS_BETTER', baseline: '20' } },
      org.as.ADMIN,
    );
    await t.client.ok(
      ADD_METRIC,
      { input: { pilotId: unmeasured.id, name: 'Wellbeing', unit: 'score', direction: 'HIGHER_IS_BETTER' } },
      org.as.ADMIN,
    );

    const ctx = new RequestContext('test');
    ctx.organisationId = org.id;
    const empty = (await createProgramme(t, org.as.ADMIN, 'No pilots')).id;
    const facts = await t.app.get(GatesService).facts(ctx, [programmeId, second, empty], 'pilots');
    expect(Object.fromEntries(facts)).toEqual({
      [programmeId]: { pilots: { total: 3, approvedOrBeyond: 1, approvedOrBeyondWithBaselineMetrics: 1 } }, // the scaled pilot still counts
      [second]: { pilots: { total: 5, approvedOrBeyond: 4, approvedOrBeyondWithBaselineMetrics: 1 } },
      [empty]: { pilots: { total: 0, approvedOrBeyond: 0, approvedOrBeyondWithBaselineMetrics: 0 } },
    });

    // The Focus-it checklist reads the same facts through the programme's gate.
    const verdicts = async (id: string) =>
      Object.fromEntries(
        (
          await t.client.ok(
            `query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`,
            { id },
            org.as.ADMIN,
          )
        ).programme.steps
          .find((s: { step: string }) => s.step === 'FOCUS')
          .items.map((i: { key: string; verdict: object }) => [i.key, i.verdict]),
      );
    expect((await verdicts(second))['focus.small_pilot']).toEqual({ satisfied: true, explanation: '4 pilots are approved or under way.' });
    expect((await verdicts(second))['focus.measure_costs_outcomes']).toEqual({
      satisfied: false,
      explanation: '3 of 4 pilots going ahead lack outcome metrics with baselines.',
    });
    expect((await verdicts(empty))['focus.small_pilot']).toEqual({ satisfied: false, explanation: 'No pilot has been proposed yet.' });

    // Setting the missing baseline brings the second pilot going ahead in.
    const metrics = (await read(unmeasured.id)).metrics;
    await t.client.ok(UPDATE_METRIC, { input: { metricId: metrics[1].id, version: metrics[1].version, baseline: '3.5' } }, org.as.ADMIN);
    expect((await t.app.get(GatesService).facts(ctx, [second], 'pilots')).get(second)?.pilots.approvedOrBeyondWithBaselineMetrics).toBe(2);
  });

  it('lets only one of many concurrent moves with the same version through', async () => {
    const racer = await createPilot(t, org.as.ADMIN, { programmeId, name: 'Raced' });
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.client.request(MOVES.approve, { input: { pilotId: racer.id, version: racer.version } }, org.as.ADMIN),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(11);
    const events = (await journeyTypes(t, org.as.ADMIN, programmeId)).filter((e) => e.payload.pilotId === racer.id);
    expect(events.map((e) => e.type)).toEqual(['PILOT_CREATED', 'PILOT_APPROVED']);
  });

  it('changes a metric only at the version last read: a stale one answers CONFLICT with the current version and changes nothing', async () => {
    const programme = (await createProgramme(t, org.as.ADMIN, 'Versioned metrics')).id;
    const owner = await createPilot(t, org.as.ADMIN, { programmeId: programme, name: 'Falls prevention' });
    const added = (
      await t.client.ok(
        ADD_METRIC,
        { input: { pilotId: owner.id, name: 'Falls', unit: 'falls a month', direction: 'LOWER_IS_BETTER', baseline: '6' } },
        org.as.CONSULTANT,
      )
    ).addPilotMetric;
    expect(added.version).toBe(1);
    const updated = (await t.client.ok(UPDATE_METRIC, { input: { metricId: added.id, version: 1, target: '3' } }, org.as.CONSULTANT))
      .updatePilotMetric;
    expect(updated).toMatchObject({ baseline: '6', target: '3', version: 2 });

    const stale = await t.client.fails(
      UPDATE_METRIC,
      { input: { metricId: added.id, version: 1, baseline: '9', clearTarget: true } },
      org.as.ADMIN,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await read(owner.id)).metrics).toEqual([expect.objectContaining({ id: added.id, baseline: '6', target: '3', version: 2 })]);
    const events = (await journeyTypes(t, org.as.ADMIN, programme)).filter((e) => e.payload.metricId === added.id);
    expect(events.map((e) => e.type)).toEqual(['PILOT_METRIC_ADDED', 'PILOT_METRIC_UPDATED']);

    const missing = await t.client.fails(UPDATE_METRIC, { input: { metricId: added.id, target: '2' } }, org.as.ADMIN);
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
