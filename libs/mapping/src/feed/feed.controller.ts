import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeed } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FeedService } from './feed.service';

/**
 * The published feed as plain JSON for intranet pages, with no user session: public to the
 * policy guard, as the token in the path is the only credential.
 */
@Controller('feeds')
@Public()
export class FeedController {
  constructor(private readonly feeds: FeedService) {}

  @Get(':token/initiatives.json')
  async initiatives(
    @HttpCtx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, () => this.feeds.feed(ctx, token));
  }
}
