import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeed } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OutcomePageService, outcomePageTokenOfFile } from './outcome-page.service';

/**
 * `GET /you-said-we-did/<token>.json`: a programme's published decisions as JSON, with no session:
 * public to the policy guard, as the token in the path is the only credential. A token that opens
 * nothing (unknown, replaced, revoked, or of no shape of ours) is a bare 404.
 */
@Controller('you-said-we-did')
@Public()
export class OutcomePageController {
  constructor(private readonly pages: OutcomePageService) {}

  @Get(':file')
  async page(
    @HttpCtx() ctx: RequestContext,
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, async () => {
      const token = outcomePageTokenOfFile(file);
      return token ? this.pages.page(ctx, token) : null;
    });
  }
}
