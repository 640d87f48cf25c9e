import type { EntityManager } from 'typeorm';
import type { CrossOrganisationPath } from './cross-organisation-paths';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { Role } from './policy';

export type Actor =
  /** `sessionId`: the session the person's credentials belong to (a cookie's, or a token's); signing out ends it. */
  | { kind: 'user'; userId: string; sessionId?: string }
  | { kind: 'apiKey'; apiKeyId: string; name: string; organisationId: string }
  | { kind: 'system' }
  | { kind: 'anonymous' };

/**
 * Everything a service needs to know about the request it serves: who acts, for which
 * organisation and with which role, and the transaction the request's writes join.
 * Every service method takes it first, so none can act without knowing for whom.
 */
export class RequestContext {
  actor: Actor = { kind: 'anonymous' };
  /** The organisation the request is for, once the policy guard has checked membership. */
  organisationId: string | null = null;
  role: Role | null = null;
  /**
   * The caller's network address (Fastify's `request.ip`: behind a proxy named in TRUST_PROXY, the client named by
   * X-Forwarded-For), for limits per client; null where there is none (system work).
   */
  clientAddress: string | null = null;
  /** Set only on a context made by `across`: the named path past the tenancy wall it may take. */
  readonly crossPath: CrossOrganisationPath | null = null;
  /** Set while a mutation's transaction is open; services read and write through it. */
  entityManager: EntityManager | null = null;
  private readonly afterCommitHooks: Array<() => void | Promise<void>> = [];

  constructor(readonly requestId: string) {}

  /** Work the server does on its own behalf (seeding demo data, migrations). */
  static system(requestId = 'system'): RequestContext {
    const ctx = new RequestContext(requestId);
    ctx.actor = { kind: 'system' };
    return ctx;
  }

  /**
   * This context on one named path across organisations (cross-organisation-paths.ts): the same
   * caller, transaction and after-commit work, with the path's extra sight. Hand it only to the
   * look-up that needs it, never to the rest of the request.
   */
  across(path: CrossOrganisationPath): RequestContext {
    return Object.create(this, { crossPath: { value: path, enumerable: true } }) as RequestContext;
  }

  /**
   * This context acting for `organisationId`, which the caller has just been shown to reach by
   * some other means than the policy guard: an organisation it creates, or one a token it holds
   * (an invitation, a feed, a survey link) belongs to. Same caller and transaction.
   */
  within(organisationId: string): RequestContext {
    return Object.create(this, { organisationId: { value: organisationId, enumerable: true } }) as RequestContext;
  }

  /** The organisation the caller acts in; organisation-scoped services call this, never trust arguments. */
  get tenantId(): string {
    if (!this.organisationId) throw new UnauthenticatedError('Choose an organisation: send the X-Organisation-Id header');
    return this.organisationId;
  }

  get userId(): string {
    if (this.actor.kind === 'apiKey') throw new ForbiddenError('This needs a signed-in person, not an API key');
    if (this.actor.kind !== 'user') throw new UnauthenticatedError();
    return this.actor.userId;
  }

  get userIdOrNull(): string | null {
    return this.actor.kind === 'user' ? this.actor.userId : null;
  }

  /** Work to do once the current transaction has committed (e.g. live notifications). */
  afterCommit(hook: () => void | Promise<void>): void {
    this.afterCommitHooks.push(hook);
  }

  takeAfterCommitHooks(): Array<() => void | Promise<void>> {
    return this.afterCommitHooks.splice(0);
  }
}
