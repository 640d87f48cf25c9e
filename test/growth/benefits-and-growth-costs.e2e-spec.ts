import { itemVerdict } from '../engagement/engagement-support';
import type { As } from '../support/graphql-client';
import {
  addLine,
  createPilot,
  createProgramme,
  move,
  type Organisation,
  organisationWithRoles,
  type PilotView,
} from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';

const MONEY = `{ amount currency }`;
const GROUPS = `benefitsByGroup { group label costs ${MONEY} savings ${MONEY} widerBenefits ${MONEY} benefits ${MONEY} metricCount metrics }`;
const PROGRAMME_ECONOMICS = `query($id: ID!) { programme(id: $id) { economics {
  currency pilotsCounted pilotsInOtherCurrencies pilotCosts ${MONEY} savings ${MONEY} widerBenefits ${MONEY} benefits ${MONEY}
  scalingCosts ${MONEY} trainingCosts ${MONEY} growthCosts ${MONEY} totalCost ${MONEY} netBenefit ${MONEY} benefitCostRatio
  growthItemsWithoutCost notes ${GROUPS} } } }`;
const PILOT_ECONOMICS = `query($id: ID!) { pilot(id: $id) { economics { totalCost ${MONEY} ${GROUPS} }
  metrics { name beneficiaryGroup } financialLines { edges { node { kind beneficiaryGroup amount ${MONEY} } } } } }`;
const PLAN = `id version cost ${MONEY} scalingCost { total ${MONEY} scaling ${MONEY} training ${MONEY} known itemsWithoutCost }
  trainingActions { id cost ${MONEY} }`;
const M = {
  metric: `mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id version beneficiaryGroup } }`,
  updateMetric: `mutation($input: UpdatePilotMetricInput!) { updatePilotMetric(input: $input) { id version beneficiaryGroup } }`,
  createPlan: `mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { ${PLAN} } }`,
  updatePlan: `mutation($input: UpdateScalingPlanInput!) { updateScalingPlan(input: $input) { ${PLAN} } }`,
  addTraining: `mutation($input: AddTrainingActionInput!) { addTrainingAction(input: $input) { id cost ${MONEY} plan { ${PLAN} } } }`,
  updateTraining: `mutation($input: UpdateTrainingActionInput!) { updateTrainingAction(input: $input) { id cost ${MONEY} plan { ${PLAN} } } }`,
};

/** The field a BAD_USER_INPUT names: from extensions.fields, or from the message when GraphQL refused the value itself. */
function namedField(error: { message: string; extensions?: Record<string, any> }, field: string): string {
  return error.extensions?.fields?.[0]?.field ?? (error.message.includes(field) ? field : error.message);
}

