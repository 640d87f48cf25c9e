import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import type { EntityManager } from 'typeorm';
import { SurveyClientHasher } from '../link/survey-client';
import { SurveyLinkPace } from '../link/survey-link-pace';
import { SurveyRespondentTokensService } from '../respondents/survey-respondent-tokens.service';
import { RespondentLinkUsedError, RespondentTokenRequiredError, SurveyClosedError } from '../surveys/survey-link';
import type { RecordSurveyResponseInput, SubmitSurveyResponseInput } from '../surveys/survey.inputs';
import { SurveyResponseChannel } from '../surveys/survey.model';
import { SurveyResponseEntity } from '../surveys/survey-response.entity';
import { answerKeysByGroup, type OpenedLink, SurveysService } from '../surveys/surveys.service';
import { readAnswers } from './survey-answers';
import { type SurveyForm, type SurveyResponseRecord, type SurveySubmission, THANK_YOU, toSurveyForm } from './survey-response.model';

/** How many rows one INSERT of an import carries. */
const INSERT_CHUNK = 1000;

const CLOSED_FOR_RESIDENTS = 'This survey has closed and no longer takes answers. Thank you for your interest.';

/**
 * Responses to a survey, by the three channels: entered one by one by staff, sent by a resident
 * through the public link (no account), or imported from a CSV file (SurveyResponsesCsvService
 * reads the file, `insertImported` writes it). Every channel checks the answers against the
 * survey's own questions and refuses a closed survey.
 */
@Injectable()
export class SurveyResponsesService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly surveys: SurveysService,
    private readonly respondentTokens: SurveyRespondentTokensService,
    private readonly clients: SurveyClientHasher,
    private readonly pace: SurveyLinkPace,
  ) {}

  /** A response typed in by staff (e.g. from a paper form or a doorstep interview). */
  record(ctx: RequestContext, input: RecordSurveyResponseInput): Promise<SurveyResponseRecord> {
    return this.db.transaction(ctx, async () => {
      const survey = await this.surveys.lockOpen(ctx, input.surveyId);
      const read = readAnswers(input.answers, answerKeysByGroup(survey), 'input.answers');
      if (!read.answers) throw new BadInputError(read.problems);
      const responses = this.db.tenant(ctx, SurveyResponseEntity);
      const row = await responses.save(responses.create({ surveyId: survey.id, answers: read.answers, channel: 'ENTERED' }));
      // Staff entries are few and made by a known person, so each is in history (ids only; the
      // answers are not personal, but history has no need of them).
      await this.history.record(ctx, { type: 'SURVEY_RESPONSE_ENTERED', payload: { surveyId: survey.id, responseId: row.id } });
      return toRecord(row);
    });
  }

  /**
   * A response through a link: the survey's open link, or a personal single-use one. The token is
   * the only credential, and it opens its own survey and nothing else. The answer says
   * "received" and no more: no ids, nothing about the organisation.
   *
   * No history event per response: anyone holding the link can send answers, and history is the
   * organisation's audit log, not a tally; the results count responses per channel instead.
   * Through the open link each client is paced (SurveyLinkPace) and the answer keeps a keyed
   * hash of the client, so results can say how many came from one client; a personal link takes
   * one answer and is then used up, and its answer keeps no client at all.
   */
  submit(
    ctx: RequestContext,
    input: Pick<SubmitSurveyResponseInput, 'token' | 'answers'>,
    field = 'input.answers',
  ): Promise<SurveySubmission> {
    return this.db.transaction(ctx, async () => {
      const { survey, personal } = answerable(await this.surveys.openLink(ctx, input.token, true));
      // The token opened this survey: the answer is written in its organisation, and only there.
      const own = ctx.within(survey.organisationId);
      const em = this.db.manager(own);
      const read = readAnswers(input.answers, answerKeysByGroup(survey), field);
      if (!read.answers) throw new BadInputError(read.problems);
      let clientHash: string | null = null;
      if (personal) {
        await this.respondentTokens.consume(em, personal);
      } else {
        clientHash = this.clients.hash(survey.id, ctx.clientAddress);
        await this.pace.admit(em, survey.id, clientHash);
      }
      await this.db.tenant(own, SurveyResponseEntity).insert({ surveyId: survey.id, answers: read.answers, channel: 'LINK', clientHash });
      return { received: true, answered: Object.keys(read.answers).length, message: THANK_YOU };
    });
  }

  /** The form behind a link token: title and questions only; NOT_FOUND for an unknown or rotated token. */
  async form(ctx: RequestContext, token: unknown): Promise<SurveyForm> {
    return toSurveyForm(answerable(await this.surveys.openLink(ctx, token, false)).survey);
  }

  /**
   * Writes an import's checked rows in the caller's transaction (the survey already share-locked
   * and open), in chunks, and records one SURVEY_RESPONSES_IMPORTED event with the count.
   */
  async insertImported(
    em: EntityManager,
    ctx: RequestContext,
    surveyId: string,
    rows: AsyncIterable<Record<string, string>> | Iterable<Record<string, string>>,
  ): Promise<number> {
    let count = 0;
    let chunk: Array<Record<string, string>> = [];
    const flush = async () => {
      if (!chunk.length) return;
      await em.query(
        `INSERT INTO survey_response (organisation_id, survey_id, answers, channel) SELECT $1, $2, value, 'CSV' FROM jsonb_array_elements($3::jsonb)`,
        [ctx.tenantId, surveyId, JSON.stringify(chunk)],
      );
      count += chunk.length;
      chunk = [];
    };
    for await (const answers of rows) {
      chunk.push(answers);
      if (chunk.length >= INSERT_CHUNK) await flush();
    }
    await flush();
    await this.history.record(ctx, { type: 'SURVEY_RESPONSES_IMPORTED', payload: { surveyId, count } });
    return count;
  }
}

function toRecord(row: SurveyResponseEntity): SurveyResponseRecord {
  return {
    id: row.id,
    surveyId: row.surveyId,
    channel: row.channel as SurveyResponseChannel,
    answers: row.answers,
    submittedAt: row.submittedAt,
  };
}

/** The link, if it can take an answer now; otherwise the reason it cannot, for the person holding it. */
function answerable(link: OpenedLink | null): OpenedLink {
  if (!link) throw new NotFoundError('Survey link');
  if (link.survey.closedAt) throw new SurveyClosedError(CLOSED_FOR_RESIDENTS);
  if (link.personal?.used) throw new RespondentLinkUsedError();
  if (!link.personal && link.survey.respondentTokensRequired) throw new RespondentTokenRequiredError();
  return link;
}
