import { randomBytes } from 'node:crypto';
import { sha256 } from '@app/identity';
import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { serverUrl } from '../support/databases';
import { startTestApp, type TestApp, sql } from '../support/test-app';
import { all, createSurvey, type CreatedSurvey, historyTypes, link, M, Q, resultsOf } from './survey-support';

const onPostgres = serverUrl() !== null;
/** Shared by the second API process of the PostgreSQL case: the client hashes are keyed on it. */
const ENV = { JWT_SECRET: randomBytes(32).toString('hex'), SURVEY_LINK_SURGE_PER_MINUTE: '40' };
const HEALTHY = { answers: all('health', 'OFTEN') };

/** `count` answers from `client`, `inParallel` at a time; the statuses in the order sent. */
async function stuff(t: TestApp, token: string, client: string, count: number, inParallel = 26): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += inParallel) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(inParallel, count - sent) }, () => link(t, 'POST', token, HEALTHY, client)),
    );
    statuses.push(...batch.map((r) => r.status));
  }
  return statuses;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {});

async function clientHashes(t: TestApp, surveyId: string): Promise<Array<string | null>> {
  const rows = (await sql(t, `SELECT client_hash FROM survey_response WHERE survey_id = $1 ORDER BY client_hash`, [surveyId])) as Array<{
    client_hash: string | null;
  }>;
  return rows.map((r) => r.client_hash);
}

/**
 * Stuffing a survey through its open link: each client (address, X-Forwarded-For behind
 * a proxy) gets a small share of answers per survey, one client never shuts out another, and the
 * results say how many answers came from one client. Personal single-use links for surveys sent
 * to a known list.
 */
