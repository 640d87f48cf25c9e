import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Action, Can, type RequestContext } from '@app/common';
import { exportQuery, HttpCtx, JsonHttpErrorFilter, sendCsv } from '@app/http';
import type { FastifyReply } from 'fastify';
import { TasksCsvService } from './tasks-csv.service';

/**
 * `GET /exports/tasks.csv[?programmeId=<id>]`: the tasks as CSV (the format is in `tasks-csv.ts`).
 * READ, with the credentials of every plain-HTTP export: a bearer token or API key with
 * `X-Organisation-Id`, or the web client's session cookie under `libs/http/src/request-access.ts`.
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class TasksCsvController {
  constructor(private readonly csv: TasksCsvService) {}

  @Get('exports/tasks.csv')
  @Can(Action.READ)
  async exportTasks(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.export(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }
}
