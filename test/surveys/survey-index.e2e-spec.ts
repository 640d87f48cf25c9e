import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { all, answersFor, createSurvey, type CreatedSurvey, historyTypes, link, M, Q, resultsOf } from './survey-support';

/**
 * A coproduction-index survey from creation to results over real HTTP: residents answer through
 * the public link without an account, staff enter a paper form, and the indices come out as
 * worked by hand below; with no responses the indices are null and say so; a later survey
 * shows the change.
 *
 * The formula (libs/workflow/src/survey-index.ts): NEVER 0, SOMETIMES 50, OFTEN 100; a
 * respondent counts in an area after answering 3 of its 5 questions, with the mean of what they
 * answered there; an area's index is the mean over those who count; the overall is the plain
 * mean of the area indices. Exact until one rounding to one decimal.
 */

const SELF_SELECTED_CAVEAT =
  'A self-selected online sample is not random: people who choose to answer tend to be more engaged already, so the index is likely to read high. ' +
  'Compare it only with surveys drawn the same way.';
const REFERENCE_CAVEAT =
  'The 2008 figures beside these results were measured with that survey’s own questions. The questions here, ' +
  'and the never/sometimes/often scale scored 0–100, are this product’s own, so take the comparison as a guide, not as a like-for-like measure.';

