import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppConfig,
  BadInputError,
  clientNetwork,
  type Credentials,
  ForbiddenError,
  type HttpExchange,
  NotFoundError,
  type RequestContext,
  type Role,
  UnauthenticatedError,
} from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { UserEntity } from '../users/user.entity';
import { clearedSessionCookie, sessionCookie } from '../sessions/session-cookie';
import { PASSWORDS_REFUSED, rolesUnderPasswordRule, SessionsService } from '../sessions/sessions.service';
import { providerTokenIssuer } from '../single-sign-on/oidc-providers';
import { NO_PASSWORD, SingleSignOnService } from '../single-sign-on/single-sign-on.service';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput } from './auth.inputs';
import { PasswordResetEntity } from './password-reset.entity';
import { PasswordWork } from './password-work';
import { newSecret, sha256 } from './secrets';
import { SignInThrottle } from './sign-in-throttle.service';
import { TokenService } from './tokens';

const RESET_LINK_HOURS = 24;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const API_KEY_PREFIX = 'cpk_';

/**
 * What sign-up answers whether or not the address already had an account, so that it cannot be
 * used to find out which addresses do (without e-mail there is no inbox to send the difference to).
 */
export const SIGN_UP_ANSWER =
  'Sign in with this address and the password you chose. If the address already had an account, that account is unchanged: sign in with its own password, or ask an ADMIN of your organisation for a reset link.';

