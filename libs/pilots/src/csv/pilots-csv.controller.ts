import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Action, Can, type RequestContext } from '@app/common';
import { exportQuery, HttpCtx, JsonHttpErrorFilter, sendCsv } from '@app/http';
import type { FastifyReply } from 'fastify';
import { PilotsCsvService } from './pilots-csv.service';

/**
 * `GET /exports/pilots.csv` and `GET /exports/pilot-metrics.csv`, each `[?programmeId=<id>]`: the
 * pilots with their economics, and their metrics (the formats are in `pilots-csv.ts`). READ, with
 * the credentials of every plain-HTTP export (libs/http/src/request-access.ts).
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class PilotsCsvController {
  constructor(private readonly csv: PilotsCsvService) {}

  @Get('exports/pilots.csv')
  @Can(Action.READ)
  async exportPilots(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.exportPilots(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }

  @Get('exports/pilot-metrics.csv')
  @Can(Action.READ)
  async exportMetrics(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.exportMetrics(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }
}