describe('surveys: the coproduction index', () => {
  let t: TestApp;
  let org: Organisation;
  let created: CreatedSurvey;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Index Council');
  });
  afterAll(() => t.close());

  it('creates a survey with the default questions of its areas and a public link shown once', async () => {
    created = await createSurvey(t, org.as.CONSULTANT, {
      title: 'Riverside residents survey 2026',
      areas: ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT', 'HEALTH'],
      samplingMethod: 'SELF_SELECTED_ONLINE',
    });
    expect(created.responseToken).toMatch(/^cps_[\w-]{43}$/);
    expect(created.responseUrl).toBe(`${t.config.publicUrl}/responses/${created.responseToken}`);
    expect(created.survey).toMatchObject({
      title: 'Riverside residents survey 2026',
      areas: ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT', 'HEALTH'],
      samplingMethod: 'SELF_SELECTED_ONLINE',
      closedAt: null,
      acceptingResponses: true,
      hasResponseLink: true,
      respondentTokensRequired: false,
      version: 1,
    });
    expect(created.survey.questions.map((q) => q.key)).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `safety.q${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `environment.q${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `health.q${i}`),
    ]);
    expect(created.survey.questions.every((q) => q.text.startsWith('How often'))).toBe(true);

    // Only a hash is kept: the survey can be read, but its token never again.
    const read = await t.client.ok(Q.survey, { id: created.survey.id }, org.as.VIEWER);
    expect(JSON.stringify(read)).not.toContain(created.responseToken);
  });

  it('with no responses the indices are null and a note says so, never 0 or NaN', async () => {
    const results = await resultsOf(t, org.as.VIEWER, created.survey.id);
    expect(results).toMatchObject({
      sampleSize: 0,
      overall: null,
      note: 'No responses yet: the index appears once residents have answered the survey.',
      caveats: [SELF_SELECTED_CAVEAT, REFERENCE_CAVEAT],
      sampling: { method: 'SELF_SELECTED_ONLINE', label: 'Self-selected online', caveat: SELF_SELECTED_CAVEAT },
      responsesByChannel: [
        { channel: 'LINK', count: 0 },
        { channel: 'ENTERED', count: 0 },
        { channel: 'CSV', count: 0 },
      ],
      answersFromRepeatedClients: 0,
      mostAnswersFromOneClient: 0,
    });
    expect(results.byArea).toEqual([
      { area: 'COMMUNITY_SAFETY', label: 'Community safety', index: null, respondents: 0, note: 'No responses yet.', referenceIndex: 45 },
      { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', index: null, respondents: 0, note: 'No responses yet.', referenceIndex: 61 },
      { area: 'HEALTH', label: 'Health', index: null, respondents: 0, note: 'No responses yet.', referenceIndex: 52 },
    ]);
  });

  it('always shows the 2008 five-country figures beside the results, with their citation', async () => {
    const { reference } = await resultsOf(t, org.as.VIEWER, created.survey.id);
    expect(reference).toMatchObject({
      citation: 'Loeffler et al. 2008, cited in Bovaird & Loeffler',
      year: 2008,
      respondentsPerCountry: 1000,
      overall: null,
      byArea: [
        { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', index: 61 },
        { area: 'HEALTH', label: 'Health', index: 52 },
        { area: 'COMMUNITY_SAFETY', label: 'Community safety', index: 45 },
      ],
      byCountry: [
        { code: 'GB', name: 'United Kingdom', index: 56, rank: 'HIGHEST' },
        { code: 'DK', name: 'Denmark', index: 48, rank: 'LOWEST' },
      ],
    });
    expect(reference.countries.map((c: { code: string }) => c.code)).toEqual(['GB', 'CZ', 'DK', 'FR', 'DE']);
    expect(reference.subIndices).toEqual([
      { key: 'REPORTING_AND_INTERVENING', area: 'COMMUNITY_SAFETY', label: expect.any(String), index: 33 },
    ]);
  });

  it('takes public responses without an account and a staff-entered one, and gives the indices worked by hand', async () => {
    // Respondent 1, through the link (plain HTTP, no credentials):
    //   safety       OFTEN OFTEN SOMETIMES NEVER OFTEN  → (100+100+50+0+100)/5 = 70
    //   environment  OFTEN OFTEN SOMETIMES (3 answered) → 250/3 = 83.33…
    //   health       SOMETIMES only (1 of 5)            → does not count in health
    const r1 = await link(t, 'POST', created.responseToken, {
      answers: {
        ...answersFor('safety', ['OFTEN', 'OFTEN', 'SOMETIMES', 'NEVER', 'OFTEN']),
        ...answersFor('environment', ['OFTEN', 'OFTEN', 'SOMETIMES', null, null]),
        ...answersFor('health', ['SOMETIMES', null, null, null, null]),
      },
    });
    expect(r1).toMatchObject({
      status: 200,
      body: { received: true, answered: 9, message: 'Thank you: your answers have been received.' },
    });

    // Respondent 2, through the public GraphQL mutation (again no account):
    //   safety       all NEVER                          → 0
    //   environment  SOMETIMES NEVER NEVER NEVER        → 50/4 = 12.5
    //   health       SOMETIMES SOMETIMES OFTEN          → 200/3 = 66.67
    const r2 = await t.client.ok(M.submit, {
      input: {
        token: created.responseToken,
        answers: {
          ...all('safety', 'NEVER'),
          ...answersFor('environment', ['SOMETIMES', 'NEVER', 'NEVER', 'NEVER', null]),
          ...answersFor('health', ['SOMETIMES', 'SOMETIMES', 'OFTEN', null, null]),
        },
      },
    });
    expect(r2.submitSurveyResponse).toEqual({ received: true, answered: 12, message: 'Thank you: your answers have been received.' });

    // Respondent 3, a paper form entered by a CONTRIBUTOR:
    //   safety       OFTEN SOMETIMES (2 answered)       → does not count in safety
    //   environment  all OFTEN                          → 100
    //   health       NEVER NEVER NEVER SOMETIMES SOMETIMES → 100/5 = 20
    const r3 = await t.client.ok(
      M.record,
      {
        input: {
          surveyId: created.survey.id,
          answers: {
            ...answersFor('safety', ['OFTEN', 'SOMETIMES', null, null, null]),
            ...all('environment', 'OFTEN'),
            ...answersFor('health', ['NEVER', 'NEVER', 'NEVER', 'SOMETIMES', 'SOMETIMES']),
          },
        },
      },
      org.as.CONTRIBUTOR,
    );
    expect(r3.recordSurveyResponse).toMatchObject({
      surveyId: created.survey.id,
      channel: 'ENTERED',
      survey: { results: { sampleSize: 3 } },
    });
    expect(r3.recordSurveyResponse.answers).toEqual({
      'safety.q1': 'OFTEN',
      'safety.q2': 'SOMETIMES',
      ...all('environment', 'OFTEN'),
      ...answersFor('health', ['NEVER', 'NEVER', 'NEVER', 'SOMETIMES', 'SOMETIMES']),
    });

    // safety       (70 + 0) / 2                                 = 35.0   (R1, R2)
    // environment  (250/3 + 25/2 + 100) / 3 = 1175/18 = 65.277…  → 65.3   (R1, R2, R3)
    // health       (200/3 + 20) / 2 = 130/3 = 43.333…            → 43.3   (R2, R3)
    // overall      (35 + 1175/18 + 130/3) / 3 = 2585/54 = 47.87… → 47.9
    const results = await resultsOf(t, org.as.VIEWER, created.survey.id);
    expect(results.byArea).toEqual([
      { area: 'COMMUNITY_SAFETY', label: 'Community safety', index: 35, respondents: 2, note: null, referenceIndex: 45 },
      { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', index: 65.3, respondents: 3, note: null, referenceIndex: 61 },
      { area: 'HEALTH', label: 'Health', index: 43.3, respondents: 2, note: null, referenceIndex: 52 },
    ]);
    expect(results).toMatchObject({
      sampleSize: 3,
      overall: 47.9,
      note: null,
      responsesByChannel: [
        { channel: 'LINK', count: 2 },
        { channel: 'ENTERED', count: 1 },
        { channel: 'CSV', count: 0 },
      ],
      // Both link answers came from this test's one address.
      answersFromRepeatedClients: 2,
      mostAnswersFromOneClient: 2,
      caveats: [
        SELF_SELECTED_CAVEAT,
        'Only 3 responses: a few answers can move the index by several points, so treat small changes with care.',
        REFERENCE_CAVEAT,
      ],
    });
  });

  it('two respondents, all OFTEN against all NEVER, give 50.0 in every area and overall', async () => {
    // Each area: (100 + 0) / 2 = 50; overall (50 + 50) / 2 = 50.
    const survey = await createSurvey(t, org.as.ADMIN, {
      title: 'Two respondents',
      areas: ['HEALTH', 'LOCAL_ENVIRONMENT'],
      samplingMethod: 'RANDOM_SAMPLE',
    });
    for (const answer of ['OFTEN', 'NEVER']) {
      const sent = await link(t, 'POST', survey.responseToken, { answers: { ...all('health', answer), ...all('environment', answer) } });
      expect(sent.status).toBe(200);
    }
    const results = await resultsOf(t, org.as.VIEWER, survey.survey.id);
    expect(results).toMatchObject({
      sampleSize: 2,
      overall: 50,
      sampling: { method: 'RANDOM_SAMPLE', label: 'Random sample of residents' },
    });
    expect(results.byArea.map((a: { area: string; index: number; respondents: number }) => [a.area, a.index, a.respondents])).toEqual([
      ['HEALTH', 50, 2],
      ['LOCAL_ENVIRONMENT', 50, 2],
    ]);
  });

  it('a response that counts in no area is in the sample, and the index says why it has no value', async () => {
    const survey = await createSurvey(t, org.as.ADMIN, { title: 'Too few answers', areas: ['COMMUNITY_SAFETY'] });
    await link(t, 'POST', survey.responseToken, { answers: { 'safety.q1': 'OFTEN', 'safety.q2': 'OFTEN' } });
    const results = await resultsOf(t, org.as.VIEWER, survey.survey.id);
    expect(results).toMatchObject({
      sampleSize: 1,
      overall: null,
      note: 'No response answered at least 3 questions in any area, so there is no index yet.',
    });
    expect(results.byArea[0]).toMatchObject({
      index: null,
      respondents: 0,
      note: 'No respondent answered at least 3 of the questions in this area.',
    });
  });

  it('a later survey shows the change per area and overall', async () => {
    // Later: two residents, everything OFTEN in every area → 100 everywhere.
    const later = await createSurvey(t, org.as.PROGRAMME_MANAGER, {
      title: 'Riverside residents survey 2027',
      areas: ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT', 'HEALTH'],
      samplingMethod: 'SELF_SELECTED_ONLINE',
    });
    for (let i = 0; i < 2; i++) {
      await link(t, 'POST', later.responseToken, {
        answers: { ...all('safety', 'OFTEN'), ...all('environment', 'OFTEN'), ...all('health', 'OFTEN') },
      });
    }
    const data = await t.client.ok(Q.comparison, { earlierId: created.survey.id, laterId: later.survey.id }, org.as.VIEWER);
    expect(data.surveyComparison).toMatchObject({
      earlier: { id: created.survey.id, results: { sampleSize: 3 } },
      later: { id: later.survey.id, results: { sampleSize: 2 } },
      overall: { earlier: 47.9, later: 100, change: 52.1 },
      byArea: [
        { area: 'COMMUNITY_SAFETY', label: 'Community safety', earlier: 35, later: 100, change: 65 },
        { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', earlier: 65.3, later: 100, change: 34.7 },
        { area: 'HEALTH', label: 'Health', earlier: 43.3, later: 100, change: 56.7 },
      ],
    });
    expect(data.surveyComparison.notes).toEqual([
      'The earlier survey has only 3 responses: a change of a few points may be chance.',
      'The later survey has only 2 responses: a change of a few points may be chance.',
    ]);

    // Against a survey drawn differently and over other areas, the notes say what that means.
    const random = await t.client.ok(Q.surveys, {}, org.as.VIEWER);
    const twoRespondents = random.surveys.edges.find((e: { node: { title: string } }) => e.node.title === 'Two respondents').node;
    const mixed = await t.client.ok(Q.comparison, { earlierId: twoRespondents.id, laterId: later.survey.id }, org.as.VIEWER);
    expect(mixed.surveyComparison.byArea).toEqual([
      { area: 'HEALTH', label: 'Health', earlier: 50, later: 100, change: 50 },
      { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', earlier: 50, later: 100, change: 50 },
      { area: 'COMMUNITY_SAFETY', label: 'Community safety', earlier: null, later: 100, change: null },
    ]);
    expect(mixed.surveyComparison.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^The surveys were drawn differently \(Random sample of residents, then Self-selected online\)/),
        expect.stringMatching(/different policy areas/),
      ]),
    );

    const same = await t.client.fails(Q.comparison, { earlierId: later.survey.id, laterId: later.survey.id }, org.as.VIEWER);
    expect(same.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'laterId', message: 'must be a different survey from earlierId' }],
    });
  });

  it('lists the surveys, newest first, each with its results', async () => {
    const data = await t.client.ok(Q.surveys, {}, org.as.VIEWER);
    expect(data.surveys.totalCount).toBe(4);
    expect(
      data.surveys.edges.map((e: { node: { title: string; results: { sampleSize: number; overall: number | null } } }) => [
        e.node.title,
        e.node.results.sampleSize,
        e.node.results.overall,
      ]),
    ).toEqual([
      ['Riverside residents survey 2027', 2, 100],
      ['Too few answers', 1, null],
      ['Two respondents', 2, 50],
      ['Riverside residents survey 2026', 3, 47.9],
    ]);
  });

  it('records creation and staff entries in history, but not one event per public response', async () => {
    const events = await historyTypes(t, org.as.ADMIN);
    const surveyEvents = events.filter((e) => e.type.startsWith('SURVEY_'));
    expect(surveyEvents.filter((e) => e.type === 'SURVEY_CREATED')).toHaveLength(4);
    expect(surveyEvents.filter((e) => e.type === 'SURVEY_RESPONSE_ENTERED')).toEqual([
      expect.objectContaining({
        programmeId: null,
        actorType: 'USER',
        payload: { surveyId: created.survey.id, responseId: expect.any(String) },
      }),
    ]);
    expect(events.find((e) => e.type === 'SURVEY_CREATED' && e.payload.surveyId === created.survey.id)?.payload).toEqual({
      surveyId: created.survey.id,
      areas: ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT', 'HEALTH'],
      samplingMethod: 'SELF_SELECTED_ONLINE',
      respondentTokensRequired: false,
    });
    // 7 responses came through the link; none of them is an event.
    expect(surveyEvents.map((e) => e.type).sort()).toEqual([...Array(4).fill('SURVEY_CREATED'), 'SURVEY_RESPONSE_ENTERED']);
    expect(surveyEvents.every((e) => e.actorType === 'USER')).toBe(true);
  });
});
