import { Injectable } from '@nestjs/common';
import { BadInputError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { Survey } from '../surveys/survey.model';
import { SurveysService } from '../surveys/surveys.service';
import type { SurveyComparison, SurveyResults } from './survey-results.model';
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
