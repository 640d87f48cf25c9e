import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * GraphiQL 4 for developers, built by Vite with the web client (apps/web/graphiql.html, no CDN:
 * intranets are often closed networks); its scripts and styles are the client's hashed assets
 * (apps/api/src/web/web-client.ts serves them). This answers a browser's GET of the GraphQL path
 * with the built page, and leaves every other request there to Apollo.
 */
export class GraphiqlPage {
  constructor(
    private readonly html: string,
    private readonly graphqlPath: string,
  ) {}

  /** Whether this request is a person opening the GraphQL URL in a browser (not a query). */
  wants(request: FastifyRequest, pathname: string, search: URLSearchParams): boolean {
    return pathname === this.graphqlPath && !search.has('query') && Boolean(request.headers.accept?.includes('text/html'));
  }

  send(reply: FastifyReply): FastifyReply {
    const nonce = randomBytes(16).toString('base64');
    // The module reads the nonce from this meta element for the <style> GraphiQL's dialogs inject.
    const page = this.html.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`);
    return reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', graphiqlContentSecurityPolicy(nonce))
      .header('cache-control', 'no-store') // a nonce must never be served twice
      .header('vary', 'Accept') // the same URL answers JSON to everyone else
      .header('referrer-policy', 'no-referrer')
      .send(page);
  }
}

/**
 * Scripts only from this server (no inline script at all). GraphiQL's dialogs inject a <style>
 * element carrying `__webpack_nonce__`, so styles take the nonce too rather than 'unsafe-inline'.
 * Its CSS embeds fonts and icons as data: URLs. `ws:`/`wss:` are for subscriptions: older Safari and
 * Firefox do not count same-host WebSockets as 'self'.
 */
export function graphiqlContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self' ws: wss:",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
