import { Injectable } from '@nestjs/common';
import { AppConfig, BadInputError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import type { EntityManager } from 'typeorm';
import type { IssueSurveyRespondentTokensInput } from '../surveys/survey.inputs';
import type { IssuedSurveyRespondentTokens, SurveyRespondentTokenCounts } from '../surveys/survey.model';
import { SurveyRespondentTokenEntity } from '../surveys/survey-respondent-token.entity';
import { issueLinkToken, RespondentLinkUsedError, RESPONDENT_TOKEN_PREFIX, responseUrl, SurveyClosedError } from '../surveys/survey-link';
import { SurveysService } from '../surveys/surveys.service';

/** A survey keeps at most this many personal links, however many calls issue them. */
export const MAX_RESPONDENT_TOKENS_PER_SURVEY = 20_000;

/**
 * Personal single-use links, for a survey sent to a known list (a random sample, a panel): staff
 * issue one per person, each link takes one answer, and a survey can refuse answers through its
 * open link altogether (`SurveysService.requireRespondentTokens`). Tokens are stored as hashes
 * like the open link's, and nothing ties an answer to the link that gave it.
 */
@Injectable()
export class SurveyRespondentTokensService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly surveys: SurveysService,
    private readonly config: AppConfig,
  ) {}

  issue(ctx: RequestContext, input: IssueSurveyRespondentTokensInput): Promise<IssuedSurveyRespondentTokens> {
    return this.db.transaction(ctx, async (em) => {
      // Locked for update: two issues at once count the links one after the other.
      const survey = await this.surveys.lock(ctx, input.surveyId);
      if (survey.closedAt) throw new SurveyClosedError();
      const [{ issued }] = (await em.query(`SELECT count(*)::int AS issued FROM survey_respondent_token WHERE survey_id = $1`, [
        survey.id,
      ])) as Array<{ issued: number }>;
      if (issued + input.count > MAX_RESPONDENT_TOKENS_PER_SURVEY) {
        throw BadInputError.field(
          'input.count',
          `would give this survey ${issued + input.count} personal links; a survey keeps at most ${MAX_RESPONDENT_TOKENS_PER_SURVEY} (it has ${issued})`,
        );
      }
      const links = Array.from({ length: input.count }, () => issueLinkToken(RESPONDENT_TOKEN_PREFIX));
      await this.db
        .tenant(ctx, SurveyRespondentTokenEntity)
        .insert(links.map((link) => ({ surveyId: survey.id, tokenHash: link.tokenHash })));
      await this.history.record(ctx, { type: 'SURVEY_RESPONDENT_TOKENS_ISSUED', payload: { surveyId: survey.id, count: input.count } });
      return {
        survey: await this.surveys.get(ctx, survey.id),
        links: links.map((link) => ({ token: link.token, url: responseUrl(this.config.publicUrl, link.token) })),
      };
    });
  }

  /**
   * Marks a personal link used, in the answer's transaction: of two answers sent at once through
   * the same link, the second waits for the first and is then refused.
   */
  async consume(em: EntityManager, personal: SurveyRespondentTokenEntity): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(SurveyRespondentTokenEntity)
      .set({ used: true })
      .where('id = :id AND used = false', { id: personal.id })
      .execute();
    if (!result.affected) throw new RespondentLinkUsedError();
  }

  /** Issued and used counts of each of these (already tenant-checked) surveys, in one query. */
  async countsOf(ctx: RequestContext, surveyIds: readonly string[]): Promise<SurveyRespondentTokenCounts[]> {
    const rows = surveyIds.length
      ? await this.db.query<{ surveyId: string; issued: number; used: number }>(
          ctx,
          `SELECT survey_id AS "surveyId", count(*)::int AS issued, (count(*) FILTER (WHERE used))::int AS used
             FROM survey_respondent_token WHERE organisation_id = $1 AND survey_id = ANY($2::uuid[]) GROUP BY survey_id`,
          [ctx.tenantId, [...new Set(surveyIds)]],
        )
      : [];
    const bySurvey = new Map(rows.map((r) => [r.surveyId, { issued: r.issued, used: r.used }]));
    return surveyIds.map((id) => bySurvey.get(id) ?? { issued: 0, used: 0 });
  }
}
