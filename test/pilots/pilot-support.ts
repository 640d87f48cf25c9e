import type { As } from '../support/graphql-client';
import type { TestApp } from '../support/test-app';

export type Role = 'ADMIN' | 'PROGRAMME_MANAGER' | 'CONSULTANT' | 'CONTRIBUTOR' | 'VIEWER';
export const ROLES: readonly Role[] = ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'];

export interface Organisation {
  id: string;
  as: Record<Role, As & { userId: string }>;
}

/** An organisation with one member in each role. */
export async function organisationWithRoles(t: TestApp, name = 'Test Council'): Promise<Organisation> {
  const admin = await t.client.signUp(`${name} Admin`);
  const id = await t.client.createOrganisation(admin.token, name);
  const as = { ADMIN: { token: admin.token, organisationId: id, userId: admin.userId } } as Organisation['as'];
  for (const role of ROLES.slice(1)) {
    const member = await t.client.addMember(admin.token, id, role, `${name} ${role}`);
    as[role] = { token: member.token, organisationId: id, userId: member.userId };
  }
  return { id, as };
}

export async function createProgramme(t: TestApp, as: As, name = 'Safer streets'): Promise<{ id: string; version: number }> {
  return (
    await t.client.ok(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`, { input: { name } }, as)
  ).createProgramme;
}

/** `count` of the organisation's service areas (a new organisation starts with the defaults). */
export async function serviceAreaIds(t: TestApp, as: As, count: number): Promise<Array<{ id: string; name: string }>> {
  const areas = (await t.client.ok(`{ serviceAreas { id name } }`, {}, as)).serviceAreas as Array<{ id: string; name: string }>;
  if (areas.length < count) throw new Error(`expected at least ${count} service areas, found ${areas.length}`);
  return areas.slice(0, count);
}

export const PILOT_FIELDS = `id version status iteration lastDecision lastReason currency participantsReached budget { amount currency } allowedMoves { type decision to reason }`;

export interface PilotView {
  id: string;
  version: number;
  status: string;
  iteration: number;
  lastDecision: string | null;
  lastReason: string | null;
  currency: string;
  participantsReached: number | null;
  budget: { amount: string; currency: string } | null;
  allowedMoves: Array<{ type: string; decision: string | null; to: string; reason: string }>;
}

export async function createPilot(t: TestApp, as: As, input: Record<string, unknown>): Promise<PilotView> {
  return (await t.client.ok(`mutation($input: CreatePilotInput!) { createPilot(input: $input) { ${PILOT_FIELDS} } }`, { input }, as))
    .createPilot;
}

export const MOVES = {
  approve: `mutation($input: ApprovePilotInput!) { approvePilot(input: $input) { ${PILOT_FIELDS} } }`,
  reject: `mutation($input: RejectPilotInput!) { rejectPilot(input: $input) { ${PILOT_FIELDS} } }`,
  start: `mutation($input: PilotMoveInput!) { startPilot(input: $input) { ${PILOT_FIELDS} } }`,
  evaluate: `mutation($input: PilotMoveInput!) { beginPilotEvaluation(input: $input) { ${PILOT_FIELDS} } }`,
  decide: `mutation($input: DecidePilotInput!) { decidePilot(input: $input) { ${PILOT_FIELDS} } }`,
} as const;

/** Runs a move that must succeed and answers the pilot after it. */
export async function move(
  t: TestApp,
  as: As,
  which: keyof typeof MOVES,
  pilot: { id: string; version: number },
  extra: Record<string, unknown> = {},
): Promise<PilotView> {
  const data = await t.client.ok(MOVES[which], { input: { pilotId: pilot.id, version: pilot.version, ...extra } }, as);
  return Object.values(data)[0] as PilotView;
}

export const ECONOMICS = `economics { currency totalCost { amount currency } totalSavings { amount } totalWiderBenefits { amount } totalBenefits { amount }
  netBenefit { amount currency } benefitCostRatio benefitCostRatioValue ratioNote participantsReached
  costPerParticipant { amount currency } savingPerParticipant { amount } benefitPerParticipant { amount } perParticipantNote }`;

export async function addLine(
  t: TestApp,
  as: As,
  pilotId: string,
  kind: string,
  amount: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const data = await t.client.ok(
    `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
    { input: { pilotId, kind, amount, date: '2026-03-01', description: `${kind} line`, ...extra } },
    as,
  );
  return data.addFinancialLine.id;
}

export async function journeyTypes(
  t: TestApp,
  as: As,
  programmeId: string,
): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  const data = await t.client.ok(
    `query($id: ID!) { programme(id: $id) { journey(first: 100) { edges { node { type payload } } } } }`,
    { id: programmeId },
    as,
  );
  return data.programme.journey.edges.map((e: { node: { type: string; payload: Record<string, unknown> } }) => e.node);
}