describe('who benefits and what growth costs (issue 19, items 3 and 4)', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let pilot: PilotView;
  let planId: string;
  let planVersion: number;

  const economics = async (as: As = org.as.VIEWER) => (await t.client.ok(PROGRAMME_ECONOMICS, { id: programmeId }, as)).programme.economics;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Healthier lives')).id;
    pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Peer support' });
  });
  afterAll(() => t.close());

  it('names the beneficiary group of every metric and financial line, with defaults when none is given', async () => {
    const falls = (
      await t.client.ok(
        M.metric,
        { input: { pilotId: pilot.id, name: 'Falls a month', unit: 'falls', direction: 'LOWER_IS_BETTER' } },
        org.as.CONSULTANT,
      )
    ).addPilotMetric;
    expect(falls.beneficiaryGroup).toBe('SERVICE_USERS');
    const sickness = (
      await t.client.ok(
        M.metric,
        {
          input: {
            pilotId: pilot.id,
            name: 'Staff sick days',
            unit: 'days',
            direction: 'LOWER_IS_BETTER',
            beneficiaryGroup: 'CITIZENS',
          },
        },
        org.as.CONSULTANT,
      )
    ).addPilotMetric;
    const moved = await t.client.ok(
      M.updateMetric,
      { input: { metricId: sickness.id, version: sickness.version, beneficiaryGroup: 'FRONTLINE_STAFF' } },
      org.as.CONSULTANT,
    );
    expect(moved.updatePilotMetric.beneficiaryGroup).toBe('FRONTLINE_STAFF');

    await addLine(t, org.as.CONSULTANT, pilot.id, 'COST', '1000.01');
    await addLine(t, org.as.CONSULTANT, pilot.id, 'SAVING', '2500.10');
    await addLine(t, org.as.CONSULTANT, pilot.id, 'WIDER_BENEFIT', '999.99', { beneficiaryGroup: 'CITIZENS' });
    await addLine(t, org.as.CONSULTANT, pilot.id, 'SAVING', '0.05', { beneficiaryGroup: 'POLITICIANS' });

    const seen = (await t.client.ok(PILOT_ECONOMICS, { id: pilot.id }, org.as.VIEWER)).pilot;
    expect(seen.financialLines.edges.map((e: any) => [e.node.kind, e.node.beneficiaryGroup])).toEqual([
      ['COST', 'SERVICE_USERS'],
      ['SAVING', 'MANAGERS'],
      ['WIDER_BENEFIT', 'CITIZENS'],
      ['SAVING', 'POLITICIANS'],
    ]);
    const byGroup = Object.fromEntries(seen.economics.benefitsByGroup.map((g: any) => [g.group, g]));
    expect(Object.keys(byGroup)).toEqual(['SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS']);
    expect(byGroup.SERVICE_USERS).toMatchObject({
      costs: { amount: '1000.01', currency: 'GBP' },
      metrics: ['Falls a month'],
      metricCount: 1,
    });
    expect(byGroup.CITIZENS).toMatchObject({ widerBenefits: { amount: '999.99' }, benefits: { amount: '999.99' }, metrics: [] });
    expect(byGroup.FRONTLINE_STAFF).toMatchObject({ label: 'Frontline staff', metrics: ['Staff sick days'], benefits: { amount: '0.00' } });
    expect(byGroup.MANAGERS.savings.amount).toBe('2500.10');
    expect(byGroup.POLITICIANS.savings.amount).toBe('0.05');
  });

  it('refuses a beneficiary group or a cost that is not one, naming the field', async () => {
    const badGroup = await t.client.fails(
      M.metric,
      { input: { pilotId: pilot.id, name: 'x', unit: 'x', direction: 'LOWER_IS_BETTER', beneficiaryGroup: 'VOTERS' } },
      org.as.CONSULTANT,
    );
    expect([badGroup.extensions?.code, namedField(badGroup, 'beneficiaryGroup')]).toEqual(['BAD_USER_INPUT', 'beneficiaryGroup']);
    const badLine = await t.client.fails(
      `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
      { input: { pilotId: pilot.id, kind: 'COST', amount: '1', date: '2026-03-01', beneficiaryGroup: 'EVERYONE' } },
      org.as.CONSULTANT,
    );
    expect([badLine.extensions?.code, namedField(badLine, 'beneficiaryGroup')]).toEqual(['BAD_USER_INPUT', 'beneficiaryGroup']);

    pilot = await move(t, org.as.ADMIN, 'approve', pilot);
    pilot = await move(t, org.as.ADMIN, 'start', pilot);
    pilot = await move(t, org.as.ADMIN, 'evaluate', pilot);
    pilot = await move(t, org.as.ADMIN, 'decide', pilot, { decision: 'SCALE', reason: 'Falls down by a third' });
    for (const [cost, message] of [
      ['-5', /cannot be negative/],
      ['12.345', /at most 2 decimals/],
      ['£40', /not an amount/],
    ] as const) {
      const error = await t.client.fails(M.createPlan, { input: { pilotId: pilot.id, mechanism: 'REPLICATE', cost } }, org.as.CONSULTANT);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([{ field: 'input.cost', message: expect.stringMatching(message) }]);
    }
  });

  it('records what scaling and training cost, exactly, in the organisation’s currency, and knows when it is all known', async () => {
    const plan = (await t.client.ok(M.createPlan, { input: { pilotId: pilot.id, mechanism: 'REPLICATE' } }, org.as.CONSULTANT))
      .createScalingPlan;
    expect(plan.cost).toBeNull();
    expect(plan.scalingCost).toEqual({
      total: { amount: '0.00', currency: 'GBP' },
      scaling: { amount: '0.00', currency: 'GBP' },
      training: { amount: '0.00', currency: 'GBP' },
      known: false,
      itemsWithoutCost: 1,
    });
    planId = plan.id;
    // Grow it asks whether the cost of growing is known, from the records: not yet.
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.know_the_cost')).toEqual({
      satisfied: false,
      explanation: '1 of 1 scaling plan lacks a cost for the plan or for some of its training.',
    });
    const costed = (
      await t.client.ok(M.updatePlan, { input: { scalingPlanId: planId, version: plan.version, cost: '12000.30' } }, org.as.CONSULTANT)
    ).updateScalingPlan;
    expect(costed.cost).toEqual({ amount: '12000.30', currency: 'GBP' });
    expect(costed.scalingCost.known).toBe(true);

    const staff = (
      await t.client.ok(
        M.addTraining,
        { input: { scalingPlanId: planId, topic: 'Working alongside volunteers', audience: 'STAFF', cost: '1500.07' } },
        org.as.CONSULTANT,
      )
    ).addTrainingAction;
    expect(staff.cost).toEqual({ amount: '1500.07', currency: 'GBP' });
    const citizens = (
      await t.client.ok(
        M.addTraining,
        { input: { scalingPlanId: planId, topic: 'Peer mentoring', audience: 'CITIZENS' } },
        org.as.CONSULTANT,
      )
    ).addTrainingAction;
    expect(citizens.plan.scalingCost).toMatchObject({ total: { amount: '13500.37' }, known: false, itemsWithoutCost: 1 });

    const both = await t.client.fails(
      M.updateTraining,
      { input: { trainingActionId: citizens.id, planVersion: citizens.plan.version, cost: '1', clearCost: true } },
      org.as.CONSULTANT,
    );
    expect(both.extensions?.fields?.[0]?.field).toBe('input.clearCost');
    const free = (
      await t.client.ok(
        M.updateTraining,
        { input: { trainingActionId: citizens.id, planVersion: citizens.plan.version, cost: '0' } },
        org.as.CONSULTANT,
      )
    ).updateTrainingAction;
    expect(free.cost).toEqual({ amount: '0.00', currency: 'GBP' });
    expect(free.plan.scalingCost).toMatchObject({
      total: { amount: '13500.37' },
      scaling: { amount: '12000.30' },
      training: { amount: '1500.07' },
      known: true,
      itemsWithoutCost: 0,
    });
    planVersion = free.plan.version;
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.know_the_cost')).toEqual({
      satisfied: true,
      explanation: 'The scaling plan and all its training have their costs recorded.',
    });
  });

  it('counts the cost of growing in the programme’s economics and shows benefits by group, exactly', async () => {
    const e = await economics();
    expect(e).toMatchObject({
      currency: 'GBP',
      pilotsCounted: 1,
      pilotsInOtherCurrencies: 0,
      pilotCosts: { amount: '1000.01' },
      savings: { amount: '2500.15' },
      widerBenefits: { amount: '999.99' },
      benefits: { amount: '3500.14' },
      scalingCosts: { amount: '12000.30' },
      trainingCosts: { amount: '1500.07' },
      growthCosts: { amount: '13500.37' },
      totalCost: { amount: '14500.38' },
      netBenefit: { amount: '-11000.24', currency: 'GBP' },
      benefitCostRatio: '0.2 : 1',
      growthItemsWithoutCost: 0,
    });
    expect(e.benefitsByGroup.find((g: any) => g.group === 'FRONTLINE_STAFF').metrics).toEqual(['Staff sick days']);

    // Forgetting a cost makes it unknown again, and the economics say so instead of counting it as nothing.
    const cleared = (
      await t.client.ok(M.updatePlan, { input: { scalingPlanId: planId, version: planVersion, clearCost: true } }, org.as.CONSULTANT)
    ).updateScalingPlan;
    expect(cleared.cost).toBeNull();
    const after = await economics();
    expect(after).toMatchObject({ scalingCosts: { amount: '0.00' }, growthCosts: { amount: '1500.07' }, growthItemsWithoutCost: 1 });
    expect(after.notes.join(' ')).toMatch(/no cost recorded yet/);
    expect((await itemVerdict(t, org.as.VIEWER, programmeId, 'grow.know_the_cost')).satisfied).toBe(false);
    await t.client.ok(M.updatePlan, { input: { scalingPlanId: planId, version: cleared.version, cost: '12000.30' } }, org.as.CONSULTANT);
  });

  it('leaves a pilot kept in another currency out of the programme’s sums rather than converting it', async () => {
    const euro = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Lunch club', currency: 'EUR' });
    await addLine(t, org.as.CONSULTANT, euro.id, 'SAVING', '700.00');
    const e = await economics();
    expect(e).toMatchObject({ pilotsCounted: 1, pilotsInOtherCurrencies: 1, savings: { amount: '2500.15' } });
    expect(e.notes.join(' ')).toMatch(/another currency than GBP/);
  });

  it('prints benefits by group and the cost of growing in the programme report', async () => {
    const as = org.as.VIEWER;
    const response = await fetch(`${t.url}/documents/programmes/${programmeId}/report.html`, {
      headers: { authorization: `Bearer ${as.token}`, 'x-organisation-id': as.organisationId! },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Who gains, and what growing costs');
    expect(html).toMatch(/<td>Frontline staff<\/td><td>[^<]+<\/td><td>Staff sick days<\/td>/);
    expect(html).toMatch(/<td>Service managers<\/td>.*?<td[^>]*>£2,500\.10<\/td>/);
    expect(html).toContain('£12,000.30');
    expect(html).toContain('£1,500.07');
    expect(html).toContain('£14,500.38');
    expect(html).toContain('Needham &amp; Carr 2009');
  });

  it('keeps each organisation to its own: another’s programme, plan and training are NOT_FOUND, and its economics are its own', async () => {
    const stranger = other.as.ADMIN;
    expect((await t.client.fails(PROGRAMME_ECONOMICS, { id: programmeId }, stranger)).extensions?.code).toBe('NOT_FOUND');
    const plan = await t.client.fails(M.updatePlan, { input: { scalingPlanId: planId, version: planVersion, cost: '1' } }, stranger);
    expect(plan.extensions?.code).toBe('NOT_FOUND');
    const report = await fetch(`${t.url}/documents/programmes/${programmeId}/report.html`, {
      headers: { authorization: `Bearer ${stranger.token}`, 'x-organisation-id': stranger.organisationId! },
    });
    expect(report.status).toBe(404);
    const own = (await createProgramme(t, stranger, 'Their own')).id;
    const theirs = (await t.client.ok(PROGRAMME_ECONOMICS, { id: own }, other.as.VIEWER)).programme.economics;
    expect(theirs).toMatchObject({ pilotsCounted: 0, totalCost: { amount: '0.00' }, growthItemsWithoutCost: 0, benefitCostRatio: null });
    expect(theirs.benefitsByGroup.every((g: any) => g.metricCount === 0 && g.benefits.amount === '0.00')).toBe(true);
  });
});
