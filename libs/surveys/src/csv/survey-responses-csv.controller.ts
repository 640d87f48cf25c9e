import { Controller, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, Can, NotFoundError, type RequestContext } from '@app/common';
import { csvUpload, HttpCtx, queryFlag, sendJson } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SurveyHttpErrorFilter } from '../link/survey-http-errors';
import { SurveyResponsesCsvService } from './survey-responses-csv.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /imports/surveys/<surveyId>/responses[?dryRun=true]` with the file as a `text/csv` body
 * (format: `survey-responses-csv.ts`). The policy guard decides it as it decides GraphQL: PLAN,
 * like every CSV import, with the same credentials as the initiatives' import (headers, or the
 * session cookie under the rule in `libs/http/src/request-access.ts`). 200 with
 * `{ rows, imported, errors: [] }`; 400 with every problem in `errors` (row, line, column,
 * message) and nothing written; 404 for a survey of another organisation; 409 when the survey is
 * closed; 413 past 50 MB.
 */
@Controller('imports/surveys')
@UseFilters(new SurveyHttpErrorFilter(409))
export class SurveyResponsesCsvController {
  constructor(private readonly csv: SurveyResponsesCsvService) {}

  @Post(':surveyId/responses')
  @Can(Action.PLAN)
  async importResponses(
    @HttpCtx() ctx: RequestContext,
    @Param('surveyId') surveyId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('dryRun') dryRun?: string,
  ): Promise<void> {
    if (!UUID.test(surveyId)) throw new NotFoundError('Survey', surveyId.slice(0, 64));
    const outcome = await this.csv.importResponses(ctx, surveyId, csvUpload(request), { dryRun: queryFlag('dryRun', dryRun) });
    sendJson(reply, outcome.errors.length ? 400 : 200, outcome);
  }
}
