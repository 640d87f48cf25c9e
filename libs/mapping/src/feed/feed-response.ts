import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Answers a public feed: 404 JSON when the token opens nothing; otherwise the body with a
 * strong ETag (its hash), so pollers asking with If-None-Match get 304 and no body until it
 * changes. Every feed behind a feed token answers through this.
 */
export function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: object | null): void {
  if (!feed) {
    reply
      .code(404)
      .header('content-type', JSON_TYPE)
      .header('cache-control', 'no-store')
      .send(JSON.stringify({ error: 'NOT_FOUND', message: 'No published feed answers to this token' }));
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

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix does not matter; `*` matches any. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const given = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return given.includes('*') || given.includes(etag);
}
