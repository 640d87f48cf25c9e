import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx, sendFeed, sendFeedText } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderOutcomePage, renderOutcomePageNotFound } from './outcome-page.html';
import { isOutcomePageToken, OutcomePageService } from './outcome-page.service';

const HTML_TYPE = 'text/html; charset=utf-8';
/** As the printed documents: no script, no request anywhere; only the page's own styles. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * `GET /feeds/<token>/you-said-we-did.json` (and `/you-said-we-did`, the same as HTML): a programme's published decisions as JSON, with no
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

  /**
   * `GET /feeds/<token>/you-said-we-did`: the same page as HTML for residents to read, with the
   * feed's headers (no referrer, private cache, ETag) and the printed documents' (no script may
   * run, nothing sniffed). A token that opens nothing is a 404 page in plain words.
   */
  @Get(':token/you-said-we-did')
  async html(
    @HttpCtx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    reply.header('content-security-policy', HTML_POLICY).header('x-content-type-options', 'nosniff');
    const page = isOutcomePageToken(token) ? await this.pages.page(ctx, token) : null;
    if (!page) {
      reply
        .code(404)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('content-type', HTML_TYPE)
        .send(await renderOutcomePageNotFound());
      return;
    }
    const body = await renderOutcomePage(page);
    await sendFeedText(request, reply, () => Promise.resolve({ body, contentType: HTML_TYPE }));
  }
}
