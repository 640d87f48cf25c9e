import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Can, type RequestContext } from '@app/common';
import { exportQuery, HttpCtx, JsonHttpErrorFilter, sendCsv } from '@app/http';
import type { FastifyReply } from 'fastify';
import { DETAIL_READERS } from './participant.model';
import { ParticipantsCsvService } from './participants-csv.service';

/**
 * `GET /exports/participants.csv[?programmeId=<id>]`: the participants who are not erased, with
 * their personal details (the format is in `participants-csv.ts`). READ_PERSONAL_DETAILS, as
 * contact details and notes are in GraphQL; other roles get 403. The credentials are those of
 * every plain-HTTP export (libs/http/src/request-access.ts).
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class ParticipantsCsvController {
  constructor(private readonly csv: ParticipantsCsvService) {}

  @Get('exports/participants.csv')
  @Can(DETAIL_READERS)
  async exportParticipants(@HttpCtx() ctx: RequestContext, @Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { name, stream } = await this.csv.export(ctx, exportQuery(query));
    sendCsv(reply, name, stream);
  }
}
