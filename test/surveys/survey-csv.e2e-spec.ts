import { sql } from '../identity/identity-helpers';
import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { createSurvey, type CreatedSurvey, historyTypes, M, resultsOf } from './survey-support';

/**
 * Importing a survey's responses from CSV over real HTTP: one column per question key, the whole
 * file checked before anything is written, every bad row named by row and column, all or
 * nothing; roles, tenancy and a closed survey.
 */

interface ImportAnswer {
  status: number;
  body: {
    dryRun: boolean;
    rows: number;
    imported: number;
    errors: Array<{ row: number | null; line: number | null; column: string | null; message: string }>;
    errorCount?: number;
    code?: string;
    message?: string;
  };
}

describe('surveys: CSV import of responses', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let survey: CreatedSurvey;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Import Council');
    other = await organisationWithRoles(t, 'Other Council');
    survey = await createSurvey(t, org.as.CONSULTANT, {
      title: 'Door to door 2026',
      areas: ['COMMUNITY_SAFETY', 'HEALTH'],
      samplingMethod: 'DOOR_TO_DOOR',
    });
  });
  afterAll(() => t.close());

  async function importCsv(
    body: string,
    as: As | null = org.as.CONSULTANT,
    surveyId = survey.survey.id,
    query = '',
    contentType = 'text/csv',
  ): Promise<ImportAnswer> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (as?.token) headers.authorization = `Bearer ${as.token}`;
    if (as?.organisationId) headers['x-organisation-id'] = as.organisationId;
    const response = await fetch(`${t.url}/imports/surveys/${surveyId}/responses${query}`, { method: 'POST', headers, body });
    return { status: response.status, body: (await response.json()) as ImportAnswer['body'] };
  }

  const responseCount = async () =>
    Number((await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1`, [survey.survey.id]))[0].n);

  it('refuses a file with a bad row, naming its row and column, and writes nothing', async () => {
    const file = [
      'safety.q1,safety.q2,safety.q3,safety.q4,safety.q5,health.q1,health.q2,health.q3',
      'often,often,often,often,often,never,never,never',
      'Sometimes,sometimes,OFTEN,never,,,,',
      '',
      'often,often,always,often,often,,,',
      'often,often,often,often,often,never,never,never,extra',
    ].join('\r\n');
    const answer = await importCsv(file);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'BAD_USER_INPUT', dryRun: false, rows: 4, imported: 0, errorCount: 2 });
    expect(answer.body.message).toBe('2 rows have problems; nothing was imported: fix them and send the whole file again');
    expect(answer.body.errors).toEqual([
      {
        row: 4,
        line: 5,
        column: 'safety.q3',
        message: 'must be one of never, sometimes, often, or empty when not answered (got "always")',
      },
      { row: 5, line: 6, column: null, message: 'has a value in column 9, past the last column of the header' },
    ]);
    expect(await responseCount()).toBe(0);
  });

  it('refuses a header naming a question that is not in this survey, or one twice', async () => {
    const answer = await importCsv('safety.q1,environment.q1,Safety.Q1\noften,often,often\n');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        row: null,
        line: 1,
        column: 'environment.q1',
        message: expect.stringMatching(/^is not a question of this survey \(column 2\); its questions are safety\.q1, /),
      },
      { row: null, line: 1, column: 'safety.q1', message: 'appears twice in the header (column 3)' },
    ]);
    const empty = await importCsv('');
    expect([empty.status, empty.body.errors[0].message]).toEqual([400, expect.stringMatching(/^the file is empty/)]);
    expect(await responseCount()).toBe(0);
  });

  it('imports a good file whole, in any column order and case, and the results count the CSV channel', async () => {
    // Row 1: safety all OFTEN → 100; health NEVER NEVER NEVER → 0.
    // Row 2: safety SOMETIMES ×3 + NEVER → 150/4 = 37.5; health unanswered.
    // Row 3 is blank and skipped. Row 4: health OFTEN OFTEN SOMETIMES → 250/3 = 83.33…; safety unanswered.
    // safety (100 + 37.5) / 2 = 68.75 → 68.8; health (0 + 250/3) / 2 = 41.66… → 41.7; overall (68.75 + 125/3) / 2 = 55.2083… → 55.2
    const file = [
      '\uFEFFHEALTH.Q1, health.q2 ,health.q3,safety.q1,safety.q2,safety.q3,safety.q4,safety.q5',
      'never,never,never,often,often,often,often,often',
      ',,,sometimes,sometimes,sometimes,never,',
      ',,,,,,,',
      'often,often,sometimes,,,,,',
    ].join('\n');
    const dry = await importCsv(file, org.as.ADMIN, survey.survey.id, '?dryRun=true');
    expect([dry.status, dry.body]).toEqual([200, { dryRun: true, rows: 3, imported: 3, errors: [] }]);
    expect(await responseCount()).toBe(0);

    const answer = await importCsv(file);
    expect([answer.status, answer.body]).toEqual([200, { dryRun: false, rows: 3, imported: 3, errors: [] }]);
    expect(await responseCount()).toBe(3);

    const results = await resultsOf(t, org.as.VIEWER, survey.survey.id);
    expect(results).toMatchObject({
      sampleSize: 3,
      overall: 55.2,
      sampling: { method: 'DOOR_TO_DOOR', label: 'Door to door' },
      responsesByChannel: [
        { channel: 'LINK', count: 0 },
        { channel: 'ENTERED', count: 0 },
        { channel: 'CSV', count: 3 },
      ],
    });
    expect(results.byArea.map((a: { area: string; index: number; respondents: number }) => [a.area, a.index, a.respondents])).toEqual([
      ['COMMUNITY_SAFETY', 68.8, 2],
      ['HEALTH', 41.7, 2],
    ]);
    const stored = await sql<{ answers: Record<string, string> }>(
      t,
      `SELECT answers FROM survey_response WHERE survey_id = $1 AND answers ? 'health.q1' ORDER BY answers->>'health.q1'`,
      [survey.survey.id],
    );
    expect(stored.map((r) => r.answers)).toEqual([
      {
        'health.q1': 'NEVER',
        'health.q2': 'NEVER',
        'health.q3': 'NEVER',
        'safety.q1': 'OFTEN',
        'safety.q2': 'OFTEN',
        'safety.q3': 'OFTEN',
        'safety.q4': 'OFTEN',
        'safety.q5': 'OFTEN',
      },
      { 'health.q1': 'OFTEN', 'health.q2': 'OFTEN', 'health.q3': 'SOMETIMES' },
    ]);

    const events = (await historyTypes(t, org.as.ADMIN)).filter((e) => e.type === 'SURVEY_RESPONSES_IMPORTED');
    expect(events).toEqual([
      expect.objectContaining({ programmeId: null, actorType: 'USER', payload: { surveyId: survey.survey.id, count: 3 } }),
    ]);
  });

  it('takes PLAN: a CONTRIBUTOR or VIEWER is FORBIDDEN, no credentials is UNAUTHENTICATED', async () => {
    const file = 'safety.q1,safety.q2,safety.q3\noften,often,often\n';
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const refused = await importCsv(file, org.as[role]);
      expect([role, refused.status, refused.body.code]).toEqual([role, 403, 'FORBIDDEN']);
    }
    const anonymous = await importCsv(file, null);
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const notCsv = await importCsv(JSON.stringify({ rows: [] }), org.as.ADMIN, survey.survey.id, '', 'application/json');
    expect(notCsv.status).toBe(415);
    expect(await responseCount()).toBe(3);
  });

  it('refuses a file over the 50 MB limit (413), and writes nothing', async () => {
    const big = `safety.q1,safety.q2,safety.q3\n${'often,often,often\n'.repeat(3_000_000)}`;
    const refused = await importCsv(big);
    expect([refused.status, refused.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await responseCount()).toBe(3);
  });

  it("answers NOT_FOUND for another organisation's survey or an id that is none", async () => {
    const file = 'health.q1,health.q2,health.q3\noften,often,often\n';
    const theirs = await createSurvey(t, other.as.ADMIN, { title: 'Theirs', areas: ['HEALTH'] });
    const refused = await importCsv(file, org.as.ADMIN, theirs.survey.id);
    expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
    const nonsense = await importCsv(file, org.as.ADMIN, 'not-a-survey');
    expect([nonsense.status, nonsense.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await resultsOf(t, other.as.ADMIN, theirs.survey.id)).sampleSize).toBe(0);
  });

  it('refuses an import into a closed survey (409), and writes nothing', async () => {
    const closed = await t.client.ok(M.close, { input: { surveyId: survey.survey.id, version: survey.survey.version } }, org.as.ADMIN);
    expect(closed.closeSurvey.acceptingResponses).toBe(false);
    const refused = await importCsv('safety.q1,safety.q2,safety.q3\noften,often,often\n');
    expect([refused.status, refused.body]).toEqual([
      409,
      { code: 'INVALID_TRANSITION', message: 'This survey is closed and no longer takes responses' },
    ]);
    expect(await responseCount()).toBe(3);
  });
});
