import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppConfig,
  BadInputError,
  type Credentials,
  ForbiddenError,
  MembershipCheck,
  NotFoundError,
  RequestContext,
  type Role,
  TooManyAttemptsError,
  UnauthenticatedError,
} from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { UserEntity } from '../users/user.entity';
import type { ResetPasswordInput, SignInInput, SignUpInput } from './auth.inputs';
import { PasswordResetEntity } from './password-reset.entity';
import { hashPassword, newSecret, sha256, verifyPassword } from './secrets';
import { TokenService } from './tokens';

/** Failures allowed before the address is blocked; after each block one attempt may try, and failing doubles the wait. */
const FREE_ATTEMPTS = 5;
const FIRST_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = 15 * 60;
const RESET_LINK_HOURS = 24;
export const API_KEY_PREFIX = 'cpk_';

export interface Authenticated {
  actor: Actor;
  /** The organisations the actor may act in, with the role in each. */
  roles: Map<string, Role>;
  expiresAt?: Date;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService implements MembershipCheck {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly history: HistoryService,
    private readonly config: AppConfig,
  ) {}

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<IssuedToken> {
    const user = await this.createUser(ctx, input);
    return this.issue(user);
  }

  /** Used by sign-up and by accepting an invitation without an account. */
  async createUser(ctx: RequestContext, input: { email: string; password: string; displayName: string }): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const repo = this.db.repo(ctx, UserEntity);
    if (await repo.existsBy({ email })) throw BadInputError.field('input.email', 'is already registered; sign in instead');
    return repo.save(
      repo.create({
        email,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password),
        tokensValidAfter: new Date(0),
      }),
    );
  }

  /**
   * Every attempt is counted before the password is checked, in one atomic statement, so a
   * burst of guesses from many replicas still meets the limit.
   */
  async signIn(ctx: RequestContext, input: SignInInput): Promise<IssuedToken> {
    const email = input.email.trim().toLowerCase();
    const keyHash = sha256(`sign-in:${email}`);
    const [attempt] = await this.db.query<{ failures: number; blocked_seconds: number | null }>(
      ctx,
      `INSERT INTO sign_in_throttle (key_hash, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key_hash) DO UPDATE SET
         failures = CASE WHEN sign_in_throttle.last_failure_at < now() - interval '1 hour' THEN 1
                         ELSE sign_in_throttle.failures + 1 END,
         last_failure_at = now()
       RETURNING failures, ceil(extract(epoch FROM (blocked_until - now())))::int AS blocked_seconds`,
      [keyHash],
    );
    if (attempt.blocked_seconds !== null && attempt.blocked_seconds > 0) throw new TooManyAttemptsError(attempt.blocked_seconds);
    const blockSeconds = Math.min(MAX_BLOCK_SECONDS, FIRST_BLOCK_SECONDS * 2 ** (attempt.failures - FREE_ATTEMPTS));
    const block = (onlyIfUnblocked: boolean) =>
      this.db.query(
        ctx,
        `UPDATE sign_in_throttle SET blocked_until = GREATEST(blocked_until, now() + make_interval(secs => $2))
          WHERE key_hash = $1 ${onlyIfUnblocked ? 'AND (blocked_until IS NULL OR blocked_until <= now())' : ''}`,
        [keyHash, blockSeconds],
      ) as unknown as Promise<[unknown[], number]>; // for UPDATE, query() answers [rows, rowCount]
    if (attempt.failures > FREE_ATTEMPTS) {
      // A block has run out: this attempt may try once, and takes the next, longer block first in case
      // it fails, so a burst of attempts across replicas still gets one try between blocks.
      const [, claimed] = await block(true);
      if (!claimed) throw new TooManyAttemptsError(blockSeconds);
    }

    const user = await this.db.repo(ctx, UserEntity).findOneBy({ email });
    // Hash even for unknown addresses so that timing does not tell which addresses exist.
    const valid = user ? await verifyPassword(input.password, user.passwordHash) : (await hashPassword(input.password), false);
    if (!user || !valid) {
      if (attempt.failures === FREE_ATTEMPTS) await block(false); // the last free failure starts the first block
      throw new UnauthenticatedError('The e-mail address or the password is wrong');
    }
    await this.db.query(ctx, `DELETE FROM sign_in_throttle WHERE key_hash = $1`, [keyHash]);
    return this.issue(user);
  }

  async issue(user: UserEntity): Promise<IssuedToken> {
    const { token, expiresAt } = await this.tokens.issue(user.id);
    return { token, expiresAt, user };
  }

  /** Turns the credentials a request presents into an actor and the roles it holds. */
  async authenticate(ctx: RequestContext, credentials: Credentials): Promise<Authenticated> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization?.trim() ?? '')?.[1];
    if (credentials.authorization && !bearer) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    const apiKey = credentials.apiKey ?? (bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined);
    if (apiKey) return this.authenticateApiKey(ctx, apiKey);
    if (!bearer) return { actor: { kind: 'anonymous' }, roles: new Map() };

    const claims = await this.tokens.verify(bearer);
    const rows = await this.db.query<{ valid_after: Date; organisation_id: string | null; role: Role | null }>(
      ctx,
      `SELECT u.tokens_valid_after AS valid_after, m.organisation_id, m.role
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
        WHERE u.id = $1`,
      [claims.userId],
    );
    if (!rows.length) throw new UnauthenticatedError('The account behind this token no longer exists');
    if (claims.issuedAt.getTime() < new Date(rows[0].valid_after).getTime()) {
      throw new UnauthenticatedError('The token was issued before the password changed; sign in again');
    }
    const roles = new Map(rows.filter((r) => r.organisation_id).map((r) => [r.organisation_id!, r.role!]));
    return { actor: { kind: 'user', userId: claims.userId }, roles, expiresAt: claims.expiresAt };
  }

  private async authenticateApiKey(ctx: RequestContext, secret: string): Promise<Authenticated> {
    const key = await this.db.repo(ctx, ApiKeyEntity).findOneBy({ secretHash: sha256(secret) });
    if (!key || key.revokedAt) throw new UnauthenticatedError('The API key is not valid or has been revoked');
    // One write a minute at most, rather than one per request.
    await this.db.query(
      ctx,
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [key.id],
    );
    return {
      actor: { kind: 'apiKey', apiKeyId: key.id, name: key.name, organisationId: key.organisationId },
      roles: new Map([[key.organisationId, key.role]]),
    };
  }

  async stillMember(credentials: Credentials, organisationId: string): Promise<boolean> {
    try {
      return (await this.authenticate(RequestContext.system(), credentials)).roles.has(organisationId);
    } catch {
      return false; // expired token, revoked key, deleted account
    }
  }

  /** An ADMIN issues a one-time reset link for a member of their organisation (e-mail comes later). */
  async issuePasswordReset(ctx: RequestContext, userId: string): Promise<{ token: string; expiresAt: Date }> {
    return this.db.transaction(ctx, async (em) => {
      const member = await em.getRepository(MembershipEntity).findOneBy({ organisationId: ctx.tenantId, userId });
      if (!member) throw new NotFoundError('Member', userId);
      // The link hands its holder the whole account, and with it the person's access everywhere:
      // only for someone whose every organisation the caller administers.
      const [elsewhere] = await em.query(
        `SELECT 1 FROM membership m
          WHERE m.user_id = $1 AND m.organisation_id <> $2
            AND NOT EXISTS (SELECT 1 FROM membership a WHERE a.organisation_id = m.organisation_id AND a.user_id = $3 AND a.role = 'ADMIN')
          LIMIT 1`,
        [userId, ctx.tenantId, ctx.userIdOrNull],
      );
      if (elsewhere) throw new ForbiddenError('This person also belongs to organisations you are not an ADMIN of; a reset link from you would give you their access there');
      const token = newSecret();
      const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3600_000);
      const reset = await em
        .getRepository(PasswordResetEntity)
        .save(em.create(PasswordResetEntity, { userId, organisationId: ctx.tenantId, tokenHash: sha256(token), expiresAt, usedAt: null }));
      await this.history.record(ctx, { type: 'PASSWORD_RESET_ISSUED', payload: { userId, passwordResetId: reset.id } });
      return { token, expiresAt };
    });
  }

  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<IssuedToken> {
    return this.db.transaction(ctx, async (em) => {
      // For UPDATE, TypeORM's query() answers [rows, rowCount], not the rows.
      const [[reset]] = await em.query(
        `UPDATE password_reset SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING id, user_id, organisation_id`,
        [sha256(input.token)],
      );
      if (!reset) throw BadInputError.field('input.token', 'is not a valid reset link: it may have been used already or expired');
      // Other links still out for this person (an older one may have leaked) end with this reset.
      await em.query(`UPDATE password_reset SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [reset.user_id]);
      const users = em.getRepository(UserEntity);
      await users.update(reset.user_id, { passwordHash: await hashPassword(input.newPassword), tokensValidAfter: new Date() });
      await this.history.record(ctx, {
        organisationId: reset.organisation_id,
        type: 'PASSWORD_RESET_USED',
        payload: { userId: reset.user_id, passwordResetId: reset.id },
      });
      return this.issue(await users.findOneByOrFail({ id: reset.user_id }));
    });
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }
}
