import type { As } from '../support/graphql-client';
import type { TestApp } from '../support/test-app';

/** The documents the survey suites send, and a few short paths through the API. */

export const RESULTS = `results {
  sampleSize overall note caveats
  byArea { area label index respondents note referenceIndex }
  sampling { method label caveat }
  responsesByChannel { channel count } answersFromRepeatedClients mostAnswersFromOneClient
  reference { citation year method respondentsPerCountry overall countries { code name }
    byArea { area label index } subIndices { key area label index } byCountry { code name index rank } } }`;

export const SURVEY_FIELDS = `id title areas samplingMethod closedAt acceptingResponses hasResponseLink respondentTokensRequired version createdAt updatedAt questions { key area text }`;

export const M = {
  create: `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken responseUrl survey { ${SURVEY_FIELDS} } } }`,
  rotate: `mutation($input: RotateSurveyLinkInput!) { rotateSurveyLink(input: $input) { responseToken responseUrl survey { id version } } }`,
  close: `mutation($input: CloseSurveyInput!) { closeSurvey(input: $input) { id closedAt acceptingResponses version } }`,
  record: `mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id surveyId channel answers submittedAt survey { id results { sampleSize } } } }`,
  submit: `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { received answered message } }`,
  issueTokens: `mutation($input: IssueSurveyRespondentTokensInput!) { issueSurveyRespondentTokens(input: $input) { links { token url } survey { id version respondentTokensRequired respondentTokens { issued used } } } }`,
  requireTokens: `mutation($input: RequireSurveyRespondentTokensInput!) { requireSurveyRespondentTokens(input: $input) { id version respondentTokensRequired } }`,
};

export const Q = {
  survey: `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} ${RESULTS} } }`,
  results: `query($id: ID!) { survey(id: $id) { id ${RESULTS} } }`,
  surveys: `query { surveys(first: 100) { totalCount edges { node { id title results { sampleSize overall } } } } }`,
  comparison: `query($earlierId: ID!, $laterId: ID!) { surveyComparison(earlierId: $earlierId, laterId: $laterId) {
    earlier { id results { sampleSize } } later { id results { sampleSize } }
    overall { earlier later change } byArea { area label earlier later change } notes } }`,
  form: `query($token: String!) { surveyForm(token: $token) { title scale areas { area label questions { key text } } } }`,
  history: `query { history(first: 100) { edges { node { type programmeId payload actorType } } } }`,
};

export interface CreatedSurvey {
  responseToken: string;
  responseUrl: string;
  survey: { id: string; version: number; questions: Array<{ key: string; area: string; text: string }>; [field: string]: unknown };
}

export async function createSurvey(
  t: TestApp,
  as: As,
  input: { title?: string; areas: string[]; samplingMethod?: string; respondentTokensRequired?: boolean },
): Promise<CreatedSurvey> {
  const data = await t.client.ok(M.create, { input: { title: 'Residents survey', samplingMethod: 'SELF_SELECTED_ONLINE', ...input } }, as);
  return data.createSurvey;
}

export async function resultsOf(t: TestApp, as: As, id: string) {
  return (await t.client.ok(Q.results, { id }, as)).survey.results;
}

/** The five question keys of an area, answered with the given answers in order (null: left unanswered). */
export function answersFor(prefix: 'safety' | 'environment' | 'health', answers: Array<string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  answers.forEach((a, i) => {
    if (a !== null) out[`${prefix}.q${i + 1}`] = a;
  });
  return out;
}

export const all = (prefix: 'safety' | 'environment' | 'health', answer: string) =>
  answersFor(prefix, [answer, answer, answer, answer, answer]);

/**
 * A plain HTTP call to the public link, with no credentials at all, as a resident's browser would
 * make it; `client` is the address a proxy in front of the server would name in X-Forwarded-For.
 */
export async function link(
  t: TestApp,
  method: 'GET' | 'POST',
  token: string,
  body?: unknown,
  client?: string,
): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const response = await fetch(`${t.url}/responses/${token}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(client ? { 'x-forwarded-for': client } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, text, headers: response.headers };
}

export async function historyTypes(
  t: TestApp,
  as: As,
): Promise<Array<{ type: string; programmeId: string | null; payload: Record<string, unknown>; actorType: string }>> {
  const data = await t.client.ok(Q.history, {}, as);
  return data.history.edges.map((e: { node: unknown }) => e.node);
}
