import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ForbiddenError, RequestContext, sessionFromCookies } from '@app/common';
import type { FastifyRequest } from 'fastify';

/**
 * How a plain-HTTP route learns who calls it. The policy guard (`apps/api/src/auth/policy.guard.ts`)
 * reads the handler's `@Can(Action.X)` or `@Public()` as it does a resolver's, decides, and fills
 * the request's context; the handler takes it with `@HttpCtx()`.
 */
const contexts = new WeakMap<object, RequestContext>();

/** The request's context: one per request, made on first use, with the client's address. */
export function httpRequestContext(request: FastifyRequest): RequestContext {
  let ctx = contexts.get(request);
  if (!ctx) {
    ctx = new RequestContext(String(request.id));
    ctx.clientAddress = request.ip;
    contexts.set(request, ctx);
  }
  return ctx;
}

/** The request context of a plain-HTTP handler, as the policy guard left it. */
export const HttpCtx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  httpRequestContext(context.switchToHttp().getRequest<FastifyRequest>()),
);

/**
 * The browser session a plain-HTTP request may act with (the CSV imports and export, for the web
 * client): the session cookie counts only beside `X-Organisation-Id`, a header no form or link on
 * another site can send (and a script there would need a CORS preflight this server never
 * grants), and never on a request the browser marks as coming from another site
 * (`Sec-Fetch-Site: cross-site` or `same-site`), which is refused. Without the header the cookie
 * is ignored. Apollo's CSRF prevention does this job on GraphQL.
 */
export function plainHttpSession(request: FastifyRequest, cookieSecure: boolean): string | undefined {
  const session = sessionFromCookies(request.headers.cookie, cookieSecure || request.protocol === 'https');
  if (!session || !request.headers['x-organisation-id']) return undefined;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new ForbiddenError('A page on another site may not act with your session');
  return session;
}
