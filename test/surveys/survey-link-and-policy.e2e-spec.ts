import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { all, createSurvey, type CreatedSurvey, historyTypes, link, M, Q, resultsOf } from './survey-support';

/**
 * The public response link: it accepts responses for its own survey only, reveals nothing but
 * the survey's title and questions, answers 404 for an unknown or rotated token and refuses
 * once the survey is closed. Then roles and tenancy: only PLAN roles run surveys, another
 * organisation's surveys are NOT_FOUND.
 */
/** The link's URL is its credential: every answer on it, refusals too, is never stored, never sent on as a Referer. */
const CREDENTIAL_HEADERS = { cacheControl: 'no-store', referrerPolicy: 'no-referrer' };
const credentialHeaders = (headers: Headers) => ({
  cacheControl: headers.get('cache-control'),
  referrerPolicy: headers.get('referrer-policy'),
});

describe('surveys: the public link, roles and tenancy', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let health: CreatedSurvey;
  let safety: CreatedSurvey;
  let elsewhere: CreatedSurvey;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Linkshire Council');
    other = await organisationWithRoles(t, 'Elsewhere Council');
    health = await createSurvey(t, org.as.CONSULTANT, { title: 'How do you keep well?', areas: ['HEALTH'] });
    safety = await createSurvey(t, org.as.CONSULTANT, { title: 'Safer streets', areas: ['COMMUNITY_SAFETY'] });
    elsewhere = await createSurvey(t, other.as.ADMIN, { title: 'Elsewhere survey', areas: ['HEALTH'] });
  });
  afterAll(() => t.close());

  describe('the public link', () => {
    it('GET shows only the title, the answer scale and the questions: nothing about the organisation or any record', async () => {
      const form = await link(t, 'GET', health.responseToken);
      expect(form.status).toBe(200);
      expect(credentialHeaders(form.headers)).toEqual(CREDENTIAL_HEADERS);
      expect(form.body).toEqual({
        title: 'How do you keep well?',
        scale: ['NEVER', 'SOMETIMES', 'OFTEN'],
        areas: [
          {
            area: 'HEALTH',
            label: 'Health',
            questions: health.survey.questions.map((q) => ({ key: q.key, text: q.text })),
          },
        ],
      });
      for (const secret of [
        'Linkshire',
        org.id,
        health.survey.id,
        org.as.ADMIN.userId,
        org.as.CONSULTANT.userId,
        'SELF_SELECTED',
        'version',
        'createdAt',
      ]) {
        expect(form.text).not.toContain(secret);
      }
      // The same through GraphQL, without signing in.
      const data = await t.client.ok(Q.form, { token: health.responseToken });
      expect(data.surveyForm).toEqual(form.body);
    });

    it("accepts only its own survey's questions, naming each one it refuses, and writes nothing then", async () => {
      const wrongSurvey = await link(t, 'POST', health.responseToken, { answers: { 'health.q1': 'OFTEN', 'safety.q1': 'OFTEN' } });
      expect(wrongSurvey.status).toBe(400);
      expect(credentialHeaders(wrongSurvey.headers)).toEqual(CREDENTIAL_HEADERS);
      expect(wrongSurvey.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'answers.safety.q1', message: 'is not a question in this survey' }],
      });

      const badValues = await link(t, 'POST', health.responseToken, {
        answers: { 'health.q1': 'ALWAYS', 'health.q2': 3, 'health.q3': 'often' },
      });
      expect(badValues.status).toBe(400);
      expect(badValues.body.fields).toEqual([
        { field: 'answers.health.q1', message: 'must be one of NEVER, SOMETIMES, OFTEN' },
        { field: 'answers.health.q2', message: 'must be one of NEVER, SOMETIMES, OFTEN' },
        { field: 'answers.health.q3', message: 'must be one of NEVER, SOMETIMES, OFTEN' },
      ]);

      for (const body of [{ answers: {} }, { answers: { 'health.q1': null } }]) {
        const empty = await link(t, 'POST', health.responseToken, body);
        expect([empty.status, empty.body.fields]).toEqual([
          400,
          [{ field: 'answers', message: 'answers no question: answer at least one' }],
        ]);
      }
      for (const body of [{}, { answers: ['OFTEN'] }, { answers: 'OFTEN' }]) {
        const shapeless = await link(t, 'POST', health.responseToken, body);
        expect([shapeless.status, shapeless.body.fields]).toEqual([
          400,
          [{ field: 'answers', message: 'must be an object of question key → NEVER, SOMETIMES or OFTEN' }],
        ]);
      }

      // Through GraphQL the fields are named from the input down.
      const refused = await t.client.fails(M.submit, { input: { token: safety.responseToken, answers: { 'health.q1': 'OFTEN' } } });
      expect(refused.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.answers.health.q1', message: 'is not a question in this survey' }],
      });

      expect((await resultsOf(t, org.as.VIEWER, health.survey.id)).sampleSize).toBe(0);
      expect((await resultsOf(t, org.as.VIEWER, safety.survey.id)).sampleSize).toBe(0);
    });

    it('a response through one link lands in its own survey only, and the answer reveals no id', async () => {
      const sent = await link(t, 'POST', health.responseToken, { answers: all('health', 'SOMETIMES') });
      expect(sent.status).toBe(200);
      expect(credentialHeaders(sent.headers)).toEqual(CREDENTIAL_HEADERS);
      expect(sent.body).toEqual({ received: true, answered: 5, message: 'Thank you: your answers have been received.' });
      expect(sent.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect((await resultsOf(t, org.as.VIEWER, health.survey.id)).sampleSize).toBe(1);
      expect((await resultsOf(t, org.as.VIEWER, safety.survey.id)).sampleSize).toBe(0);
      expect((await resultsOf(t, other.as.VIEWER, elsewhere.survey.id)).sampleSize).toBe(0);
    });

    it('answers 404 for an unknown or malformed token, through HTTP and GraphQL alike', async () => {
      for (const token of [
        'cps_thisIsNotATokenAnyoneWasEverGivenXXXXXXXXXXXX',
        'short',
        'has%20space',
        'bad.token.with.dots',
        'x'.repeat(99),
      ]) {
        const get = await link(t, 'GET', token);
        const post = await link(t, 'POST', token, { answers: { 'health.q1': 'OFTEN' } });
        expect([token, get.status, get.body?.code, post.status, post.body?.code]).toEqual([token, 404, 'NOT_FOUND', 404, 'NOT_FOUND']);
        for (const answer of [get, post]) expect(credentialHeaders(answer.headers)).toEqual(CREDENTIAL_HEADERS);
        expect(get.text).not.toContain('Linkshire');
      }
      const gql = await t.client.fails(M.submit, {
        input: { token: 'cps_unknownUnknownUnknownUnknown', answers: { 'health.q1': 'OFTEN' } },
      });
      expect(gql.extensions?.code).toBe('NOT_FOUND');
    });

    it('stops working the moment the link is rotated; the new one works', async () => {
      const rotated = await t.client.ok(M.rotate, { input: { surveyId: safety.survey.id } }, org.as.PROGRAMME_MANAGER);
      const fresh = rotated.rotateSurveyLink;
      expect(fresh.responseToken).not.toBe(safety.responseToken);
      expect(fresh.responseUrl).toBe(`${t.config.publicUrl}/responses/${fresh.responseToken}`);
      expect(fresh.survey).toEqual({ id: safety.survey.id, version: 2 });

      expect((await link(t, 'GET', safety.responseToken)).status).toBe(404);
      expect((await link(t, 'POST', safety.responseToken, { answers: all('safety', 'OFTEN') })).status).toBe(404);
      expect((await link(t, 'GET', fresh.responseToken)).status).toBe(200);
      expect((await link(t, 'POST', fresh.responseToken, { answers: all('safety', 'OFTEN') })).status).toBe(200);
      expect((await resultsOf(t, org.as.VIEWER, safety.survey.id)).sampleSize).toBe(1);
      safety = { ...safety, responseToken: fresh.responseToken };
    });

    it('refuses every response once the survey is closed, clearly, and keeps its results', async () => {
      const stale = await t.client.fails(M.close, { input: { surveyId: safety.survey.id, version: 1 } }, org.as.CONSULTANT);
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const closed = (await t.client.ok(M.close, { input: { surveyId: safety.survey.id, version: 2 } }, org.as.CONSULTANT)).closeSurvey;
      expect(closed).toMatchObject({ id: safety.survey.id, acceptingResponses: false, version: 3 });
      expect(closed.closedAt).toEqual(expect.any(String));

      const get = await link(t, 'GET', safety.responseToken);
      const post = await link(t, 'POST', safety.responseToken, { answers: all('safety', 'OFTEN') });
      for (const answer of [get, post]) {
        expect(answer.status).toBe(410);
        expect(credentialHeaders(answer.headers)).toEqual(CREDENTIAL_HEADERS);
        expect(answer.body).toEqual({
          code: 'INVALID_TRANSITION',
          message: 'This survey has closed and no longer takes answers. Thank you for your interest.',
        });
      }
      const gql = await t.client.fails(M.submit, { input: { token: safety.responseToken, answers: all('safety', 'OFTEN') } });
      expect(gql.extensions?.code).toBe('INVALID_TRANSITION');
      const entered = await t.client.fails(
        M.record,
        { input: { surveyId: safety.survey.id, answers: all('safety', 'OFTEN') } },
        org.as.ADMIN,
      );
      expect(entered).toMatchObject({
        message: 'This survey is closed and no longer takes responses',
        extensions: { code: 'INVALID_TRANSITION' },
      });
      const again = await t.client.fails(M.close, { input: { surveyId: safety.survey.id, version: 3 } }, org.as.ADMIN);
      expect(again.extensions?.code).toBe('INVALID_TRANSITION');

      expect(await resultsOf(t, org.as.VIEWER, safety.survey.id)).toMatchObject({ sampleSize: 1, overall: 100 });
    });

    it('records closing and rotating in history, with ids only', async () => {
      const events = (await historyTypes(t, org.as.ADMIN)).filter((e) => e.type.startsWith('SURVEY_'));
      expect(events.filter((e) => e.type === 'SURVEY_LINK_ROTATED')).toEqual([
        expect.objectContaining({ programmeId: null, payload: { surveyId: safety.survey.id } }),
      ]);
      expect(events.filter((e) => e.type === 'SURVEY_CLOSED')).toEqual([
        expect.objectContaining({ payload: { surveyId: safety.survey.id, responses: 1 } }),
      ]);
      expect(JSON.stringify(events)).not.toContain('cps_');
    });
  });

  describe('roles', () => {
    it('lets ADMIN, PROGRAMME_MANAGER and CONSULTANT create surveys; CONTRIBUTOR and VIEWER are FORBIDDEN', async () => {
      for (const role of ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT'] as const) {
        const made = await createSurvey(t, org.as[role], { title: `By ${role}`, areas: ['HEALTH'] });
        expect(made.survey.title).toBe(`By ${role}`);
      }
      for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
        const refused = await t.client.fails(
          M.create,
          { input: { title: 'Not allowed', areas: ['HEALTH'], samplingMethod: 'OTHER' } },
          org.as[role],
        );
        expect([role, refused.extensions?.code]).toEqual([role, 'FORBIDDEN']);
        const rotate = await t.client.fails(M.rotate, { input: { surveyId: health.survey.id } }, org.as[role]);
        expect([role, rotate.extensions?.code]).toEqual([role, 'FORBIDDEN']);
        const close = await t.client.fails(M.close, { input: { surveyId: health.survey.id, version: 1 } }, org.as[role]);
        expect([role, close.extensions?.code]).toEqual([role, 'FORBIDDEN']);
      }
    });

    it('lets a CONTRIBUTOR enter a response by hand, but not a VIEWER; everyone reads', async () => {
      const entered = await t.client.ok(
        M.record,
        { input: { surveyId: health.survey.id, answers: all('health', 'OFTEN') } },
        org.as.CONTRIBUTOR,
      );
      expect(entered.recordSurveyResponse.channel).toBe('ENTERED');
      const viewer = await t.client.fails(
        M.record,
        { input: { surveyId: health.survey.id, answers: all('health', 'OFTEN') } },
        org.as.VIEWER,
      );
      expect(viewer.extensions?.code).toBe('FORBIDDEN');
      const read = await t.client.ok(Q.survey, { id: health.survey.id }, org.as.VIEWER);
      expect(read.survey.results.sampleSize).toBe(2);
      const anonymous = await t.client.fails(Q.survey, { id: health.survey.id });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a survey with no area, an area twice, an unknown area, a blank title or no sampling method, naming the field', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ title: 'x', areas: [], samplingMethod: 'OTHER' }, 'input.areas'],
        [{ title: 'x', areas: ['HEALTH', 'HEALTH'], samplingMethod: 'OTHER' }, 'input.areas'],
        [{ title: '   ', areas: ['HEALTH'], samplingMethod: 'OTHER' }, 'input.title'],
        [{ title: 'x'.repeat(201), areas: ['HEALTH'], samplingMethod: 'OTHER' }, 'input.title'],
      ];
      for (const [input, field] of cases) {
        const refused = await t.client.fails(M.create, { input }, org.as.ADMIN);
        expect([field, refused.extensions?.code, refused.extensions?.fields?.map((f) => f.field)]).toEqual([
          field,
          'BAD_USER_INPUT',
          [field],
        ]);
      }
      for (const input of [
        { title: 'x', areas: ['TRANSPORT'], samplingMethod: 'OTHER' },
        { title: 'x', areas: ['HEALTH'] },
      ]) {
        const refused = await t.client.fails(M.create, { input }, org.as.ADMIN);
        expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
      }
      const entered = await t.client.fails(
        M.record,
        { input: { surveyId: health.survey.id, answers: { 'health.q9': 'OFTEN', 'health.q1': 'SOMETIMES' } } },
        org.as.ADMIN,
      );
      expect(entered.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.answers.health.q9', message: 'is not a question in this survey' }],
      });
    });
  });

  describe('tenancy', () => {
    it("answers NOT_FOUND for another organisation's surveys, whatever the operation", async () => {
      const theirs = elsewhere.survey.id;
      const asAdmin = org.as.ADMIN;
      const attempts = [
        t.client.fails(Q.survey, { id: theirs }, asAdmin),
        t.client.fails(M.close, { input: { surveyId: theirs, version: 1 } }, asAdmin),
        t.client.fails(M.rotate, { input: { surveyId: theirs } }, asAdmin),
        t.client.fails(M.record, { input: { surveyId: theirs, answers: all('health', 'OFTEN') } }, asAdmin),
        t.client.fails(Q.comparison, { earlierId: health.survey.id, laterId: theirs }, asAdmin),
        t.client.fails(Q.comparison, { earlierId: theirs, laterId: health.survey.id }, asAdmin),
      ];
      for (const error of await Promise.all(attempts)) expect(error.extensions?.code).toBe('NOT_FOUND');

      const listed = await t.client.ok(Q.surveys, {}, asAdmin);
      expect(listed.surveys.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs);
      // Their survey is untouched.
      expect((await t.client.ok(Q.survey, { id: theirs }, other.as.VIEWER)).survey).toMatchObject({ acceptingResponses: true, version: 1 });
    });
  });
});
