import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type CredentialsAccess, AccessCache, AppConfig, type Credentials, DomainError, MembershipCheck, RequestContext } from '@app/common';
import { type EventEntity, LiveEvents } from '@app/history';
import { AuthService } from '../auth/auth.service';

/**
 * The person or key whose access an event changes, as the cache names them; null when the
 * event changes nobody's access. Every change of access records one of these events, and
 * events reach every process (NOTIFY on PostgreSQL, in-process on the embedded database).
 */
export function accessChangedBy(event: Pick<EventEntity, 'type' | 'payload'>): string | null {
  const payload = event.payload as { userId?: unknown; apiKeyId?: unknown };
  switch (event.type) {
    case 'MEMBER_ADDED':
    case 'MEMBER_ROLE_CHANGED':
    case 'MEMBER_REMOVED':
    case 'MEMBER_LEFT':
    case 'INVITATION_ACCEPTED':
    case 'PASSWORD_RESET_USED': // every session ends
      return typeof payload.userId === 'string' ? `user:${payload.userId}` : '*';
    case 'API_KEY_REVOKED':
      return typeof payload.apiKeyId === 'string' ? `apiKey:${payload.apiKeyId}` : '*';
    default:
      return null;
  }
}

/**
 * Membership checks for live deliveries, through a short shared cache: one event fanned out to
 * thousands of subscriptions costs one lookup per person (or key) at most, and none while the
 * cache holds them. Membership events forget the person at once, in every process, before the
 * event itself is delivered; sessions this process ends (signing out, a changed password) forget
 * the person here at once (they record no organisation's event; other processes close such
 * sockets by their session sweep, websocket.ts); the cache's lifetime (MEMBERSHIP_CACHE_SECONDS)
 * bounds anything else, and a token's expiry is checked on every delivery.
 */
@Injectable()
export class CachedMembershipCheck extends MembershipCheck implements OnModuleInit, OnModuleDestroy {
  readonly cache: AccessCache;
  private stopObserving: (() => void) | null = null;
  private stopHearingSessions: (() => void) | null = null;

  constructor(
    private readonly auth: AuthService,
    private readonly live: LiveEvents,
    config: AppConfig,
  ) {
    super();
    this.cache = new AccessCache((credentials) => this.lookUp(credentials), config.membershipCacheSeconds * 1000);
  }

  onModuleInit(): void {
    this.stopObserving = this.live.observe((event) => {
      const holder = accessChangedBy(event);
      if (holder === '*') this.cache.forgetAll();
      else if (holder) this.cache.forget(holder);
    });
    this.stopHearingSessions = this.auth.sessions.onEnded(({ userId }) => this.cache.forget(`user:${userId}`));
  }

  onModuleDestroy(): void {
    this.stopObserving?.();
    this.stopHearingSessions?.();
  }

  stillMember(credentials: Credentials, organisationId: string): Promise<boolean> {
    return this.cache.has(credentials, organisationId);
  }

  private async lookUp(credentials: Credentials): Promise<CredentialsAccess | null> {
    try {
      // Checking access for a delivery is not a use of the session: it must not keep an idle one alive.
      const who = await this.auth.authenticate(RequestContext.system(), credentials, { touch: false });
      const holder = who.actor.kind === 'user' ? `user:${who.actor.userId}` : who.actor.kind === 'apiKey' ? `apiKey:${who.actor.apiKeyId}` : null;
      return holder ? { holder, organisations: new Set(who.roles.keys()), expiresAt: who.expiresAt } : null;
    } catch (error) {
      // Refused credentials (expired token, revoked key, deleted account) are an answer worth keeping.
      if (error instanceof DomainError) return null;
      throw error;
    }
  }
}
