import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { RequestContext } from '@app/common';
import { sendFeed } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FeedService } from './feed.service';

/**
 * The published feed as plain JSON for intranet pages, with no user session: the token in the
 * path is the only credential (the policy guard guards GraphQL only).
 */
@Controller('feeds')
export class FeedController {
  constructor(private readonly feeds: FeedService) {}

  @Get(':token/initiatives.json')
  async initiatives(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await sendFeed(request, reply, () => this.feeds.feed(new RequestContext(String(request.id)), token));
  }
}
