import type { As } from '../support/graphql-client';
import type { TestApp } from '../support/test-app';

/** The documents the engagement suites send, and a few short paths through the API. */

export const PLAN_FIELDS = `id pilotId version
  incentives { id kind description audience warning }
  terms { id version expectations rulesOfEngagement published publishedAt }
  latestTerms { version published }
  publishedTerms { version }
  communicationActions { id channel audience message startsOn endsOn done }
  resources { id kind description }`;

export const M = {
  createPlan: `mutation($input: CreateEngagementPlanInput!) { createEngagementPlan(input: $input) { id pilotId version } }`,
  addIncentive: `mutation($input: AddIncentiveInput!) { addIncentive(input: $input) { warnings incentive { id kind description audience warning } plan { id version } } }`,
  updateIncentive: `mutation($input: UpdateIncentiveInput!) { updateIncentive(input: $input) { warnings incentive { id kind description audience warning } plan { id version } } }`,
  removeIncentive: `mutation($input: RemoveIncentiveInput!) { removeIncentive(input: $input) { id version } }`,
  saveTerms: `mutation($input: SaveEngagementTermsInput!) { saveEngagementTerms(input: $input) { id version published publishedAt plan { id version } } }`,
  publishTerms: `mutation($input: PublishEngagementTermsInput!) { publishEngagementTerms(input: $input) { id version published publishedAt plan { id version } } }`,
  addAction: `mutation($input: AddCommunicationActionInput!) { addCommunicationAction(input: $input) { id channel audience message startsOn endsOn done plan { version } } }`,
  updateAction: `mutation($input: UpdateCommunicationActionInput!) { updateCommunicationAction(input: $input) { id startsOn endsOn done plan { version } } }`,
  removeAction: `mutation($input: RemoveCommunicationActionInput!) { removeCommunicationAction(input: $input) { id version } }`,
  addResource: `mutation($input: AddParticipantResourceInput!) { addParticipantResource(input: $input) { id kind description plan { version } } }`,
  updateResource: `mutation($input: UpdateParticipantResourceInput!) { updateParticipantResource(input: $input) { id kind description plan { version } } }`,
  removeResource: `mutation($input: RemoveParticipantResourceInput!) { removeParticipantResource(input: $input) { id version } }`,
  rotateFeedToken: `mutation { rotateFeedToken { token } }`,
};

export const Q = {
  pilotPlan: `query($id: ID!) { pilot(id: $id) { id engagementPlan { ${PLAN_FIELDS} } } }`,
  plan: `query($id: ID!) { engagementPlan(id: $id) { ${PLAN_FIELDS} } }`,
  publishedRules: `query($token: String!) { publishedRulesOfEngagement(feedToken: $token) { pilotId pilotName version expectations rulesOfEngagement publishedAt } }`,
  checklist: `query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`,
};

export async function rotateFeedToken(t: TestApp, admin: As): Promise<string> {
  return (await t.client.ok(M.rotateFeedToken, {}, admin)).rotateFeedToken.token;
}

/** The verdict of one checklist item of the programme's current cycle, by key. */
export async function itemVerdict(
  t: TestApp,
  as: As,
  programmeId: string,
  key: string,
): Promise<{ satisfied: boolean; explanation: string }> {
  const data = await t.client.ok(Q.checklist, { id: programmeId }, as);
  const items = data.programme.steps.flatMap(
    (s: { items: Array<{ key: string; verdict: { satisfied: boolean; explanation: string } }> }) => s.items,
  );
  const item = items.find((i: { key: string }) => i.key === key);
  if (!item) throw new Error(`no checklist item ${key}`);
  return item.verdict;
}

/** GET of a feed path without any credentials, as a public page would. */
export async function getFeed(
  t: TestApp,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; etag: string | null; body: any }> {
  const response = await fetch(`${t.url}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : null };
}
