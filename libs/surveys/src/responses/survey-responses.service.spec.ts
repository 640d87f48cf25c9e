import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { AppConfig, BadInputError, ErrorCode, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { SurveyRespondentTokensService } from '../respondents/survey-respondent-tokens.service';
import { SurveyPolicyArea, SurveySamplingMethod } from '../surveys/survey.model';
import { SurveysService } from '../surveys/surveys.service';
import { SurveysModule } from '../surveys.module';
import { SurveyResponsesService } from './survey-responses.service';

/** Responses on a real database: staff entries, the open link (paced per client), personal links, imports, closed surveys. */
describe('SurveyResponsesService', () => {
  let module: TestingModule;
  let responses: SurveyResponsesService;
  let surveys: SurveysService;
  let db: Database;
  let ctx: RequestContext;

  /** A resident's request from `address`: no account, no organisation. */
  const resident = (address = '198.51.100.7') => {
    const context = new RequestContext(randomUUID());
    context.clientAddress = address;
    return context;
  };
  const create = (extra: { purpose?: string } = {}) =>
    surveys.create(ctx, {
      title: 'Green streets',
      areas: [SurveyPolicyArea.LOCAL_ENVIRONMENT],
      samplingMethod: SurveySamplingMethod.SELF_SELECTED_ONLINE,
      ...extra,
    });
  const stored = (surveyId: string) =>
    ownerQuery<{ organisation_id: string; channel: string; client_hash: string | null; answers: Record<string, string> }>(
      db,
      `SELECT organisation_id, channel, client_hash, answers FROM survey_response WHERE survey_id = $1`,
      [surveyId],
    );
  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };

  beforeAll(async () => {
    module = await serviceTestingModule(SurveysModule);
    responses = module.get(SurveyResponsesService);
    surveys = module.get(SurveysService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  it("takes a staff entry checked against the survey's own questions, naming each key at fault, and records it with ids only", async () => {
    const { survey } = await create();
    expect(
      await problemsOf(responses.record(ctx, { surveyId: survey.id, answers: { 'environment.q1': 'ALWAYS', 'safety.q1': 'OFTEN' } })),
    ).toEqual([
      { field: 'input.answers.environment.q1', message: expect.any(String) },
      { field: 'input.answers.safety.q1', message: expect.any(String) },
    ]);
    expect(await problemsOf(responses.record(ctx, { surveyId: survey.id, answers: { 'environment.q1': null } }))).toEqual([
      { field: 'input.answers', message: 'answers no question: answer at least one' },
    ]);
    const entry = await responses.record(ctx, { surveyId: survey.id, answers: { 'environment.q1': 'OFTEN', 'environment.q2': null } });
    expect(entry).toMatchObject({ surveyId: survey.id, channel: 'ENTERED', answers: { 'environment.q1': 'OFTEN' } });
    expect(await eventsAbout(db, 'responseId', entry.id)).toEqual([
      {
        type: 'SURVEY_RESPONSE_ENTERED',
        programmeId: null,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { surveyId: survey.id, responseId: entry.id },
      },
    ]);
  });

  it("writes a resident's answer through the open link in the survey's organisation with a keyed client hash, and no history", async () => {
    const { survey, responseToken } = await create({ purpose: 'To plan the recycling rounds' });
    expect(await responses.form(resident(), responseToken)).toMatchObject({
      title: 'Green streets',
      purpose: 'To plan the recycling rounds',
      areas: [{ area: 'LOCAL_ENVIRONMENT' }],
    });
    const answer = await responses.submit(resident(), { token: responseToken, answers: { 'environment.q3': 'SOMETIMES' } });
    expect(answer).toEqual({ received: true, answered: 1, message: expect.any(String) });
    const [row] = await stored(survey.id);
    expect(row).toMatchObject({ organisation_id: ctx.tenantId, channel: 'LINK', answers: { 'environment.q3': 'SOMETIMES' } });
    expect(row.client_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.client_hash).not.toContain('198.51.100');
    expect((await eventsAbout(db, 'surveyId', survey.id)).map((e) => e.type)).toEqual(['SURVEY_CREATED']);
    expect(
      (await problemsOf(responses.submit(resident(), { token: responseToken, answers: { nope: 'OFTEN' } }))).map((p) => p.field),
    ).toEqual(['input.answers.nope']);
  });

  it('paces each client on its own: one past the limit is refused with a wait, another client is still taken', async () => {
    const { survey, responseToken } = await create();
    const { surveyAnswersPerClient } = module.get(AppConfig);
    for (let i = 0; i < surveyAnswersPerClient; i++)
      await responses.submit(resident('203.0.113.9'), { token: responseToken, answers: { 'environment.q1': 'NEVER' } });
    await expect(
      responses.submit(resident('203.0.113.9'), { token: responseToken, answers: { 'environment.q1': 'NEVER' } }),
    ).rejects.toMatchObject({
      code: ErrorCode.TOO_MANY_ATTEMPTS,
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await responses.submit(resident('192.0.2.44'), { token: responseToken, answers: { 'environment.q1': 'OFTEN' } });
    expect(await stored(survey.id)).toHaveLength(surveyAnswersPerClient + 1);
  });

  it('takes one answer per personal link, keeping no client; the open link is refused once personal links are required', async () => {
    const { survey, responseToken } = await create();
    const { links } = await module.get(SurveyRespondentTokensService).issue(ctx, { surveyId: survey.id, count: 2 });
    await responses.submit(resident(), { token: links[0].token, answers: { 'environment.q5': 'OFTEN' } });
    await expect(responses.submit(resident(), { token: links[0].token, answers: { 'environment.q5': 'OFTEN' } })).rejects.toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });
    expect((await stored(survey.id)).map((r) => r.client_hash)).toEqual([null]);
    await surveys.requireRespondentTokens(ctx, { surveyId: survey.id, version: 1, required: true });
    await expect(responses.submit(resident(), { token: responseToken, answers: { 'environment.q5': 'OFTEN' } })).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await responses.submit(resident(), { token: links[1].token, answers: { 'environment.q5': 'NEVER' } });
    expect(await stored(survey.id)).toHaveLength(2);
  });

  it('takes nothing for a closed survey by any channel, and nothing through an unknown or rotated link', async () => {
    const { survey, responseToken } = await create();
    const { links } = await module.get(SurveyRespondentTokensService).issue(ctx, { surveyId: survey.id, count: 1 });
    const rotated = await surveys.rotateLink(ctx, { surveyId: survey.id });
    await expect(responses.submit(resident(), { token: responseToken, answers: { 'environment.q1': 'OFTEN' } })).rejects.toThrow(
      NotFoundError,
    );
    await expect(responses.form(resident(), `cps_${'a'.repeat(43)}`)).rejects.toThrow(NotFoundError);
    await surveys.close(ctx, { surveyId: survey.id, version: rotated.survey.version });
    for (const token of [rotated.responseToken, links[0].token]) {
      await expect(responses.submit(resident(), { token, answers: { 'environment.q1': 'OFTEN' } })).rejects.toMatchObject({
        code: ErrorCode.INVALID_TRANSITION,
      });
    }
    await expect(responses.record(ctx, { surveyId: survey.id, answers: { 'environment.q1': 'OFTEN' } })).rejects.toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });
    expect(await stored(survey.id)).toEqual([]);
  });

  it("writes an import in chunks in the caller's transaction, with one event carrying the count", async () => {
    const { survey } = await create();
    const rows = Array.from({ length: 1203 }, (_, i) => ({ 'environment.q2': i % 2 ? 'OFTEN' : 'NEVER' }));
    const count = await db.transaction(ctx, (em) => responses.insertImported(em, ctx, survey.id, rows));
    expect(count).toBe(1203);
    const all = await stored(survey.id);
    expect(all).toHaveLength(1203);
    expect(all.every((r) => r.channel === 'CSV' && r.organisation_id === ctx.tenantId && r.client_hash === null)).toBe(true);
    expect((await eventsAbout(db, 'surveyId', survey.id)).at(-1)).toMatchObject({
      type: 'SURVEY_RESPONSES_IMPORTED',
      actorUserId: ctx.userId,
      payload: { surveyId: survey.id, count: 1203 },
    });
  });

  it("refuses a staff entry to another organisation's survey", async () => {
    const otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const { survey } = await create();
    await expect(responses.record(otherCtx, { surveyId: survey.id, answers: { 'environment.q1': 'OFTEN' } })).rejects.toThrow(
      NotFoundError,
    );
    expect(await stored(survey.id)).toEqual([]);
  });
});
