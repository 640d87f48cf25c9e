import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  type CredentialsAccess,
  AccessCache,
  AppConfig,
  type Credentials,
  DomainError,
  MembershipCheck,
  RequestContext,
} from '@app/common';
import { EventFanout, type EventEntity, LiveEvents } from '@app/history';
import { type Authenticated, AuthService } from '../auth/auth.service';

/** What a request's credentials reach, kept whole: the actor and its role in each organisation. */
type KnownAccess = CredentialsAccess & { who: Authenticated };

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
    case 'SINGLE_SIGN_ON_CONFIGURED': // passwords let in or not, providers trusted or not: anyone's access
      return '*';
    case 'API_KEY_REVOKED':
      return typeof payload.apiKeyId === 'string' ? `apiKey:${payload.apiKeyId}` : '*';
    default:
      return null;
  }
}

/**
 * Who a request's credentials name, and membership checks for live deliveries, through short
 * shared caches: a burst of requests with the same credentials costs one lookup, and one event
 * fanned out to thousands of subscriptions one lookup per person (or key) at most; none while
 * the caches hold them. What changes access forgets the person or key in every process: membership
 * and key events (in the writing process at its commit, before its answer goes out; elsewhere
 * through NOTIFY, before the event is delivered), and ended sessions (signing out, a changed
 * password) through their own access signal (libs/history/src/event-fanout.ts). Access granted
 * is looked up again when a request is refused (apps/api/src/auth/policy.guard.ts); the caches'
 * lifetime (MEMBERSHIP_CACHE_SECONDS, 0 turns them off) bounds anything else, and credentials'
 * own expiry is checked on every use, as is, for a provider's token, whether the provider still
 * publishes the key that signed it (a rotation this process has seen drops it at once).
 */
@Injectable()
export class CachedMembershipCheck extends MembershipCheck implements OnModuleInit, OnModuleDestroy {
  /** For live deliveries: a check that is not a use of the session, so it never keeps an idle one alive. */
  readonly cache: AccessCache;
  /** For requests: each lookup is a use of the session (it moves the idle end on, at most once a minute). */
  readonly requests: AccessCache<KnownAccess>;
  private stopObserving: (() => void) | null = null;
  private stopHearingSessions: (() => void) | null = null;
  /** The listener's connections when the caches were last known to have heard every change. */
  private heardSince = 0;

  constructor(
    private readonly auth: AuthService,
    private readonly live: LiveEvents,
    private readonly fanout: EventFanout,
    config: AppConfig,
  ) {
    super();
    this.cache = new AccessCache((credentials) => this.lookUp(credentials, false), config.membershipCacheSeconds * 1000);
    // Refusals are not kept for requests: a refused request is answered by the lookup's own error.
    this.requests = new AccessCache(
      (credentials) => this.lookUp(credentials, true, { keepRefusals: false }),
      config.membershipCacheSeconds * 1000,
    );
  }

  /**
   * The actor and roles behind a request's credentials, as `AuthService.authenticate` answers,
   * from the cache while it holds them; `fresh` looks them up again (the caller was refused on
   * what the cache held: access granted a moment ago, by an event not yet heard, counts).
   * Refused credentials reject with the reason, and nothing is kept of them.
   */
  async authenticate(ctx: RequestContext, credentials: Credentials, { fresh = false } = {}): Promise<Authenticated> {
    if (!credentials.authorization && !credentials.apiKey && !credentials.session) return this.auth.authenticate(ctx, credentials);
    if (!this.hearsEveryChange()) return this.auth.authenticate(ctx, credentials);
    let known = await this.requests.get(credentials, { fresh });
    // A provider's token whose signing key the provider has since rotated away: checked again,
    // which refuses it with the reason.
    if (known?.who.stillValid && !known.who.stillValid()) known = await this.requests.get(credentials, { fresh: true });
    // Null: the credentials ran out since they were cached; the lookup says so in its own words.
    return known ? known.who : this.auth.authenticate(ctx, credentials);
  }

  /**
   * Whether this process hears every change of access as it commits. On PostgreSQL changes made
   * by other processes arrive through the event listener: while it is reconnecting the request
   * cache is not trusted, and after a reconnect it is emptied, since access signals sent
   * meanwhile are not replayed. The embedded database has one process, which hears everything.
   */
  private hearsEveryChange(): boolean {
    const listener = this.fanout.listener;
    if (!listener) return true;
    if (!listener.isListening) return false;
    if (listener.connections !== this.heardSince) {
      this.requests.forgetAll();
      this.heardSince = listener.connections;
    }
    return true;
  }

  onModuleInit(): void {
    this.stopObserving = this.live.observe((event) => {
      const holder = accessChangedBy(event);
      for (const cache of [this.cache, this.requests]) {
        if (holder === '*') cache.forgetAll();
        else if (holder) cache.forget(holder);
      }
    });
    this.stopHearingSessions = this.auth.sessions.onEnded(({ userId }) => {
      this.cache.forget(`user:${userId}`);
      this.requests.forget(`user:${userId}`);
    });
  }

  onModuleDestroy(): void {
    this.stopObserving?.();
    this.stopHearingSessions?.();
  }

  stillMember(credentials: Credentials, organisationId: string): Promise<boolean> {
    return this.cache.has(credentials, organisationId);
  }

  private async lookUp(credentials: Credentials, touch: boolean, { keepRefusals = true } = {}): Promise<KnownAccess | null> {
    try {
      const who = await this.auth.authenticate(RequestContext.system(), credentials, { touch });
      const holder =
        who.actor.kind === 'user' ? `user:${who.actor.userId}` : who.actor.kind === 'apiKey' ? `apiKey:${who.actor.apiKeyId}` : null;
      return holder ? { holder, organisations: new Set(who.roles.keys()), expiresAt: who.expiresAt, who } : null;
    } catch (error) {
      // Refused credentials (expired token, revoked key, deleted account): for deliveries an
      // answer worth keeping; a request rejects with the reason (AccessCache keeps no failure).
      if (error instanceof DomainError && keepRefusals) return null;
      throw error;
    }
  }
}
