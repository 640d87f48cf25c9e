import { Injectable } from '@nestjs/common';
import { BadInputError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { Survey } from '../surveys/survey.model';
import { SurveysService } from '../surveys/surveys.service';
import { SAMPLING_METHODS, SELF_EFFICACY_QUESTION, selfEfficacySummary, SMALL_SAMPLE } from '@app/workflow';
import type { SurveyComparison, SurveyResults, SurveySelfEfficacyTrend } from './survey-results.model';
import { buildComparison, buildResults, type StoredResponse } from './survey-results';

/** Results of surveys and comparisons between them; the arithmetic is libs/workflow's `computeIndex`. */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly db: Database,
    private readonly surveys: SurveysService,
  ) {}

  /** The results of each of these (already tenant-checked) surveys, in one query for all their responses. */
  async resultsOf(ctx: RequestContext, surveys: readonly Survey[]): Promise<SurveyResults[]> {
    const responses = await this.responsesOf(
      ctx,
      surveys.map((s) => s.id),
    );
    return surveys.map((s) => buildResults(s, responses.get(s.id) ?? []));
  }

  async compare(ctx: RequestContext, earlierId: string, laterId: string): Promise<SurveyComparison> {
    if (earlierId === laterId) throw BadInputError.field('laterId', 'must be a different survey from earlierId');
    const [earlier, later] = await Promise.all([this.surveys.get(ctx, earlierId), this.surveys.get(ctx, laterId)]);
    const [earlierResults, laterResults] = await this.resultsOf(ctx, [earlier, later]);
    return { earlier, later, ...buildComparison(earlier, earlierResults, later, laterResults) };
  }

  /**
   * Self-efficacy in every survey of the organisation that asked it, oldest first: how the share
   * feeling they can change things moves from one survey to the next (tracked as an outcome, as
   * Parrado et al. 2013 suggest; never read as a cause of anything).
   */
  async selfEfficacyTrend(ctx: RequestContext): Promise<SurveySelfEfficacyTrend> {
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM survey WHERE organisation_id = $1 AND questions @> $2::jsonb ORDER BY created_at, id`,
      [ctx.tenantId, JSON.stringify([{ key: SELF_EFFICACY_QUESTION.key }])],
    );
    const byId = new Map(
      (
        await this.surveys.byIds(
          ctx,
          rows.map((r) => r.id),
        )
      ).map((s) => [s.id, s]),
    );
    const surveys = rows.map((r) => byId.get(r.id)!).filter(Boolean);
    const responses = await this.responsesOf(
      ctx,
      surveys.map((s) => s.id),
    );
    const points = surveys.map((survey) => ({ survey, ...selfEfficacySummary(responses.get(survey.id) ?? []) }));
    const notes: string[] = [];
    if (points.length === 0) notes.push('No survey has asked the self-efficacy question yet.');
    if (points.length === 1) notes.push('One survey so far: a trend needs at least two.');
    const small = points.filter((p) => p.answered > 0 && p.answered < SMALL_SAMPLE);
    if (small.length)
      notes.push(
        `${small.length === 1 ? 'One survey has' : `${small.length} surveys have`} fewer than ${SMALL_SAMPLE} answers to the question: a change of a few points may be chance.`,
      );
    const methods = new Set(surveys.map((s) => s.samplingMethod));
    if (methods.size > 1)
      notes.push(
        `The surveys were drawn differently (${[...methods].map((m) => SAMPLING_METHODS[m].label).join(', ')}): part of a change may come from who answered.`,
      );
    notes.push('A rise or fall describes the people who answered each time; it shows no cause.');
    return { points, notes };
  }

  private async responsesOf(ctx: RequestContext, surveyIds: readonly string[]): Promise<Map<string, StoredResponse[]>> {
    const bySurvey = new Map<string, StoredResponse[]>(surveyIds.map((id) => [id, []]));
    if (!surveyIds.length) return bySurvey;
    const rows = await this.db.query<StoredResponse & { surveyId: string }>(
      ctx,
      `SELECT survey_id AS "surveyId", answers, channel, client_hash AS "clientHash" FROM survey_response WHERE organisation_id = $1 AND survey_id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(surveyIds)]],
    );
    for (const row of rows) bySurvey.get(row.surveyId)?.push({ answers: row.answers, channel: row.channel, clientHash: row.clientHash });
    return bySurvey;
  }
}
