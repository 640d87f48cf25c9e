import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { SurveyClosedError } from '../surveys/survey-link';
import { SurveyPolicyArea, SurveySamplingMethod } from '../surveys/survey.model';
import { SurveysService } from '../surveys/surveys.service';
import { SurveysModule } from '../surveys.module';
import { SurveyResponsesCsvService } from './survey-responses-csv.service';

/**
 * A survey's responses imported from CSV on a real database, below HTTP: a large file streamed
 * in pieces and written in one go, refusals before a byte is read (another organisation's
 * survey, a closed one), the first thousand problems, reading that stops at a runaway row, and
 * nothing written or recorded whenever the file is refused or only tried. The format's ordinary
 * problems, roles and status codes are test/surveys/survey-csv.e2e-spec.ts's.
 */
describe('SurveyResponsesCsvService', () => {
  let module: TestingModule;
  let csv: SurveyResponsesCsvService;
  let surveys: SurveysService;
  let db: Database;
  let ctx: RequestContext;

  const HEADER = 'health.q1,health.q2,health.q3,health.q4,health.q5';
  const encode = (text: string) => new TextEncoder().encode(text);

  /** The file as a request body brings it: bytes in pieces of `size`, cut anywhere. */
  async function* streamed(text: string, size = 1024): AsyncGenerator<Uint8Array> {
    const bytes = encode(text);
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  /** A body that must not be read at all. */
  const untouchable: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]() {
      throw new Error('the body was read');
    },
  };

  const create = (context = ctx) =>
    surveys.create(context, { title: 'Healthy town', areas: [SurveyPolicyArea.HEALTH], samplingMethod: SurveySamplingMethod.DOOR_TO_DOOR });
  const responsesOf = (surveyId: string) =>
    ownerQuery<{ organisation_id: string; channel: string; answers: Record<string, string> }>(
      db,
      `SELECT organisation_id, channel, answers FROM survey_response WHERE survey_id = $1 ORDER BY submitted_at, id`,
      [surveyId],
    );
  const importEvents = (surveyId: string) =>
    ownerQuery(
      db,
      `SELECT actor_user_id AS "actorUserId", payload FROM event WHERE type = 'SURVEY_RESPONSES_IMPORTED' AND payload->>'surveyId' = $1 ORDER BY id`,
      [surveyId],
    );

  beforeAll(async () => {
    module = await serviceTestingModule(SurveysModule);
    csv = module.get(SurveyResponsesCsvService);
    surveys = module.get(SurveysService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  it('writes a file of thousands of rows, streamed in pieces, as CSV responses of the answered questions, with one event', async () => {
    const { survey } = await create();
    const answers = ['never', 'Sometimes', ' OFTEN ', ''];
    const rows = Array.from({ length: 2500 }, (_, i) => [answers[i % 3], answers[(i + 1) % 4], '', answers[(i + 2) % 3]].join(','));
    const file = `health.q4,HEALTH.Q1,health.q2,health.q5\r\n${rows.join('\r\n')}\r\n`;
    expect(await csv.importResponses(ctx, survey.id, streamed(file, 999))).toEqual({
      dryRun: false,
      rows: 2500,
      imported: 2500,
      errors: [],
    });

    const stored = await responsesOf(survey.id);
    expect(stored).toHaveLength(2500);
    expect(new Set(stored.map((r) => `${r.organisation_id} ${r.channel}`))).toEqual(new Set([`${ctx.tenantId} CSV`]));
    const asStored = stored.map((r) => r.answers);
    expect(asStored).toContainEqual({ 'health.q4': 'NEVER', 'health.q1': 'SOMETIMES', 'health.q5': 'OFTEN' });
    expect(asStored).toContainEqual({ 'health.q4': 'SOMETIMES', 'health.q5': 'NEVER' }); // an empty cell is a question not answered
    expect(asStored.every((a) => !('health.q2' in a) && !('health.q3' in a))).toBe(true);
    expect(await importEvents(survey.id)).toEqual([{ actorUserId: ctx.userId, payload: { surveyId: survey.id, count: 2500 } }]);
  });

  it('takes the driver questions as columns when the survey asks them, and refuses them when it does not', async () => {
    const { survey } = await surveys.create(ctx, {
      title: 'Healthy town, with drivers',
      areas: [SurveyPolicyArea.HEALTH],
      samplingMethod: SurveySamplingMethod.DOOR_TO_DOOR,
      askDrivers: true,
    });
    const file = 'health.q1,drivers.efficacy,drivers.conditions.health\r\noften,sometimes,never\r\n';
    expect(await csv.importResponses(ctx, survey.id, streamed(file))).toMatchObject({ imported: 1, errors: [] });
    expect((await responsesOf(survey.id)).map((r) => r.answers)).toEqual([
      { 'health.q1': 'OFTEN', 'drivers.efficacy': 'SOMETIMES', 'drivers.conditions.health': 'NEVER' },
    ]);
    const plain = await create();
    const refused = await csv.importResponses(ctx, plain.survey.id, streamed(file));
    expect(refused.imported).toBe(0);
    expect(refused.errors[0].message).toContain('is not a question of this survey');
  });

  it('writes and records nothing for a dry run or a file of a header alone, and says what it would import', async () => {
    const { survey } = await create();
    const file = `${HEADER}\noften,,,,\n,,,,\nnever,never,,,\n`;
    expect(await csv.importResponses(ctx, survey.id, streamed(file), { dryRun: true })).toEqual({
      dryRun: true,
      rows: 2,
      imported: 2,
      errors: [],
    });
    expect(await csv.importResponses(ctx, survey.id, streamed(`${HEADER}\r\n\r\n`))).toEqual({
      dryRun: false,
      rows: 0,
      imported: 0,
      errors: [],
    });
    expect(await responsesOf(survey.id)).toEqual([]);
    expect(await importEvents(survey.id)).toEqual([]);
  });

  it("refuses another organisation's survey as not found and a closed survey as closed, before reading a byte", async () => {
    const theirs = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const { survey: theirSurvey } = await create(theirs);
    await expect(csv.importResponses(ctx, theirSurvey.id, untouchable)).rejects.toThrow(NotFoundError);
    expect(await responsesOf(theirSurvey.id)).toEqual([]);

    const { survey } = await create();
    await surveys.close(ctx, { surveyId: survey.id, version: survey.version });
    await expect(csv.importResponses(ctx, survey.id, untouchable)).rejects.toThrow(SurveyClosedError);
    expect(await responsesOf(survey.id)).toEqual([]);
  });

  it('names an empty first row, where the header should be, and a value in a column the header leaves unnamed', async () => {
    const { survey } = await create();
    const emptyFirst = await csv.importResponses(ctx, survey.id, streamed(`,,\n${HEADER}\noften,,,,\n`));
    expect(emptyFirst.errors).toEqual([
      { row: null, line: 1, column: null, message: 'the first row is empty: it must be the header naming the question columns' },
    ]);
    const stray = await csv.importResponses(ctx, survey.id, streamed(`health.q1,,health.q2\noften,,never\nnever,often,\n`));
    expect(stray).toMatchObject({ code: 'BAD_USER_INPUT', rows: 2, imported: 0, errorCount: 1 });
    expect(stray.errors).toEqual([
      {
        row: 2,
        line: 3,
        column: 'column 2',
        message: 'is a column with no header: name the question in the first row, or leave its cells empty',
      },
    ]);
    expect(await responsesOf(survey.id)).toEqual([]);
  });

  it('lists the first thousand problems and stops reading there, saying there may be more', async () => {
    const { survey } = await create();
    const file = `${HEADER}\n${Array.from({ length: 1500 }, (_, i) => (i === 0 ? 'often,,,,' : 'always,,,,')).join('\n')}\n`;
    const outcome = await csv.importResponses(ctx, survey.id, streamed(file));
    expect(outcome.errors).toHaveLength(1000);
    expect(outcome.errors.map((e) => e.row)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(outcome.errors[0]).toEqual({
      row: 2,
      line: 3,
      column: 'health.q1',
      message: 'must be one of never, sometimes, often, or empty when not answered (got "always")',
    });
    expect(outcome.message).toMatch(/^The file has at least 1,000 problems \(the first 1,000 are listed\); nothing was imported/);
    expect(await responsesOf(survey.id)).toEqual([]);
  });

  it('stops reading at a row that never ends or at bytes that are not UTF-8, naming the row and line', async () => {
    const { survey } = await create();
    let pulled = 0;
    /** A quote that is never closed in the first data row, sent on and on. */
    async function* runaway(): AsyncGenerator<Uint8Array> {
      yield encode(`${HEADER}\n"often,`);
      const more = encode('x'.repeat(4096));
      while (pulled < 1000) {
        pulled++;
        yield more;
      }
      throw new Error('the import read on past the runaway row');
    }
    const outcome = await csv.importResponses(ctx, survey.id, runaway());
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', imported: 0, errorCount: 1 });
    expect(outcome.errors).toEqual([
      { row: 1, line: 2, column: null, message: expect.stringMatching(/^The row starting on line 2 is longer than 10000 characters/) },
    ]);
    expect(pulled).toBeLessThan(5);

    async function* latin1(): AsyncGenerator<Uint8Array> {
      yield encode(`${HEADER}\noften,,,,\nnever,`);
      yield new Uint8Array([0xe9, ...encode(',,,\n')]);
    }
    const notUtf8 = await csv.importResponses(ctx, survey.id, latin1());
    expect(notUtf8.errors).toEqual([{ row: 2, line: 3, column: null, message: expect.stringMatching(/is not UTF-8 text/) }]);
    expect(await responsesOf(survey.id)).toEqual([]);
  });
});
