import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { computeIndex } from '@app/workflow';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { type Survey, SurveyPolicyArea, SurveySamplingMethod } from '../surveys/survey.model';
import { questionKeysByArea, SurveysService } from '../surveys/surveys.service';
import { SurveysModule } from '../surveys.module';
import { SurveyResultsService } from './survey-results.service';

/** Results on a real database: each survey's own responses, read together, counted by channel and client; comparisons; tenancy. */
describe('SurveyResultsService', () => {
  let module: TestingModule;
  let results: SurveyResultsService;
  let surveys: SurveysService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(SurveysModule);
    results = module.get(SurveyResultsService);
    surveys = module.get(SurveysService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const create = async (context = ctx, samplingMethod = SurveySamplingMethod.RANDOM_SAMPLE) =>
    (await surveys.create(context, { title: 'Index', areas: [SurveyPolicyArea.COMMUNITY_SAFETY, SurveyPolicyArea.HEALTH], samplingMethod }))
      .survey;
  /** Stored as the owner: the channels and client hashes as the three ways in would leave them. */
  const respond = (survey: Survey, answers: Record<string, string>, channel = 'ENTERED', clientHash: string | null = null) =>
    ownerQuery(db, `INSERT INTO survey_response (organisation_id, survey_id, answers, channel, client_hash) VALUES ($1, $2, $3, $4, $5)`, [
      survey.organisationId,
      survey.id,
      JSON.stringify(answers),
      channel,
      clientHash,
    ]);

  it('gives each survey the index of its own responses, with counts per channel and repeated clients', async () => {
    const [one, two] = [await create(), await create()];
    const answers: Array<Record<string, string>> = [
      { 'safety.q1': 'OFTEN', 'health.q1': 'NEVER' },
      { 'safety.q2': 'SOMETIMES' },
      { 'health.q3': 'OFTEN' },
      { 'safety.q1': 'NEVER' },
    ];
    await respond(one, answers[0], 'LINK', 'c1');
    await respond(one, answers[1], 'LINK', 'c1');
    await respond(one, answers[2], 'LINK', 'c2');
    await respond(one, answers[3], 'CSV');
    await respond(two, { 'health.q5': 'OFTEN' });
    const [first, second] = await results.resultsOf(ctx, [one, two]);
    const expected = computeIndex(
      one.areas,
      answers.map((a) => ({ answers: a as never })),
      questionKeysByArea(one),
    );
    expect(first).toMatchObject({ sampleSize: 4, overall: expected.overall, answersFromRepeatedClients: 2, mostAnswersFromOneClient: 2 });
    expect(first.byArea.map((a) => a.index)).toEqual(expected.byArea.map((a) => a.index));
    expect(first.responsesByChannel).toEqual([
      { channel: 'LINK', count: 3 },
      { channel: 'ENTERED', count: 0 },
      { channel: 'CSV', count: 1 },
    ]);
    expect(first.sampling.method).toBe('RANDOM_SAMPLE');
    expect(second).toMatchObject({
      sampleSize: 1,
      answersFromRepeatedClients: 0,
      responsesByChannel: expect.arrayContaining([{ channel: 'ENTERED', count: 1 }]),
    });
  });

  it('compares two surveys of the organisation, noting a change of sampling; one survey with itself names laterId', async () => {
    const earlier = await create();
    const later = await create(ctx, SurveySamplingMethod.WORKSHOP);
    await respond(earlier, { 'safety.q1': 'NEVER' });
    await respond(later, { 'safety.q1': 'OFTEN' });
    const comparison = await results.compare(ctx, earlier.id, later.id);
    expect(comparison).toMatchObject({ earlier: { id: earlier.id }, later: { id: later.id } });
    expect(comparison.notes.some((n) => n.includes('drawn differently'))).toBe(true);
    const same = await results.compare(ctx, earlier.id, earlier.id).catch((e: unknown) => e);
    expect(same).toBeInstanceOf(BadInputError);
    expect((same as BadInputError).problems.map((p) => p.field)).toEqual(['laterId']);
  });

  it("reads nothing of another organisation's: its survey is NOT_FOUND, its responses are never counted", async () => {
    const ours = await create();
    const theirs = await create(otherCtx);
    await respond(theirs, { 'safety.q1': 'OFTEN' });
    await expect(results.compare(ctx, ours.id, theirs.id)).rejects.toThrow(NotFoundError);
    // Even handed their survey, the read is walled to the caller's organisation.
    const [leaked] = await results.resultsOf(ctx, [theirs]);
    expect(leaked.sampleSize).toBe(0);
  });
});
