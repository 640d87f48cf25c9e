import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const JSON_TYPE = 'application/json; charset=utf-8';

/** How long a browser may keep a feed it was given; shared caches (proxies, CDNs) keep none. */
const FEED_CACHE_CONTROL = 'private, max-age=60';

/**
 * Answers a public feed: 404 JSON when the token opens nothing; otherwise the body with a
 * strong ETag (its hash), so pollers asking with If-None-Match get 304 and no body until it
 * changes. Every feed behind a feed token answers through this.
 *
 * The URL holds the token, so it is a credential: every answer, errors included, carries
 * `Referrer-Policy: no-referrer` (a page opened from it is never told the URL), and only the
 * caller's own browser may cache it (`private`). A 404 is not kept at all, so a token issued a
 * moment later answers at once. The headers are set before the feed is read, so that an error
 * answer has them too.
 */
export async function sendFeed(request: FastifyRequest, reply: FastifyReply, load: () => Promise<object | null>): Promise<void> {
  await sendFeedText(request, reply, async () => {
    const feed = await load();
    return feed && { body: JSON.stringify(feed), contentType: JSON_TYPE };
  });
}

/** A feed's text as it is sent: its media type, and any headers of its own (a file name). */
export interface FeedText {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

/**
 * The same for a feed already written out in its own format (an iCalendar feed): the same
 * headers, ETag, 304 and bare JSON 404, with `notFound` as the 404's message.
 */
export async function sendFeedText(
  request: FastifyRequest,
  reply: FastifyReply,
  load: () => Promise<FeedText | null>,
  notFound = 'No published feed answers to this token',
): Promise<void> {
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  const feed = await load();
  if (!feed) {
    reply
      .code(404)
      .header('content-type', JSON_TYPE)
      .send(JSON.stringify({ error: 'NOT_FOUND', message: notFound }));
    return;
  }
  const etag = `"${createHash('sha256').update(feed.body).digest('base64url')}"`;
  reply.header('etag', etag).header('cache-control', FEED_CACHE_CONTROL);
  for (const [name, value] of Object.entries(feed.headers ?? {})) reply.header(name, value);
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    reply.code(304).send();
    return;
  }
  reply.code(200).header('content-type', feed.contentType).send(feed.body);
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix does not matter; `*` matches any. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const given = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return given.includes('*') || given.includes(etag);
}
