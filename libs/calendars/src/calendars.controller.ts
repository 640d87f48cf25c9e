import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeedText } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CalendarFeedsService } from './calendar-feeds.service';
import { tokenOfFile } from './calendar-token';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/**
 * `GET /calendars/<token>.ics`: a calendar for calendar programs to subscribe to, with no session:
 * public to the policy guard, as the token in the path is the only credential. A token that opens
 * nothing (unknown, replaced, or of no shape of ours) is a bare 404 that says no more.
 */
@Controller('calendars')
@Public()
export class CalendarsController {
  constructor(private readonly calendars: CalendarFeedsService) {}

  @Get(':file')
  async calendar(
    @HttpCtx() ctx: RequestContext,
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeedText(
      request,
      reply,
      async () => {
        const token = tokenOfFile(file);
        const body = token && (await this.calendars.calendar(ctx, token));
        return body ? { body, contentType: CALENDAR_TYPE, headers: { 'content-disposition': 'inline; filename="coprod.ics"' } } : null;
      },
      'No calendar answers to this link',
    );
  }
}
