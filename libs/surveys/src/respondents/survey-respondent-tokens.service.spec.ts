import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { SurveyPolicyArea, SurveySamplingMethod } from '../surveys/survey.model';
import { SurveysService } from '../surveys/surveys.service';
import { SurveysModule } from '../surveys.module';
import { MAX_RESPONDENT_TOKENS_PER_SURVEY, SurveyRespondentTokensService } from './survey-respondent-tokens.service';

/** Personal single-use links on a real database: issued as hashes, capped per survey, counted, used once, tenancy. */
describe('SurveyRespondentTokensService', () => {
  let module: TestingModule;
  let tokens: SurveyRespondentTokensService;
  let surveys: SurveysService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(SurveysModule);
    tokens = module.get(SurveyRespondentTokensService);
    surveys = module.get(SurveysService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const create = async (context = ctx) =>
    (
      await surveys.create(context, {
        title: 'Panel',
        areas: [SurveyPolicyArea.HEALTH],
        samplingMethod: SurveySamplingMethod.RANDOM_SAMPLE,
      })
    ).survey;

  it('issues personal links that open their survey, keeping only hashes, and records the count with who issued them', async () => {
    const survey = await create();
    const issued = await tokens.issue(ctx, { surveyId: survey.id, count: 3 });
    expect(issued.links).toHaveLength(3);
    expect(new Set(issued.links.map((l) => l.token)).size).toBe(3);
    for (const link of issued.links) {
      expect(link.token.startsWith('cpr_')).toBe(true);
      expect(link.url.endsWith(`/responses/${link.token}`)).toBe(true);
    }
    const hashes = (await ownerQuery(db, `SELECT token_hash FROM survey_respondent_token WHERE survey_id = $1`, [survey.id])).map(
      (r) => r.token_hash,
    );
    expect(hashes).toHaveLength(3);
    expect(hashes.some((h) => issued.links.some((l) => l.token === h))).toBe(false);
    const opened = await surveys.openLink(ctx, issued.links[0].token, false);
    expect(opened).toMatchObject({ survey: { id: survey.id }, personal: { used: false } });
    expect(await eventsAbout(db, 'surveyId', survey.id)).toContainEqual({
      type: 'SURVEY_RESPONDENT_TOKENS_ISSUED',
      programmeId: null,
      actorType: 'USER',
      actorUserId: ctx.userId,
      payload: { surveyId: survey.id, count: 3 },
    });
  });

  it('counts issued and used links per survey, and marks a link used once only', async () => {
    const [one, two] = [await create(), await create()];
    const { links } = await tokens.issue(ctx, { surveyId: one.id, count: 2 });
    const opened = (await surveys.openLink(ctx, links[1].token, false))!;
    await db.transaction(ctx, (em) => tokens.consume(em, opened.personal!));
    await expect(db.transaction(ctx, (em) => tokens.consume(em, opened.personal!))).rejects.toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });
    expect(await tokens.countsOf(ctx, [one.id, two.id])).toEqual([
      { issued: 2, used: 1 },
      { issued: 0, used: 0 },
    ]);
  });

  it(`keeps a survey to ${MAX_RESPONDENT_TOKENS_PER_SURVEY} links however many calls ask, naming input.count`, async () => {
    const survey = await create();
    await ownerQuery(
      db,
      `INSERT INTO survey_respondent_token (organisation_id, survey_id, token_hash) SELECT $1::uuid, $2::uuid, encode(sha256(convert_to(i::text || $2::text, 'UTF8')), 'hex') FROM generate_series(1, $3::int) i`,
      [ctx.tenantId, survey.id, MAX_RESPONDENT_TOKENS_PER_SURVEY - 1],
    );
    const error = await tokens.issue(ctx, { surveyId: survey.id, count: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems).toEqual([
      { field: 'input.count', message: expect.stringContaining(`it has ${MAX_RESPONDENT_TOKENS_PER_SURVEY - 1}`) },
    ]);
    expect((await tokens.issue(ctx, { surveyId: survey.id, count: 1 })).links).toHaveLength(1);
  });

  it("issues nothing for a closed survey or another organisation's", async () => {
    const survey = await create();
    await surveys.close(ctx, { surveyId: survey.id, version: 1 });
    await expect(tokens.issue(ctx, { surveyId: survey.id, count: 1 })).rejects.toMatchObject({ code: ErrorCode.INVALID_TRANSITION });
    const theirs = await create(otherCtx);
    await tokens.issue(otherCtx, { surveyId: theirs.id, count: 1 });
    await expect(tokens.issue(ctx, { surveyId: theirs.id, count: 1 })).rejects.toThrow(NotFoundError);
    expect(await tokens.countsOf(ctx, [theirs.id])).toEqual([{ issued: 0, used: 0 }]);
    expect(await tokens.countsOf(otherCtx, [theirs.id])).toEqual([{ issued: 1, used: 0 }]);
  });
});