describe('surveys: stuffing the open link, and personal single-use links', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;

  beforeAll(async () => {
    t = await startTestApp(ENV);
    org = await organisationWithRoles(t, 'Stuffshire Council');
    other = await organisationWithRoles(t, 'Elsewhere Council');
  });
  afterAll(() => t.close());

  describe('the open link, per client', () => {
    let stuffed: CreatedSurvey;

    it('takes 10 answers an hour from one client and refuses the rest, while a second client answers as usual', async () => {
      stuffed = await createSurvey(t, org.as.CONSULTANT, { title: 'Stuffed', areas: ['HEALTH'] });
      // The probe: 130 posts from one client, 26 at a time.
      const statuses = await stuff(t, stuffed.responseToken, '203.0.113.7', 130);
      expect(tally(statuses)).toEqual({ 200: 10, 429: 120 });

      const refused = await link(t, 'POST', stuffed.responseToken, HEALTHY, '203.0.113.7');
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
      expect(refused.body.message).toMatch(
        /^This connection has already sent 10 answers to this survey in the last hour, the most one connection may send\. If several people share it/,
      );
      expect(refused.body.retryAfterSeconds).toBeGreaterThan(3000);
      expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(3600);
      expect(refused.headers.get('retry-after')).toBe(String(refused.body.retryAfterSeconds));
      expect([refused.headers.get('cache-control'), refused.headers.get('referrer-policy')]).toEqual(['no-store', 'no-referrer']);

      // Other clients are not held up at all, by plain HTTP or through GraphQL (from 127.0.0.1).
      expect((await link(t, 'POST', stuffed.responseToken, HEALTHY, '198.51.100.23')).status).toBe(200);
      const viaGraphql = await t.client.ok(M.submit, { input: { token: stuffed.responseToken, answers: all('health', 'NEVER') } });
      expect(viaGraphql.submitSurveyResponse.received).toBe(true);

      // The same client is limited per survey: another survey takes its answers.
      const elsewhere = await createSurvey(t, org.as.CONSULTANT, { title: 'Another survey', areas: ['HEALTH'] });
      expect((await link(t, 'POST', elsewhere.responseToken, HEALTHY, '203.0.113.7')).status).toBe(200);

      // Staff entering paper answers are not paced by the link.
      await t.client.ok(M.record, { input: { surveyId: stuffed.survey.id, answers: all('health', 'SOMETIMES') } }, org.as.CONTRIBUTOR);
      expect(await resultsOf(t, org.as.VIEWER, stuffed.survey.id)).toMatchObject({
        sampleSize: 13,
        responsesByChannel: [
          { channel: 'LINK', count: 12 },
          { channel: 'ENTERED', count: 1 },
          { channel: 'CSV', count: 0 },
        ],
        answersFromRepeatedClients: 10,
        mostAnswersFromOneClient: 10,
      });
    });

    it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address', async () => {
      const survey = await createSurvey(t, org.as.CONSULTANT, { title: 'IPv6', areas: ['HEALTH'] });
      for (let i = 1; i <= 10; i++)
        expect((await link(t, 'POST', survey.responseToken, HEALTHY, `2001:db8:aa:1::${i.toString(16)}`)).status).toBe(200);
      expect((await link(t, 'POST', survey.responseToken, HEALTHY, '2001:db8:aa:1:ffff:1:2:3')).status).toBe(429);
      expect((await link(t, 'POST', survey.responseToken, HEALTHY, '2001:db8:aa:2::1')).status).toBe(200);

      expect(tally(await stuff(t, survey.responseToken, '192.0.2.50', 10))).toEqual({ 200: 10 });
      expect((await link(t, 'POST', survey.responseToken, HEALTHY, '::ffff:192.0.2.50')).status).toBe(429);
      expect(await resultsOf(t, org.as.VIEWER, survey.survey.id)).toMatchObject({
        sampleSize: 21,
        answersFromRepeatedClients: 20,
        mostAnswersFromOneClient: 10,
      });
    });

    it('in a rush (40 answers a minute here) a client’s second answer waits, and a first answer is always taken', async () => {
      const rushed = await createSurvey(t, org.as.CONSULTANT, { title: 'Rushed', areas: ['HEALTH'] });
      const first = await Promise.all(
        Array.from({ length: 40 }, (_, i) => link(t, 'POST', rushed.responseToken, HEALTHY, `10.20.0.${i + 1}`)),
      );
      expect(tally(first.map((r) => r.status))).toEqual({ 200: 40 });

      const again = await link(t, 'POST', rushed.responseToken, HEALTHY, '10.20.0.1');
      expect([again.status, again.body.code, again.body.retryAfterSeconds]).toEqual([429, 'TOO_MANY_ATTEMPTS', 60]);
      expect(again.body.message).toBe(
        'This survey is taking a great many answers just now, so for the moment each connection may send only one. Please try again in a minute.',
      );
      const newcomers = await Promise.all(
        Array.from({ length: 5 }, (_, i) => link(t, 'POST', rushed.responseToken, HEALTHY, `10.30.0.${i + 1}`)),
      );
      expect(newcomers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(await resultsOf(t, org.as.VIEWER, rushed.survey.id)).toMatchObject({
        sampleSize: 45,
        answersFromRepeatedClients: 0,
        mostAnswersFromOneClient: 1,
      });
    });

    it('keeps no address, only a keyed hash per survey, re-keyed for good when the survey closes; the counts stay', async () => {
      const hashes = await clientHashes(t, stuffed.survey.id);
      expect(hashes).toHaveLength(13);
      expect(hashes.filter((h) => h === null)).toHaveLength(1); // the staff entry
      const kept = hashes.filter((h): h is string => h !== null);
      expect(kept.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
      expect(new Set(kept).size).toBe(3);
      for (const address of ['203.0.113.7', '198.51.100.23', '127.0.0.1']) {
        expect(kept).not.toContain(sha256(address));
        expect(kept).not.toContain(sha256(`${stuffed.survey.id}\n${address}`));
      }
      const dump = JSON.stringify(await sql(t, `SELECT * FROM survey_response WHERE survey_id = $1`, [stuffed.survey.id]));
      expect(dump).not.toContain('203.0.113');

      const version = (await t.client.ok(Q.survey, { id: stuffed.survey.id }, org.as.VIEWER)).survey.version;
      await t.client.ok(M.close, { input: { surveyId: stuffed.survey.id, version } }, org.as.CONSULTANT);
      const rekeyed = (await clientHashes(t, stuffed.survey.id)).filter((h): h is string => h !== null);
      expect(rekeyed).toHaveLength(12);
      expect(new Set(rekeyed).size).toBe(3);
      expect(rekeyed.filter((h) => kept.includes(h))).toEqual([]);
      expect(await resultsOf(t, org.as.VIEWER, stuffed.survey.id)).toMatchObject({
        sampleSize: 13,
        answersFromRepeatedClients: 10,
        mostAnswersFromOneClient: 10,
      });
    });

    (onPostgres ? it : it.skip)('holds across two API processes on one database: 10 in all, however the posts are spread', async () => {
      const second = await startTestApp(ENV, { databaseUrl: t.config.databaseOwnerUrl! });
      try {
        const survey = await createSurvey(t, org.as.CONSULTANT, { title: 'Two processes', areas: ['HEALTH'] });
        const sent = await Promise.all(
          Array.from({ length: 30 }, (_, i) => link(i % 2 ? second : t, 'POST', survey.responseToken, HEALTHY, '203.0.113.200')),
        );
        expect(tally(sent.map((r) => r.status))).toEqual({ 200: 10, 429: 20 });
        expect((await link(second, 'POST', survey.responseToken, HEALTHY, '203.0.113.201')).status).toBe(200);
        expect(await resultsOf(t, org.as.VIEWER, survey.survey.id)).toMatchObject({ sampleSize: 11, mostAnswersFromOneClient: 10 });
      } finally {
        await second.close();
      }
    });
  });

  describe('personal single-use links', () => {
    let listed: CreatedSurvey;
    let tokens: string[];

    it('issues links shown once and stored hashed; each answers once and a second answer is refused clearly', async () => {
      listed = await createSurvey(t, org.as.CONSULTANT, { title: 'Panel survey', areas: ['HEALTH'], samplingMethod: 'RANDOM_SAMPLE' });
      const issued = (await t.client.ok(M.issueTokens, { input: { surveyId: listed.survey.id, count: 3 } }, org.as.CONSULTANT))
        .issueSurveyRespondentTokens;
      tokens = issued.links.map((l: { token: string }) => l.token);
      expect(new Set(tokens).size).toBe(3);
      for (const l of issued.links) {
        expect(l.token).toMatch(/^cpr_[\w-]{43}$/);
        expect(l.url).toBe(`${t.config.publicUrl}/responses/${l.token}`);
      }
      expect(issued.survey).toMatchObject({
        id: listed.survey.id,
        respondentTokensRequired: false,
        respondentTokens: { issued: 3, used: 0 },
      });
      const stored = (await sql(t, `SELECT token_hash, used FROM survey_respondent_token WHERE survey_id = $1`, [
        listed.survey.id,
      ])) as Array<{
        token_hash: string;
        used: boolean;
      }>;
      expect(stored.map((r) => r.token_hash).sort()).toEqual(tokens.map((token) => sha256(token)).sort());
      expect(JSON.stringify(await t.client.ok(Q.survey, { id: listed.survey.id }, org.as.ADMIN))).not.toContain('cpr_');

      const form = await link(t, 'GET', tokens[0]);
      expect(form.status).toBe(200);
      expect(form.body).toEqual((await link(t, 'GET', listed.responseToken)).body);

      expect((await link(t, 'POST', tokens[0], HEALTHY)).body).toEqual({
        received: true,
        answered: 5,
        message: 'Thank you: your answers have been received.',
      });
      const USED =
        'This personal link has already been used to answer the survey, and each one takes a single answer. Thank you for taking part.';
      for (const second of [await link(t, 'POST', tokens[0], HEALTHY), await link(t, 'GET', tokens[0])]) {
        expect([second.status, second.body]).toEqual([409, { code: 'INVALID_TRANSITION', message: USED }]);
      }
      const viaGraphql = await t.client.fails(M.submit, { input: { token: tokens[0], answers: all('health', 'NEVER') } });
      expect([viaGraphql.message, viaGraphql.extensions?.code]).toEqual([USED, 'INVALID_TRANSITION']);

      // Two answers at once through one link: one is taken, the other refused.
      const racing = await Promise.all([link(t, 'POST', tokens[1], HEALTHY), link(t, 'POST', tokens[1], HEALTHY)]);
      expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
      // A bad answer does not use the link up.
      expect((await link(t, 'POST', tokens[2], { answers: { 'health.q1': 'ALWAYS' } })).status).toBe(400);

      // The open link still takes answers, since this survey does not require personal links.
      expect((await link(t, 'POST', listed.responseToken, HEALTHY, '198.51.100.77')).status).toBe(200);
      expect(
        (
          await t.client.ok(
            Q.survey.replace('questions { key area text }', 'respondentTokens { issued used }'),
            { id: listed.survey.id },
            org.as.VIEWER,
          )
        ).survey.respondentTokens,
      ).toEqual({
        issued: 3,
        used: 2,
      });
      // Personal links keep no client, so they never count as repeated.
      expect(await resultsOf(t, org.as.VIEWER, listed.survey.id)).toMatchObject({
        sampleSize: 3,
        answersFromRepeatedClients: 0,
        mostAnswersFromOneClient: 1,
      });
      expect((await clientHashes(t, listed.survey.id)).filter((h) => h === null)).toHaveLength(2);
    });

    it('a survey may require personal links: its open link then refuses answers, and personal links are not paced', async () => {
      const stale = await t.client.fails(
        M.requireTokens,
        { input: { surveyId: listed.survey.id, version: 2, required: true } },
        org.as.PROGRAMME_MANAGER,
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      const required = (
        await t.client.ok(M.requireTokens, { input: { surveyId: listed.survey.id, version: 1, required: true } }, org.as.PROGRAMME_MANAGER)
      ).requireSurveyRespondentTokens;
      expect(required).toEqual({ id: listed.survey.id, version: 2, respondentTokensRequired: true });

      const ONLY =
        'This survey takes answers only through the personal links sent to the people asked: please use the link you were given.';
      for (const refused of [await link(t, 'POST', listed.responseToken, HEALTHY), await link(t, 'GET', listed.responseToken)]) {
        expect([refused.status, refused.body]).toEqual([403, { code: 'FORBIDDEN', message: ONLY }]);
      }
      const viaGraphql = await t.client.fails(M.submit, { input: { token: listed.responseToken, answers: all('health', 'NEVER') } });
      expect([viaGraphql.message, viaGraphql.extensions?.code]).toEqual([ONLY, 'FORBIDDEN']);

      // A library computer: twelve people on the list answer from one address, past the open link's 10.
      const more = (await t.client.ok(M.issueTokens, { input: { surveyId: listed.survey.id, count: 12 } }, org.as.ADMIN))
        .issueSurveyRespondentTokens;
      expect(more.survey.respondentTokens).toEqual({ issued: 15, used: 2 });
      for (const l of more.links) expect((await link(t, 'POST', l.token, HEALTHY, '203.0.113.99')).status).toBe(200);
      expect((await link(t, 'POST', tokens[2], HEALTHY, '203.0.113.99')).status).toBe(200);
      expect(await resultsOf(t, org.as.VIEWER, listed.survey.id)).toMatchObject({ sampleSize: 16, answersFromRepeatedClients: 0 });

      // Back to the open link, and a survey that requires personal links from the start.
      await t.client.ok(M.requireTokens, { input: { surveyId: listed.survey.id, version: 2, required: false } }, org.as.CONSULTANT);
      expect((await link(t, 'POST', listed.responseToken, HEALTHY, '198.51.100.78')).status).toBe(200);
      const fromStart = await createSurvey(t, org.as.CONSULTANT, {
        title: 'Panel only',
        areas: ['HEALTH'],
        respondentTokensRequired: true,
      });
      expect(fromStart.survey.respondentTokensRequired).toBe(true);
      expect((await link(t, 'POST', fromStart.responseToken, HEALTHY)).status).toBe(403);

      const events = (await historyTypes(t, org.as.ADMIN)).filter((e) => e.type.startsWith('SURVEY_RESPONDENT_TOKENS'));
      expect(events.map((e) => [e.type, e.payload])).toEqual(
        expect.arrayContaining([
          ['SURVEY_RESPONDENT_TOKENS_ISSUED', { surveyId: listed.survey.id, count: 3 }],
          ['SURVEY_RESPONDENT_TOKENS_ISSUED', { surveyId: listed.survey.id, count: 12 }],
          ['SURVEY_RESPONDENT_TOKENS_REQUIRED', { surveyId: listed.survey.id, required: true }],
          ['SURVEY_RESPONDENT_TOKENS_REQUIRED', { surveyId: listed.survey.id, required: false }],
        ]),
      );
      expect(JSON.stringify(events)).not.toContain('cpr_');
    });

    it('only PLAN roles issue or require them; counts are checked, naming the field; another organisation’s survey is NOT_FOUND; a closed survey takes none', async () => {
      for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
        const issue = await t.client.fails(M.issueTokens, { input: { surveyId: listed.survey.id, count: 1 } }, org.as[role]);
        const require = await t.client.fails(
          M.requireTokens,
          { input: { surveyId: listed.survey.id, version: 3, required: true } },
          org.as[role],
        );
        expect([role, issue.extensions?.code, require.extensions?.code]).toEqual([role, 'FORBIDDEN', 'FORBIDDEN']);
      }
      for (const count of [0, 1001]) {
        const refused = await t.client.fails(M.issueTokens, { input: { surveyId: listed.survey.id, count } }, org.as.ADMIN);
        expect([count, refused.extensions?.code, refused.extensions?.fields?.map((f) => f.field)]).toEqual([
          count,
          'BAD_USER_INPUT',
          ['input.count'],
        ]);
      }
      const theirs = await createSurvey(t, other.as.ADMIN, { title: 'Theirs', areas: ['HEALTH'] });
      const foreignIssue = await t.client.fails(M.issueTokens, { input: { surveyId: theirs.survey.id, count: 1 } }, org.as.ADMIN);
      const foreignRequire = await t.client.fails(
        M.requireTokens,
        { input: { surveyId: theirs.survey.id, version: 1, required: true } },
        org.as.ADMIN,
      );
      expect([foreignIssue.extensions?.code, foreignRequire.extensions?.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect(
        (
          await t.client.ok(
            Q.survey.replace('questions { key area text }', 'respondentTokens { issued used }'),
            { id: theirs.survey.id },
            other.as.VIEWER,
          )
        ).survey,
      ).toMatchObject({
        version: 1,
        respondentTokensRequired: false,
        respondentTokens: { issued: 0, used: 0 },
      });

      // Closed: no more links, and an unused one answers that the survey has closed.
      const closing = await createSurvey(t, org.as.CONSULTANT, { title: 'Closing', areas: ['HEALTH'] });
      const [unused] = (await t.client.ok(M.issueTokens, { input: { surveyId: closing.survey.id, count: 1 } }, org.as.CONSULTANT))
        .issueSurveyRespondentTokens.links;
      await t.client.ok(M.close, { input: { surveyId: closing.survey.id, version: 1 } }, org.as.CONSULTANT);
      const late = await t.client.fails(M.issueTokens, { input: { surveyId: closing.survey.id, count: 1 } }, org.as.CONSULTANT);
      expect(late.extensions?.code).toBe('INVALID_TRANSITION');
      const answer = await link(t, 'POST', unused.token, HEALTHY);
      expect([answer.status, answer.body.code]).toEqual([410, 'INVALID_TRANSITION']);
      expect((await link(t, 'GET', 'cpr_thisIsNotALinkAnyoneWasEverGivenXXXXXXXXXXXXX')).status).toBe(404);
    });
  });
});
