import { hash } from 'node:crypto';
import { isDatabaseUnavailable } from './database-unavailable';
import type { Credentials } from './graphql/context';

/**
 * Whether the holder of `credentials` still belongs to `organisationId`. Long-lived
 * subscriptions ask it before each delivery; identity implements it (bound in the app
 * module), so features need not depend on identity.
 */
export abstract class MembershipCheck {
  abstract stillMember(credentials: Credentials, organisationId: string): Promise<boolean>;
}

/** What a set of credentials reaches, as identity resolved it. */
export interface CredentialsAccess {
  /** Who holds the credentials (`user:<id>`, `apiKey:<id>`): a change to them forgets the entry. */
  holder: string;
  organisations: ReadonlySet<string>;
  /** When the credentials stop being valid (a token's expiry); checked on every use. */
  expiresAt?: Date;
}

/** Keyed on a hash: the cache never holds a token or key in clear. One call, not a Hash object: half the time, on every request. */
function keyOf(credentials: Credentials): string {
  return hash('sha256', `${credentials.authorization ?? ''}\n${credentials.apiKey ?? ''}\n${credentials.session ?? ''}`, 'base64url');
}

interface Entry<A> {
  access: A | null;
  /** Trusted until then (milliseconds since the epoch). */
  until: number;
}

/**
 * A short per-process memory of what credentials reach, so that a burst of requests, or one
 * event fanned out to many subscribers, costs at most one lookup per set of credentials.
 *
 * - Concurrent asks for the same credentials share one lookup.
 * - `forget(holder)` drops what is known about a person or key at once (changes of access call
 *   it, in every process); a lookup that was under way then is not kept, since it may have read
 *   the state from before the change.
 * - An entry is trusted for `ttlMs` at most (0: never kept), and never past the credentials'
 *   own expiry.
 * - A lookup that fails is not kept: `get` rejects with its error, `has` answers "not a member",
 *   unless the database was out of reach, which says nothing of membership: `has` rejects too,
 *   and a live delivery waits for it (libs/history/src/live-events.ts) rather than ending.
 */
export class AccessCache<A extends CredentialsAccess = CredentialsAccess> {
  private readonly entries = new Map<string, Entry<A>>();
  private readonly pending = new Map<string, Promise<A | null>>();
  /** Bumped by every forget: a lookup started under an older generation is not stored. */
  private generation = 0;
  /** Lookups made so far (for tests and metrics). */
  lookups = 0;

  constructor(
    private readonly lookUp: (credentials: Credentials) => Promise<A | null>,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async has(credentials: Credentials, organisationId: string): Promise<boolean> {
    let access: A | null;
    try {
      access = await this.get(credentials);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      return false;
    }
    return access !== null && access.organisations.has(organisationId);
  }

  /**
   * What the credentials reach while they are valid; null when they are refused or expired. A
   * failed lookup rejects. `fresh`: look up again rather than trust what is held (and hold that).
   */
  async get(credentials: Credentials, { fresh = false } = {}): Promise<A | null> {
    if (fresh) {
      const key = keyOf(credentials);
      this.entries.delete(key);
      this.pending.delete(key);
    }
    const access = await this.access(credentials);
    return access && (!access.expiresAt || access.expiresAt.getTime() > this.now()) ? access : null;
  }

  /** Forgets what is known about `holder` (`user:<id>` or `apiKey:<id>`), and drops lookups under way. */
  forget(holder: string): void {
    this.generation += 1;
    this.pending.clear();
    for (const [key, entry] of this.entries) if (entry.access?.holder === holder) this.entries.delete(key);
  }

  forgetAll(): void {
    this.generation += 1;
    this.pending.clear();
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private access(credentials: Credentials): Promise<A | null> {
    const key = keyOf(credentials);
    const entry = this.entries.get(key);
    if (entry && entry.until > this.now()) return Promise.resolve(entry.access);
    const under = this.pending.get(key);
    if (under) return under;
    const generation = this.generation;
    this.lookups += 1;
    const lookup = this.lookUp(credentials).then((access) => {
      if (this.pending.get(key) === lookup) this.pending.delete(key);
      if (generation === this.generation && this.ttlMs > 0) this.store(key, access);
      return access;
    });
    lookup.catch(() => {
      if (this.pending.get(key) === lookup) this.pending.delete(key);
    });
    this.pending.set(key, lookup);
    return lookup;
  }

  private store(key: string, access: A | null): void {
    this.entries.delete(key);
    this.entries.set(key, { access, until: this.now() + this.ttlMs });
    // Oldest first: Map keeps insertion order.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
