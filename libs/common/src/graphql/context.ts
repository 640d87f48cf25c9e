import type { RequestContext } from '../request-context';

/** Credentials as a request presents them: HTTP headers and the session cookie, or graphql-ws connectionParams and the upgrade's cookie. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
  organisationId?: string;
  /** The browser session's secret, from its cookie; Authorization and API keys win over it. */
  session?: string;
}

/** The session cookie's name on plain HTTP, where a `__Host-` cookie cannot be set. */
export const SESSION_COOKIE = 'coprod_session';
/** Its name over HTTPS: `__Host-` makes browsers refuse it unless Secure, for this host only, Path=/ (no subdomain can plant one). */
export const SECURE_SESSION_COOKIE = '__Host-coprod_session';

/**
 * The session secret a Cookie header carries. Over HTTPS only the `__Host-` cookie counts: a
 * plain one could have been planted by a neighbouring subdomain, signing the person in as
 * someone else.
 */
export function sessionFromCookies(header: string | string[] | undefined, secure: boolean): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  const found = new Map<string, string>();
  for (const pair of text.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    // The first of a name wins, as browsers send the most specific cookie first.
    if (!found.has(name)) found.set(name, pair.slice(at + 1).trim());
  }
  const value = found.get(SECURE_SESSION_COOKIE) ?? (secure ? undefined : found.get(SESSION_COOKIE));
  // Our secrets are base64url; anything else is not one of ours.
  return value && /^[\w-]{16,128}$/.test(value) ? value : undefined;
}

/** The HTTP exchange a GraphQL request arrived in (absent on WebSocket): what sessions need of it. */
export interface HttpExchange {
  /** Over HTTPS (Fastify's `request.protocol`, which believes X-Forwarded-Proto only from TRUST_PROXY), or SESSION_COOKIE_SECURE. */
  secure: boolean;
  /** Adds a Set-Cookie header to the response. */
  setCookie(cookie: string): void;
}

export interface GqlContext {
  ctx: RequestContext;
  credentials: Credentials;
  /** Per-request DataLoaders, created on first use (see `loader()`). */
  loaders: Map<string, unknown>;
  /** Set on subscriptions: when the connection's credentials stop being valid. */
  connectionExpiresAt?: Date;
  /** Set on HTTP requests. */
  http?: HttpExchange;
}
