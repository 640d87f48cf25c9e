import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newOrganisation, type Org, PASSWORD } from '../identity/identity-helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { createSurvey, type CreatedSurvey, link, M, Q, resultsOf } from './survey-support';

/**
 * What the web client's survey screens and the residents' page rest on:
 * - a survey says what it is for and its lawful basis, and the public form shows both (and only
 *   when given: a survey made without them answers the link's JSON as it always did);
 * - a browser opening the public link (Accept: text/html) gets the client's page, which then
 *   fetches the same link as JSON; a script gets the JSON, as before, and POST stays the API's;
 * - the page imports responses from CSV with its session cookie, beside X-Organisation-Id only.
 */
const PAGE = '<!doctype html><title>client</title><p>the web client</p>';
const PURPOSE = 'To learn how often people on the estate look after shared spaces, so we can plan next year’s support with you.';
const FORM = `query($token: String!) { surveyForm(token: $token) { title purpose lawfulBasis } }`;
const SURVEY = `query($id: ID!) { survey(id: $id) { id purpose lawfulBasis } }`;

describe('surveys: purpose, lawful basis, the residents’ page and the import with a session', () => {
  let t: TestApp;
  let org: Org;
  let webDir: string;
  let told: CreatedSurvey;
  let plain: CreatedSurvey;
  let cookie: string;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'coprod-resident-page-'));
    writeFileSync(path.join(webDir, 'index.html'), PAGE);
    mkdirSync(path.join(webDir, 'assets'));
    t = await startTestApp({}, { webDir });
    org = await newOrganisation(t.client, 'Resident Page Council');
    const as = { token: org.admin.token, organisationId: org.id };
    told = await createSurvey(t, as, {
      title: 'Shared spaces 2026',
      areas: ['LOCAL_ENVIRONMENT'],
      purpose: PURPOSE,
      lawfulBasis: 'PUBLIC_TASK',
    } as never);
    plain = await createSurvey(t, as, { title: 'Plain survey', areas: ['HEALTH'] });
    const started = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }',
        variables: { input: { email: org.admin.email, password: PASSWORD } },
      }),
    });
    cookie = started.headers.getSetCookie()[0].split(';')[0];
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const as = () => ({ token: org.admin.token, organisationId: org.id });

  describe('purpose and lawful basis', () => {
    it('keeps them with the survey and shows them on the public form, by JSON and by GraphQL', async () => {
      expect((await t.client.ok(SURVEY, { id: told.survey.id }, as())).survey).toEqual({
        id: told.survey.id,
        purpose: PURPOSE,
        lawfulBasis: 'PUBLIC_TASK',
      });
      const form = await link(t, 'GET', told.responseToken);
      expect(form.status).toBe(200);
      expect(form.body).toMatchObject({
        title: 'Shared spaces 2026',
        purpose: PURPOSE,
        lawfulBasis: 'PUBLIC_TASK',
        scale: ['NEVER', 'SOMETIMES', 'OFTEN'],
      });
      expect((await t.client.ok(FORM, { token: told.responseToken })).surveyForm).toEqual({
        title: 'Shared spaces 2026',
        purpose: PURPOSE,
        lawfulBasis: 'PUBLIC_TASK',
      });
    });

    it('leaves them out of the link’s JSON for a survey made without them (null through GraphQL)', async () => {
      const form = await link(t, 'GET', plain.responseToken);
      expect(Object.keys(form.body).sort()).toEqual(['areas', 'scale', 'title']);
      expect((await t.client.ok(SURVEY, { id: plain.survey.id }, as())).survey).toMatchObject({ purpose: null, lawfulBasis: null });
    });

    it('refuses a blank or overlong purpose and an unknown basis, naming the field, and creates nothing', async () => {
      const before = (await t.client.ok(Q.surveys, {}, as())).surveys.totalCount;
      const base = { title: 'Refused', areas: ['HEALTH'], samplingMethod: 'WORKSHOP' };
      for (const [input, field] of [
        [{ ...base, purpose: '   ' }, 'purpose'],
        [{ ...base, purpose: 'x'.repeat(1001) }, 'purpose'],
      ] as const) {
        const answer = await t.client.request(M.create, { input }, as());
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(JSON.stringify(answer.errors?.[0].extensions)).toContain(field);
      }
      const unknown = await t.client.request(M.create, { input: { ...base, lawfulBasis: 'VITAL_INTERESTS' } }, as());
      expect(unknown.errors?.length).toBeGreaterThan(0);
      expect((await t.client.ok(Q.surveys, {}, as())).surveys.totalCount).toBe(before);
    });
  });

  describe('the link in a browser and for a script', () => {
    const get = (token: string, accept?: string) => fetch(`${t.url}/responses/${token}`, { headers: accept ? { accept } : {} });

    it('answers a browser’s navigation with the client’s page, never stored, never indexed, under the client’s policy', async () => {
      const page = await get(told.responseToken, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toBe(PAGE);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('x-robots-tag')).toBe('noindex');
      expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
      // The page is the same for any token: it learns from the JSON whether the link is good.
      expect((await get('not-a-real-token', 'text/html')).status).toBe(200);
    });

    it('answers a script with the JSON, as before: no Accept, */*, application/json', async () => {
      for (const accept of [undefined, '*/*', 'application/json']) {
        const answer = await get(told.responseToken, accept);
        expect([accept, answer.status, answer.headers.get('content-type')]).toEqual([accept, 200, 'application/json; charset=utf-8']);
        expect(((await answer.json()) as { title: string }).title).toBe('Shared spaces 2026');
      }
      const unknown = await get('not-a-real-token', 'application/json');
      expect(unknown.status).toBe(404);
    });

    it('leaves POST and every other path under /responses to the API, whatever the Accept', async () => {
      const before = (await resultsOf(t, as(), told.survey.id)).sampleSize;
      const posted = await fetch(`${t.url}/responses/${told.responseToken}`, {
        method: 'POST',
        headers: { accept: 'text/html', 'content-type': 'application/json' },
        body: JSON.stringify({ answers: { 'environment.q1': 'OFTEN' } }),
      });
      expect(posted.status).toBe(200);
      expect(await posted.json()).toMatchObject({ received: true, answered: 1 });
      expect((await resultsOf(t, as(), told.survey.id)).sampleSize).toBe(before + 1);
      for (const other of ['/responses', `/responses/${told.responseToken}/more`]) {
        const answer = await fetch(`${t.url}${other}`, { headers: { accept: 'text/html' } });
        expect([other, answer.status]).toEqual([other, 404]);
        expect(await answer.text()).not.toBe(PAGE);
      }
    });
  });

  describe('importing responses from the page, with the session cookie', () => {
    const CSV = 'environment.q1,environment.q2,environment.q3\nOFTEN,NEVER,SOMETIMES\n';
    const importWith = (headers: Record<string, string>, body = CSV) =>
      fetch(`${t.url}/imports/surveys/${told.survey.id}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...headers },
        body,
      });

    it('imports with the cookie beside X-Organisation-Id, as the page sends them', async () => {
      const before = (await resultsOf(t, as(), told.survey.id)).sampleSize;
      const answer = await importWith({ cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'same-origin' });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ rows: 1, imported: 1, errors: [] });
      expect((await resultsOf(t, as(), told.survey.id)).sampleSize).toBe(before + 1);
    });

    it('shows each bad cell by row and column and writes nothing', async () => {
      const before = (await resultsOf(t, as(), told.survey.id)).sampleSize;
      const answer = await importWith(
        { cookie, 'x-organisation-id': org.id },
        'environment.q1,environment.q2\nOFTEN,ALWAYS\nnever,OFTEN\n',
      );
      expect(answer.status).toBe(400);
      const body = (await answer.json()) as { errors: unknown[] };
      expect(body.errors[0]).toMatchObject({ row: 1, column: 'environment.q2' });
      expect((await resultsOf(t, as(), told.survey.id)).sampleSize).toBe(before);
    });

    it('ignores the cookie without X-Organisation-Id, and refuses it from another site', async () => {
      expect((await importWith({ cookie })).status).toBe(401);
      expect((await importWith({ cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    });
  });
});
