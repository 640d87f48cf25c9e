import { Injectable } from '@nestjs/common';
import { AppConfig, type RequestContext, type Role, UnauthenticatedError } from '@app/common';
import { Database, returnedRows } from '@app/database';
import { type AccessSignal, EventFanout, LiveEvents } from '@app/history';
import { newSecret, sha256 } from '../auth/secrets';
import type { SessionKind } from './user-session.entity';

/** A session's idle end moves on at most this often: a request within it writes nothing. */
const SLIDE_EVERY = `interval '1 minute'`;
/** Sessions one person may hold; starting another ends the oldest beyond it (a script signing in in a loop). */
const MAX_SESSIONS_PER_PERSON = 100;
/** Long-ended sessions of anyone removed per session started, so the table does not grow without bound. */
const PRUNE_PER_START = 32;

/** Sessions that just ended, for whoever holds something that depends on them (open sockets, cached access), in every process. */
export type EndedSessions = AccessSignal;

export interface CookieSession extends RolesUnderPasswordRule {
  sessionId: string;
  userId: string;
  /** The absolute end; the idle end comes sooner for a session left alone. */
  expiresAt: Date;
}

/** The roles a session may act with, and the organisations it may not act in until its holder signs in there with the provider. */
export interface RolesUnderPasswordRule {
  roles: Map<string, Role>;
  /** Organisation id → the short name to sign in with (its single sign-on's slug). */
  signInWithProvider: Map<string, string>;
}

/**
 * The password rule as SQL, beside a session `s` and the person's memberships `m` joined with
 * their organisations' single sign-on `c`: the slug to sign in with where the organisation lets
 * no password in and the session was not signed in by its own provider; null where it may act.
 */
export const PASSWORDS_REFUSED = `CASE WHEN c.enabled AND NOT c.password_sign_in_allowed
                 AND s.oidc_organisation_id IS DISTINCT FROM m.organisation_id THEN c.slug END AS refused`;

/**
 * Single sign-on's rule for passwords, applied to a person's memberships: an organisation that
 * turned password sign-in off is left out of the roles of any session but one its own provider
 * signed in (rows with `refused` set), and named for the person to sign in there.
 */
export function rolesUnderPasswordRule(
  rows: ReadonlyArray<{ organisation_id: string | null; role: Role | null; refused: string | null }>,
): RolesUnderPasswordRule {
  const member = rows.filter((r) => r.organisation_id);
  return {
    roles: new Map(member.filter((r) => !r.refused).map((r) => [r.organisation_id!, r.role!])),
    signInWithProvider: new Map(member.filter((r) => r.refused).map((r) => [r.organisation_id!, r.refused!])),
  };
}