export interface Authenticated {
  actor: Actor;
  /** The organisations the actor may act in, with the role in each. */
  roles: Map<string, Role>;
  /** When the credentials stop being valid at the latest (a token's expiry, a session's absolute end). */
  expiresAt?: Date;
  /**
   * Organisations the person belongs to but may not act in with these credentials, since they
   * let no password in: organisation id → the short name to sign in there with its provider.
   */
  signInWithProvider?: Map<string, string>;
  /**
   * For credentials another party may withdraw unseen by coprod: whether they still hold, asked
   * each time a cache answers for them. A provider's token holds while the provider still
   * publishes the key that signed it (OidcProviders.keyCheck).
   */
  stillValid?: () => boolean;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly history: HistoryService,
    private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly passwords: PasswordWork,
    readonly sessions: SessionsService,
    private readonly singleSignOn: SingleSignOnService,
  ) {}

  /**
   * Creates an account when the address has none, and answers the same either way, without a
   * session: the person signs in next. Hashing happens before any transaction, so the embedded
   * database is never held while scrypt runs.
   */
  async signUp(ctx: RequestContext, input: SignUpInput): Promise<{ message: string }> {
    const client = clientNetwork(ctx.clientAddress);
    await this.throttle.refuseIfBlocked(ctx, client);
    const passwordHash = await this.passwords.hash(client, input.password);
    const created = await this.insertUserIfNew(ctx, { email: input.email, displayName: input.displayName, passwordHash });
    // Signing up an address that has an account is what someone mapping accounts does: it counts
    // against the client as a failed sign-in would.
    if (!created) await this.throttle.clientFailed(ctx, client);
    return { message: SIGN_UP_ANSWER };
  }

  /** The new account, or null when the address already has one (nothing changes then). */
  async insertUserIfNew(
    ctx: RequestContext,
    input: { email: string; displayName: string; passwordHash: string },
  ): Promise<UserEntity | null> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO app_user (email, display_name, password_hash, tokens_valid_after) VALUES ($1, $2, $3, 'epoch')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [normaliseEmail(input.email), input.displayName.trim(), input.passwordHash],
    );
    return row ? this.db.repo(ctx, UserEntity).findOneByOrFail({ id: row.id }) : null;
  }

  /**
   * The one place a password is checked against an account, behind the throttle: counted per
   * client and account before the check, slowed per account, limited per client.
   */
  async signIn(ctx: RequestContext, input: SignInInput): Promise<IssuedToken> {
    const user = await this.checkPassword(ctx, input.email, input.password);
    if (!user) throw new UnauthenticatedError('The e-mail address or the password is wrong');
    return this.issue(ctx, user);
  }

  /** The account whose password this is, or null; counted by the sign-in throttle either way. */
  private async checkPassword(ctx: RequestContext, emailTyped: string, password: string): Promise<UserEntity | null> {
    const email = normaliseEmail(emailTyped);
    const client = clientNetwork(ctx.clientAddress);
    const admission = await this.throttle.admit(ctx, client, email);
    const user = await this.db.repo(ctx, UserEntity).findOneBy({ email });
    const valid = await this.throttle.check(ctx, admission, () =>
      // An account made by single sign-on has no password: checked against the dummy hash, so it takes as long.
      this.passwords.verify(client, password, user && user.passwordHash !== NO_PASSWORD ? user.passwordHash : null, () =>
        this.throttle.refuseIfBlocked(ctx, client),
      ),
    );
    if (!user || !valid || user.passwordHash === NO_PASSWORD) {
      await this.throttle.failed(ctx, admission);
      return null;
    }
    await this.throttle.succeeded(ctx, admission);
    return user;
  }

  /** A bearer token for an API client, naming a session of its own so that signing out with it ends it. */
  async issue(ctx: RequestContext, user: UserEntity): Promise<IssuedToken> {
    const expiresAt = this.tokens.expiryFromNow();
    const sessionId = await this.sessions.startForToken(ctx, user.id, expiresAt);
    const { token } = await this.tokens.issue(user.id, sessionId, expiresAt);
    return { token, expiresAt, user };
  }

  /**
   * Signs in as `signIn` does (the same check, the same throttle), and hands the browser a
   * session cookie rather than a token.
   */
  async startSession(
    ctx: RequestContext,
    input: SignInInput,
    credentials: Credentials,
    http: HttpExchange | undefined,
  ): Promise<{ user: UserEntity; expiresAt: Date }> {
    if (!http) throw BadInputError.field('startSession', 'needs an HTTP request to set its cookie on; API clients use signIn');
    const user = await this.checkPassword(ctx, input.email, input.password);
    if (!user) throw new UnauthenticatedError('The e-mail address or the password is wrong');
    // The cookie this browser held names a session nobody can use once it is replaced: it ends.
    if (credentials.session) await this.sessions.endByCookie(ctx, credentials.session);
    const { secret, expiresAt } = await this.sessions.startCookie(ctx, user.id);
    http.setCookie(sessionCookie(secret, expiresAt, http.secure));
    return { user, expiresAt };
  }

  /**
   * Ends the sessions the request presents: its cookie's (cleared in the browser too) and its
   * token's. Answers whether one was open; an API key has none.
   */
  async signOut(ctx: RequestContext, credentials: Credentials, http: HttpExchange | undefined): Promise<boolean> {
    let ended = 0;
    if (ctx.actor.kind === 'user' && ctx.actor.sessionId) ended += await this.sessions.end(ctx, ctx.actor.userId, [ctx.actor.sessionId]);
    if (credentials.session) {
      ended += await this.sessions.endByCookie(ctx, credentials.session);
      http?.setCookie(clearedSessionCookie(http.secure));
    }
    return ended > 0;
  }

  /**
   * A signed-in person sets a new password, proving the current one (counted by the sign-in
   * throttle, so this is no way round it). Every other session and token of theirs ends; the
   * one this came from stays.
   */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<void> {
    const me = await this.db.repo(ctx, UserEntity).findOneByOrFail({ id: ctx.userId });
    const user = await this.checkPassword(ctx, me.email, input.currentPassword);
    if (!user || user.id !== me.id) throw BadInputError.field('input.currentPassword', 'is not your current password');
    if (input.newPassword === input.currentPassword)
      throw BadInputError.field('input.newPassword', 'must differ from the current password');
    // Hashed before the transaction, so the embedded database is not held while scrypt runs.
    const passwordHash = await this.passwords.hash(clientNetwork(ctx.clientAddress), input.newPassword);
    const keep = ctx.actor.kind === 'user' ? (ctx.actor.sessionId ?? null) : null;
    await this.db.transaction(ctx, async () => {
      // Tokens from before sessions carry no session: the instant ends them.
      await this.db.repo(ctx, UserEntity).update(me.id, { passwordHash, tokensValidAfter: new Date() });
      await this.sessions.endAllBut(ctx, me.id, keep);
    });
  }

  /**
   * Turns the credentials a request presents into an actor and the roles it holds: an API key,
   * else a bearer token, else the session cookie (so Authorization wins over a cookie).
   * `touch: false` for a check that is not a use of the session (a live delivery's).
   */
  async authenticate(ctx: RequestContext, credentials: Credentials, options: { touch?: boolean } = {}): Promise<Authenticated> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization?.trim() ?? '')?.[1];
    if (credentials.authorization && !bearer) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    const apiKey = credentials.apiKey ?? (bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined);
    if (apiKey) return this.authenticateApiKey(ctx, apiKey);
    if (bearer) {
      const providerIssuer = providerTokenIssuer(bearer);
      return providerIssuer ? this.singleSignOn.authenticateBearer(ctx, bearer, providerIssuer) : this.authenticateToken(ctx, bearer);
    }
    if (credentials.session) {
      const session = await this.sessions.authenticateCookie(ctx, credentials.session, options.touch ?? true);
      return {
        actor: { kind: 'user', userId: session.userId, sessionId: session.sessionId },
        roles: session.roles,
        signInWithProvider: session.signInWithProvider,
        expiresAt: session.expiresAt,
      };
    }
    return { actor: { kind: 'anonymous' }, roles: new Map() };
  }

  private async authenticateToken(ctx: RequestContext, bearer: string): Promise<Authenticated> {
    const claims = await this.tokens.verify(bearer);
    if (claims.sessionId !== undefined && !UUID.test(claims.sessionId))
      throw new UnauthenticatedError('The token is not valid; sign in again');
    const rows = await this.db.query<{
      valid_after: Date;
      session_id: string | null;
      organisation_id: string | null;
      role: Role | null;
      refused: string | null;
    }>(
      ctx.across('AUTHENTICATE'),
      `SELECT u.tokens_valid_after AS valid_after, s.id AS session_id, m.organisation_id, m.role, ${PASSWORDS_REFUSED}
         FROM app_user u
         LEFT JOIN user_session s ON s.id = $2::uuid AND s.user_id = u.id AND s.kind = 'TOKEN'
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN oidc_configuration c ON c.organisation_id = m.organisation_id
        WHERE u.id = $1`,
      [claims.userId, claims.sessionId ?? null],
    );
    if (!rows.length) throw new UnauthenticatedError('The account behind this token no longer exists');
    if (claims.sessionId) {
      // Deleted by signing out, or by a changed or reset password.
      if (!rows[0].session_id) throw new UnauthenticatedError('The session this token belongs to has ended; sign in again');
    } else if (claims.issuedAt.getTime() < new Date(rows[0].valid_after).getTime()) {
      throw new UnauthenticatedError('The token was issued before the password changed; sign in again');
    }
    return {
      actor: { kind: 'user', userId: claims.userId, ...(claims.sessionId ? { sessionId: claims.sessionId } : {}) },
      ...rolesUnderPasswordRule(rows),
      expiresAt: claims.expiresAt,
    };
  }

  private async authenticateApiKey(ctx: RequestContext, secret: string): Promise<Authenticated> {
    const key = await this.db.repo(ctx.across('AUTHENTICATE'), ApiKeyEntity).findOneBy({ secretHash: sha256(secret) });
    if (!key || key.revokedAt) throw new UnauthenticatedError('The API key is not valid or has been revoked');
    // One write a minute at most, rather than one per request: within the minute a read sends no write at all.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() >= 60_000) {
      await this.db.query(
        ctx.within(key.organisationId),
        `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [key.id],
      );
    }
    return {
      actor: { kind: 'apiKey', apiKeyId: key.id, name: key.name, organisationId: key.organisationId },
      roles: new Map([[key.organisationId, key.role]]),
    };
  }

  /** An ADMIN issues a one-time reset link for a member of their organisation (e-mail comes later). */
  async issuePasswordReset(ctx: RequestContext, userId: string): Promise<{ token: string; expiresAt: Date }> {
    // A person, never an API key: a key that could mint reset links could take over any account it can reach.
    const issuerId = ctx.userId;
    return this.db.transaction(ctx, async () => {
      const member = await this.db.tenant(ctx, MembershipEntity).findOneBy({ userId });
      if (!member) throw new NotFoundError('Member', userId);
      // The link hands its holder the whole account, and with it the person's access everywhere:
      // only for someone whose every organisation the caller administers.
      const [elsewhere] = await this.db.query(
        ctx.across('RESET_LINK_REACH'),
        `SELECT 1 FROM membership m
          WHERE m.user_id = $1 AND m.organisation_id <> $2
            AND NOT EXISTS (SELECT 1 FROM membership a WHERE a.organisation_id = m.organisation_id AND a.user_id = $3 AND a.role = 'ADMIN')
          LIMIT 1`,
        [userId, ctx.tenantId, issuerId],
      );
      if (elsewhere)
        throw new ForbiddenError(
          'This person also belongs to organisations you are not an ADMIN of; a reset link from you would give you their access there',
        );
      const token = newSecret();
      const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3600_000);
      const resets = this.db.tenant(ctx, PasswordResetEntity);
      const reset = await resets.save(resets.create({ userId, tokenHash: sha256(token), expiresAt, usedAt: null }));
      await this.history.record(ctx, { type: 'PASSWORD_RESET_ISSUED', payload: { userId, passwordResetId: reset.id } });
      return { token, expiresAt };
    });
  }

  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<IssuedToken> {
    // Hashed before the transaction, so the embedded database is not held while scrypt runs.
    const passwordHash = await this.passwords.hash(clientNetwork(ctx.clientAddress), input.newPassword);
    const invalid = () => BadInputError.field('input.token', 'is not a valid reset link: it may have been used already or expired');
    return this.db.transaction(ctx, async () => {
      // The link names its organisation; the reset is then used there, once (the UPDATE decides a race).
      const [found] = await this.db.query<{ id: string; organisation_id: string }>(
        ctx.across('PASSWORD_RESET_REDEMPTION'),
        `SELECT id, organisation_id FROM password_reset WHERE token_hash = $1`,
        [sha256(input.token)],
      );
      if (!found) throw invalid();
      const there = ctx.within(found.organisation_id);
      // For UPDATE, TypeORM's query() answers [rows, rowCount], not the rows.
      const [[reset]] = (await this.db.query<[{ id: string; user_id: string }[]]>(
        there,
        `UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id, user_id`,
        [found.id],
      )) as unknown as [[{ id: string; user_id: string } | undefined]];
      if (!reset) throw invalid();
      // Other links still out for this person (an older one may have leaked) end with this reset,
      // in whichever organisation issued them.
      const others = await this.db.query<{ organisation_id: string }>(
        ctx.across('PASSWORD_RESET_REDEMPTION'),
        `SELECT DISTINCT organisation_id FROM password_reset WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`,
        [reset.user_id],
      );
      for (const { organisation_id } of others) {
        await this.db.query(
          ctx.within(organisation_id),
          `UPDATE password_reset SET expires_at = now() WHERE user_id = $1 AND organisation_id = $2 AND used_at IS NULL AND expires_at > now()`,
          [reset.user_id, organisation_id],
        );
      }
      const users = this.db.repo(there, UserEntity);
      await users.update(reset.user_id, { passwordHash, tokensValidAfter: new Date() });
      // Every session ends, browsers' and tokens' alike: whoever had the account may have had them.
      await this.sessions.endAllBut(there, reset.user_id, null);
      await this.history.record(there, { type: 'PASSWORD_RESET_USED', payload: { userId: reset.user_id, passwordResetId: reset.id } });
      return this.issue(there, await users.findOneByOrFail({ id: reset.user_id }));
    });
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }
}
