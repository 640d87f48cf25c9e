import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeed } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublishedRulesService } from './published-rules.service';

/**
 * The published rules of engagement as plain JSON for intranet and public pages, beside the
 * published map's feed: public to the policy guard, as the token in the path is the only credential.
 */
@Controller('feeds')
@Public()
export class RulesFeedController {
  constructor(private readonly rules: PublishedRulesService) {}

  @Get(':token/rules-of-engagement.json')
  async rulesOfEngagement(
    @HttpCtx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, () => this.rules.feed(ctx, token));
  }
}