/**
 * Server-side sessions: started at sign-in, found by a cookie's secret (kept only hashed) or a
 * token's `sid`, ended by signing out or a password change. A cookie's session ends after
 * SESSION_IDLE_MINUTES without a request and SESSION_MAX_HOURS after it began; a token's ends
 * with the token.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly fanout: EventFanout,
    private readonly live: LiveEvents,
  ) {}

  private get idleSeconds(): number {
    return this.config.sessions.idleMinutes * 60;
  }

  /** A browser's session; the secret goes into its cookie and nowhere else. */
  async startCookie(
    ctx: RequestContext,
    userId: string,
    options: { signedInBy?: string } = {},
  ): Promise<{ sessionId: string; secret: string; expiresAt: Date }> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.sessions.maxHours * 3600_000);
    const sessionId = await this.start(ctx, userId, 'COOKIE', sha256(secret), expiresAt, options.signedInBy ?? null);
    return { sessionId, secret, expiresAt };
  }

  /** The organisation whose identity provider signed this session in, or null (a password's). */
  async signedInBy(ctx: RequestContext, sessionId: string): Promise<string | null> {
    const [row] = await this.db.query<{ oidc_organisation_id: string | null }>(
      ctx,
      `SELECT oidc_organisation_id FROM user_session WHERE id = $1`,
      [sessionId],
    );
    return row?.oidc_organisation_id ?? null;
  }

  /** The session a bearer token names, ending when the token does. */
  startForToken(ctx: RequestContext, userId: string, expiresAt: Date): Promise<string> {
    return this.start(ctx, userId, 'TOKEN', null, expiresAt);
  }

  private async start(
    ctx: RequestContext,
    userId: string,
    kind: SessionKind,
    secretHash: string | null,
    expiresAt: Date,
    signedInBy: string | null = null,
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO user_session (user_id, kind, secret_hash, expires_at, oidc_organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [userId, kind, secretHash, expiresAt, signedInBy],
    );
    // This person's ended sessions go, and any beyond the newest MAX_SESSIONS_PER_PERSON.
    await this.db.query(
      ctx,
      `DELETE FROM user_session
        WHERE user_id = $1
          AND (expires_at <= now()
               OR (kind = 'COOKIE' AND last_used_at <= now() - $2::int * interval '1 second')
               OR id IN (SELECT id FROM user_session WHERE user_id = $1 ORDER BY created_at DESC, id OFFSET ${MAX_SESSIONS_PER_PERSON}))`,
      [userId, this.idleSeconds],
    );
    await this.db.query(
      ctx,
      `DELETE FROM user_session WHERE id IN (SELECT id FROM user_session WHERE expires_at <= now() LIMIT ${PRUNE_PER_START})`,
    );
    return row.id;
  }

  /**
   * The person a cookie's secret signs in, with their organisations (across them, by the
   * AUTHENTICATE path). `touch`: this is a use of the session, which moves its idle end on
   * (written at most once a minute); a live delivery re-checking access is not.
   */
  async authenticateCookie(ctx: RequestContext, secret: string, touch: boolean): Promise<CookieSession> {
    const rows = await this.db.query<{
      id: string;
      user_id: string;
      expires_at: Date;
      stale: boolean;
      organisation_id: string | null;
      role: Role | null;
      refused: string | null;
    }>(
      ctx.across('AUTHENTICATE'),
      `SELECT s.id, s.user_id, s.expires_at, s.last_used_at < now() - ${SLIDE_EVERY} AS stale, m.organisation_id, m.role, ${PASSWORDS_REFUSED}
         FROM user_session s LEFT JOIN membership m ON m.user_id = s.user_id
         LEFT JOIN oidc_configuration c ON c.organisation_id = m.organisation_id
        WHERE s.secret_hash = $1 AND s.kind = 'COOKIE' AND s.expires_at > now() AND s.last_used_at > now() - $2::int * interval '1 second'`,
      [sha256(secret), this.idleSeconds],
    );
    if (!rows.length) throw new UnauthenticatedError('The session has ended (signed out, left idle too long, or too old); sign in again');
    const [first] = rows;
    if (touch && first.stale) {
      await this.db.query(ctx, `UPDATE user_session SET last_used_at = now() WHERE id = $1 AND last_used_at < now() - ${SLIDE_EVERY}`, [
        first.id,
      ]);
    }
    return {
      sessionId: first.id,
      userId: first.user_id,
      expiresAt: new Date(first.expires_at),
      ...rolesUnderPasswordRule(rows),
    };
  }

  /** Ends these sessions of the person (signing out); answers how many were still open. */
  async end(ctx: RequestContext, userId: string, sessionIds: string[]): Promise<number> {
    if (!sessionIds.length) return 0;
    const ended = returnedRows<{ id: string }>(
      await this.db.query(ctx, `DELETE FROM user_session WHERE user_id = $1 AND id = ANY($2::uuid[]) RETURNING id`, [userId, sessionIds]),
    );
    if (ended.length) await this.fanout.announceAccess(ctx, { userId, sessionIds: ended.map((r) => r.id) });
    return ended.length;
  }

  /** Ends the session whose cookie holds `secret`, whoever's it is (signing out with a cookie that no longer signs anyone in is harmless). */
  async endByCookie(ctx: RequestContext, secret: string): Promise<number> {
    const ended = returnedRows<{ id: string; user_id: string }>(
      await this.db.query(ctx, `DELETE FROM user_session WHERE secret_hash = $1 RETURNING id, user_id`, [sha256(secret)]),
    );
    for (const row of ended) await this.fanout.announceAccess(ctx, { userId: row.user_id, sessionIds: [row.id] });
    return ended.length;
  }

  /**
   * Ends every session of the person but `keep` (a changed password keeps the session it was
   * changed in; a reset keeps none). Announced even when none ended: tokens from before sessions
   * end too (app_user.tokens_valid_after), and cached access must go with them.
   */
  async endAllBut(ctx: RequestContext, userId: string, keep: string | null): Promise<void> {
    const ended = returnedRows<{ id: string }>(
      await this.db.query(ctx, `DELETE FROM user_session WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`, [
        userId,
        keep,
      ]),
    );
    await this.fanout.announceAccess(ctx, { userId, sessionIds: ended.map((r) => r.id) });
  }

  /** Which of these sessions are still open (neither ended, nor past either end): the socket sweep asks. */
  async stillOpen(ctx: RequestContext, sessionIds: string[]): Promise<Set<string>> {
    if (!sessionIds.length) return new Set();
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM user_session
        WHERE id = ANY($1::uuid[]) AND expires_at > now() AND (kind = 'TOKEN' OR last_used_at > now() - $2::int * interval '1 second')`,
      [sessionIds, this.idleSeconds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Calls `listener` with sessions any process ends, once their ending has committed (NOTIFY on
   * PostgreSQL, in process on the embedded database). Returns the function that stops it.
   */
  onEnded(listener: (ended: EndedSessions) => void): () => void {
    return this.live.observeAccess(listener);
  }
}
