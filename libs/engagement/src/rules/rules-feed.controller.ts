import { createHash } from 'node:crypto';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { RequestContext } from '@app/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublishedRulesService } from './published-rules.service';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The published rules of engagement as plain JSON for intranet and public pages, beside the
 * published map's feed: the token in the path is the only credential. A strong ETag (the
 * body's hash) lets pollers ask with If-None-Match and get 304 with no body until it changes.
 */
@Controller('feeds')
export class RulesFeedController {
  constructor(private readonly rules: PublishedRulesService) {}

  @Get(':token/rules-of-engagement.json')
  async rulesOfEngagement(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const feed = await this.rules.feed(new RequestContext(String(request.id)), token);
    if (!feed) {
      reply.code(404).header('content-type', JSON_TYPE).header('cache-control', 'no-store').send(JSON.stringify({ error: 'NOT_FOUND', message: 'No published feed answers to this token' }));
      return;
    }
    const body = JSON.stringify(feed);
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60');
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      reply.code(304).send();
      return;
    }
    reply.code(200).header('content-type', JSON_TYPE).send(body);
  }
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix does not matter; `*` matches any. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const given = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return given.includes('*') || given.includes(etag);
}
