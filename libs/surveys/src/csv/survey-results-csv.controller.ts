import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Action, Can, type RequestContext } from '@app/common';
import { exportQuery, HttpCtx, JsonHttpErrorFilter, sendCsv } from '@app/http';
import type { FastifyReply } from 'fastify';
import { SurveyResultsCsvService } from './survey-results-csv.service';

/**
 * `GET /exports/survey-results.csv`: every survey's results, a row per survey and area;
 * `GET /exports/survey-questions.csv`: a row per survey and question (the formats are in
 * `survey-results-csv.ts`). READ, with the credentials of every plain-HTTP export
 * (libs/http/src/request-access.ts).
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class SurveyResultsCsvController {
  constructor(private readonly csv: SurveyResultsCsvService) {}

  @Get('exports/survey-results.csv')
  @Can(Action.READ)
  async exportResults(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.export(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }

  @Get('exports/survey-questions.csv')
  @Can(Action.READ)
  async exportQuestions(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.exportQuestions(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }
}
