import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { ACCESS_KEY, type Access, ForbiddenError, NotFoundError, type GqlContext, gqlContext, UnauthenticatedError } from '@app/common';
import { type Authenticated, CachedMembershipCheck, enterOrganisation } from '@app/identity';

/**
 * Decides every GraphQL operation from the policy table: who the caller is, which
 * organisation the request is for, and whether the caller's role there may do it. An
 * organisation the caller does not belong to is NOT_FOUND, never a hint that it exists.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly authenticated = new WeakMap<GqlContext, Promise<Authenticated>>();
  /** Requests whose credentials were looked up again after a refusal (at most once each). */
  private readonly refreshed = new WeakSet<GqlContext>();

  constructor(
    private readonly reflector: Reflector,
    private readonly access: CachedMembershipCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true; // HTTP routes (health, feeds, CSV) authorise themselves
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new ForbiddenError('This operation declares no access rule, so nobody may run it'); // fail closed

    const gql = gqlContext(context);
    const { ctx } = gql;
    if (access.kind === 'public') {
      // A stale token left in a client must not stop someone signing in again: act as anonymous.
      ctx.actor = (await this.authenticate(gql).catch(() => null))?.actor ?? { kind: 'anonymous' };
      return true;
    }
    const who = await this.authenticate(gql);
    ctx.actor = who.actor;
    if (who.actor.kind === 'anonymous') throw new UnauthenticatedError();
    if (access.kind === 'signedIn') {
      if (who.actor.kind !== 'user') throw new ForbiddenError('This needs a signed-in person, not an API key');
      return true;
    }

    // The organisation choice and the role check are shared with the plain HTTP endpoints (CSV).
    try {
      enterOrganisation(ctx, who, gql.credentials, access.action);
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError) || this.refreshed.has(gql)) throw error;
      // Refused on what the access cache held: ask again, once a request, as access granted a
      // moment ago (an organisation just created or joined, a role just raised) may not have
      // reached it yet. Root fields refused together share the one lookup.
      const fresh = this.access.authenticate(ctx, gql.credentials, { fresh: true });
      this.refreshed.add(gql);
      this.authenticated.set(gql, fresh);
      const again = await fresh;
      ctx.actor = again.actor;
      enterOrganisation(ctx, again, gql.credentials, access.action);
    }
    return true;
  }

  /**
   * Once per request, however many root fields it has, and through the access cache across
   * requests: changes of access (membership events, sessions ended, keys revoked) forget what it
   * holds, and MEMBERSHIP_CACHE_SECONDS bounds the rest.
   */
  private authenticate(gql: GqlContext): Promise<Authenticated> {
    let pending = this.authenticated.get(gql);
    if (!pending) {
      pending = this.access.authenticate(gql.ctx, gql.credentials);
      this.authenticated.set(gql, pending);
    }
    return pending;
  }
}
