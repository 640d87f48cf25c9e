import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import {
  ACCESS_KEY,
  type Access,
  AppConfig,
  type Credentials,
  ForbiddenError,
  NotFoundError,
  type GqlContext,
  gqlContext,
  type RequestContext,
  UnauthenticatedError,
} from '@app/common';
import { httpRequestContext, plainHttpSession } from '@app/http';
import { type Authenticated, CachedMembershipCheck, enterOrganisation, httpCredentials } from '@app/identity';
import type { FastifyRequest } from 'fastify';

/** One request as the guard decides it: its context and credentials, and the object that identifies it across root fields. */
interface Caller {
  key: object;
  ctx: RequestContext;
  credentials: Credentials;
}

/**
 * Decides every GraphQL operation and every plain-HTTP route from the policy table: who the
 * caller is, which organisation the request is for, and whether the caller's role there may do
 * it. Resolvers and controllers declare the same way (`@Can(Action.X)`, `@SignedIn()`,
 * `@Public()`); one without a declaration is refused. An organisation the caller does not
 * belong to is NOT_FOUND, never a hint that it exists.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly authenticated = new WeakMap<object, Promise<Authenticated>>();
  /** Requests whose credentials were looked up again after a refusal (at most once each). */
  private readonly refreshed = new WeakSet<object>();

  constructor(
    private readonly reflector: Reflector,
    private readonly access: CachedMembershipCheck,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<GqlContextType>();
    if (type !== 'graphql' && type !== 'http') return true; // no other transport is served
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new ForbiddenError('This operation declares no access rule, so nobody may run it'); // fail closed
    return type === 'graphql'
      ? this.graphql(gqlContext(context), access)
      : this.plainHttp(context.switchToHttp().getRequest<FastifyRequest>(), access);
  }

  private async graphql(gql: GqlContext, access: Access): Promise<boolean> {
    const caller = { key: gql, ctx: gql.ctx, credentials: gql.credentials };
    if (access.kind === 'public') {
      // A stale token left in a client must not stop someone signing in again: act as anonymous.
      gql.ctx.actor = (await this.authenticate(caller).catch(() => null))?.actor ?? { kind: 'anonymous' };
      return true;
    }
    return this.decide(caller, access);
  }

  /**
   * Plain-HTTP routes: a public one (a feed or survey link, where the token in the path is the
   * credential) goes on as anonymous; the others authenticate by header, or by the session
   * cookie under the rule in `plainHttpSession`, and leave their decision in the request's
   * context for `@HttpCtx()`.
   */
  private async plainHttp(request: FastifyRequest, access: Access): Promise<boolean> {
    const ctx = httpRequestContext(request);
    if (access.kind === 'public') return true;
    const session = plainHttpSession(request, this.config.sessions.cookieSecure);
    return this.decide(
      { key: request, ctx, credentials: { ...httpCredentials(request.headers), ...(session ? { session } : {}) } },
      access,
    );
  }

  private async decide(caller: Caller, access: Exclude<Access, { kind: 'public' }>): Promise<boolean> {
    const { ctx } = caller;
    const who = await this.authenticate(caller);
    ctx.actor = who.actor;
    if (who.actor.kind === 'anonymous') throw new UnauthenticatedError();
    if (access.kind === 'signedIn') {
      if (who.actor.kind !== 'user') throw new ForbiddenError('This needs a signed-in person, not an API key');
      return true;
    }

    try {
      enterOrganisation(ctx, who, caller.credentials, access.action);
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError) || this.refreshed.has(caller.key)) throw error;
      // Refused on what the access cache held: ask again, once a request, as access granted a
      // moment ago (an organisation just created or joined, a role just raised) may not have
      // reached it yet. Root fields refused together share the one lookup.
      const fresh = this.access.authenticate(ctx, caller.credentials, { fresh: true });
      this.refreshed.add(caller.key);
      this.authenticated.set(caller.key, fresh);
      const again = await fresh;
      ctx.actor = again.actor;
      enterOrganisation(ctx, again, caller.credentials, access.action);
    }
    return true;
  }

  /**
   * Once per request, however many root fields it has, and through the access cache across
   * requests: changes of access (membership events, sessions ended, keys revoked) forget what it
   * holds, and MEMBERSHIP_CACHE_SECONDS bounds the rest.
   */
  private authenticate(caller: Caller): Promise<Authenticated> {
    let pending = this.authenticated.get(caller.key);
    if (!pending) {
      pending = this.access.authenticate(caller.ctx, caller.credentials);
      this.authenticated.set(caller.key, pending);
    }
    return pending;
  }
}
