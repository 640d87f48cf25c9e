import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { ConflictError, ErrorCode, InvalidTransitionError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { SurveysModule } from '../surveys.module';
import { SurveyLawfulBasis, SurveyPolicyArea, SurveySamplingMethod } from './survey.model';
import { SurveysService } from './surveys.service';

/** Surveys on a real database: the questions copied on, the link kept as a hash, rotation, closing, tenancy. */
describe('SurveysService', () => {
  let module: TestingModule;
  let surveys: SurveysService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  /** A caller with no organisation, as a resident holding a link is. */
  const anonymous = () => new RequestContext(randomUUID());

  beforeAll(async () => {
    module = await serviceTestingModule(SurveysModule);
    surveys = module.get(SurveysService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const create = (context = ctx, title = 'Safer streets 2026') =>
    surveys.create(context, {
      title,
      areas: [SurveyPolicyArea.HEALTH, SurveyPolicyArea.COMMUNITY_SAFETY],
      samplingMethod: SurveySamplingMethod.RANDOM_SAMPLE,
    });

  it("copies the chosen areas' questions on in that order, keeps only the link's hash, and records ids and choices", async () => {
    const { survey, responseToken, responseUrl } = await surveys.create(ctx, {
      title: '  Health and safety ',
      areas: [SurveyPolicyArea.HEALTH, SurveyPolicyArea.COMMUNITY_SAFETY],
      samplingMethod: SurveySamplingMethod.DOOR_TO_DOOR,
      purpose: '   ',
      lawfulBasis: SurveyLawfulBasis.PUBLIC_TASK,
    });
    expect(survey).toMatchObject({
      title: 'Health and safety',
      purpose: null,
      lawfulBasis: 'PUBLIC_TASK',
      acceptingResponses: true,
      hasResponseLink: true,
      respondentTokensRequired: false,
      version: 1,
    });
    expect(survey.questions.map((q) => q.key)).toEqual([
      'health.q1',
      'health.q2',
      'health.q3',
      'health.q4',
      'health.q5',
      'safety.q1',
      'safety.q2',
      'safety.q3',
      'safety.q4',
      'safety.q5',
    ]);
    expect(responseUrl.endsWith(`/responses/${responseToken}`)).toBe(true);
    const [row] = await ownerQuery(db, `SELECT response_token_hash FROM survey WHERE id = $1`, [survey.id]);
    expect(row.response_token_hash).not.toContain(responseToken);
    expect((await surveys.openLink(anonymous(), responseToken, false))?.survey.id).toBe(survey.id);
    expect(await eventsAbout(db, 'surveyId', survey.id)).toEqual([
      {
        type: 'SURVEY_CREATED',
        programmeId: null,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: {
          surveyId: survey.id,
          areas: ['HEALTH', 'COMMUNITY_SAFETY'],
          samplingMethod: 'DOOR_TO_DOOR',
          respondentTokensRequired: false,
        },
      },
    ]);
  });

  it('rotates the link: the old token opens nothing at once, the new one opens the survey', async () => {
    const { survey, responseToken: old } = await create();
    const rotated = await surveys.rotateLink(ctx, { surveyId: survey.id });
    expect(rotated.responseToken).not.toBe(old);
    expect(rotated.survey.version).toBe(2);
    expect(await surveys.openLink(anonymous(), old, false)).toBeNull();
    expect((await surveys.openLink(anonymous(), rotated.responseToken, false))?.survey.id).toBe(survey.id);
    for (const junk of ['', 'short', 42, null, 'x'.repeat(200), `${rotated.responseToken}!`])
      expect(await surveys.openLink(anonymous(), junk, false)).toBeNull();
    expect((await eventsAbout(db, 'surveyId', survey.id)).map((e) => e.type)).toEqual(['SURVEY_CREATED', 'SURVEY_LINK_ROTATED']);
  });

  it('closes once, at the version seen, re-keying the client hashes so that equal ones stay equal, and records the count', async () => {
    const { survey } = await create();
    await ownerQuery(
      db,
      `INSERT INTO survey_response (organisation_id, survey_id, answers, channel, client_hash) VALUES ($1, $2, '{"health.q1":"OFTEN"}', 'LINK', 'aaa'), ($1, $2, '{"health.q1":"NEVER"}', 'LINK', 'aaa'), ($1, $2, '{"health.q2":"NEVER"}', 'LINK', 'bbb'), ($1, $2, '{"health.q2":"OFTEN"}', 'ENTERED', NULL)`,
      [ctx.tenantId, survey.id],
    );
    await expect(surveys.close(ctx, { surveyId: survey.id, version: 2 })).rejects.toThrow(ConflictError);
    const closed = await surveys.close(ctx, { surveyId: survey.id, version: 1 });
    expect(closed).toMatchObject({ acceptingResponses: false, closedAt: expect.any(Date), version: 2 });
    await expect(surveys.close(ctx, { surveyId: survey.id, version: 2 })).rejects.toThrow(InvalidTransitionError);
    const rows = await ownerQuery(db, `SELECT answers::text AS answers, client_hash FROM survey_response WHERE survey_id = $1`, [
      survey.id,
    ]);
    const hashOf = (q: string, answer: string) => rows.find((r) => JSON.parse(r.answers)[q] === answer)?.client_hash;
    const [a1, a2, b, entered] = [
      hashOf('health.q1', 'OFTEN'),
      hashOf('health.q1', 'NEVER'),
      hashOf('health.q2', 'NEVER'),
      hashOf('health.q2', 'OFTEN'),
    ];
    expect([a1, b]).not.toContain('aaa');
    expect([a1, b]).not.toContain('bbb');
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
    expect(entered).toBeNull();
    expect((await eventsAbout(db, 'surveyId', survey.id)).at(-1)).toMatchObject({
      type: 'SURVEY_CLOSED',
      actorUserId: ctx.userId,
      payload: { surveyId: survey.id, responses: 4 },
    });
  });

  it('requires personal links only when that changes something, and never on a closed survey', async () => {
    const { survey } = await create();
    const required = await surveys.requireRespondentTokens(ctx, { surveyId: survey.id, version: 1, required: true });
    expect(required).toMatchObject({ respondentTokensRequired: true, version: 2 });
    expect(await surveys.requireRespondentTokens(ctx, { surveyId: survey.id, version: 2, required: true })).toMatchObject({ version: 2 });
    await expect(surveys.requireRespondentTokens(ctx, { surveyId: survey.id, version: 1, required: false })).rejects.toThrow(ConflictError);
    await surveys.close(ctx, { surveyId: survey.id, version: 2 });
    await expect(surveys.requireRespondentTokens(ctx, { surveyId: survey.id, version: 3, required: false })).rejects.toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });
    expect((await eventsAbout(db, 'surveyId', survey.id)).map((e) => [e.type, e.payload.required])).toEqual([
      ['SURVEY_CREATED', undefined],
      ['SURVEY_RESPONDENT_TOKENS_REQUIRED', true],
      ['SURVEY_CLOSED', undefined],
    ]);
  });

  it("never reads or changes another organisation's survey, though its link opens it for anyone holding it", async () => {
    const { survey: theirs, responseToken } = await create(otherCtx, 'Theirs');
    await expect(surveys.get(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    await expect(surveys.close(ctx, { surveyId: theirs.id, version: 1 })).rejects.toThrow(NotFoundError);
    await expect(surveys.rotateLink(ctx, { surveyId: theirs.id })).rejects.toThrow(NotFoundError);
    await expect(surveys.requireRespondentTokens(ctx, { surveyId: theirs.id, version: 1, required: true })).rejects.toThrow(NotFoundError);
    expect(await surveys.byIds(ctx, [theirs.id])).toEqual([]);
    expect((await surveys.page(ctx, { first: 100 }))[0].map((s) => s.id)).not.toContain(theirs.id);
    expect((await surveys.openLink(ctx, responseToken, false))?.survey.organisationId).toBe(otherCtx.tenantId);
    expect((await surveys.get(otherCtx, theirs.id)).version).toBe(1);
  });
});
