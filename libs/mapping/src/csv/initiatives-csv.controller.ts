import { Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, Can, type RequestContext } from '@app/common';
import { csvUpload, exportQuery, HttpCtx, JsonHttpErrorFilter, queryFlag, sendCsv, sendJson } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InitiativesCsvService } from './initiatives-csv.service';

/**
 * CSV import and export of initiatives over plain HTTP (a 50 MB file cannot go through
 * GraphQL). The policy guard decides them as it decides GraphQL, from the `@Can` on each route:
 * import is PLAN, export is READ. Callers authenticate with `Authorization: Bearer …` or
 * `X-Api-Key` (with `X-Organisation-Id`), or with the web client's session cookie under the rule
 * in `libs/http/src/request-access.ts`. The format is documented in `initiative-csv.ts`.
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class InitiativesCsvController {
  constructor(private readonly csv: InitiativesCsvService) {}

  /**
   * `POST /imports/initiatives[?dryRun=true]` with the file as a `text/csv` body. 200 with
   * `{ created, updated, unchanged, errors: [] }`; 400 with every bad row in `errors` and
   * nothing written; 413 past 50 MB. A dry run checks everything, writes nothing, and says what
   * an import would do.
   */
  @Post('imports/initiatives')
  @Can(Action.PLAN)
  async importInitiatives(
    @HttpCtx() ctx: RequestContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('dryRun') dryRun?: string,
  ): Promise<void> {
    const outcome = await this.csv.importInitiatives(ctx, csvUpload(request), { dryRun: queryFlag('dryRun', dryRun) });
    sendJson(reply, outcome.errors.length ? 400 : 200, outcome);
  }

  /** `GET /exports/initiatives.csv[?programmeId=<id>]`: the organisation's initiatives (or one programme's), streamed, in the import's format. */
  @Get('exports/initiatives.csv')
  @Can(Action.READ)
  async exportInitiatives(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.exportInitiatives(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }
}
