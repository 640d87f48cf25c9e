import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeed } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isOutcomePageToken, OutcomePageService } from './outcome-page.service';

/**
 * `GET /feeds/<token>/you-said-we-did.json`: a programme's published decisions as JSON, with no
 * session: public to the policy guard, as the token in the path is the only credential. Under
 * /feeds like every feed, so a browser opening it gets the JSON rather than the client's page, and
 * the request log masks the token. A token that opens nothing (unknown, replaced, revoked, or of
 * no shape of ours) is a bare 404.
 */
@Controller('feeds')
@Public()
export class OutcomePageController {
  constructor(private readonly pages: OutcomePageService) {}

  @Get(':token/you-said-we-did.json')
  async page(
    @HttpCtx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, async () => (isOutcomePageToken(token) ? this.pages.page(ctx, token) : null));
  }
}
