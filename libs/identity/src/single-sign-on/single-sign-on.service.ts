import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, BadInputError, ConflictError, ForbiddenError, type RequestContext, Role, UnauthenticatedError } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import * as client from 'openid-client';
import type { Authenticated } from '../auth/auth.service';
import { MembershipEntity } from '../memberships/membership.entity';
import { SessionsService } from '../sessions/sessions.service';
import { SecretBox } from './client-secret-box';
import { ExternalIdentityEntity } from './external-identity.entity';
import type { OidcConfiguration } from './oidc-configuration.model';
import { OidcConfigurationEntity } from './oidc-configuration.entity';
import type { UpdateOidcConfigurationInput } from './oidc-configuration.inputs';
import { OidcProviders, ProviderUnavailable } from './oidc-providers';

/** Why a sign-in with a provider was refused; the web client's sign-in page explains each in plain words. */
export type SignInRefusal =
  | 'NOT_CONFIGURED' // no organisation by that name uses single sign-on
  | 'PROVIDER_UNAVAILABLE' // the provider could not be reached
  | 'EXPIRED' // the sign-in took too long, or was started in another browser
  | 'CANCELLED' // the person (or the provider) said no at the provider
  | 'FAILED' // the provider's answer did not check
  | 'NO_ROLE' // none of the person's claim values gives a role here
  | 'NOT_A_MEMBER' // not a member, and the organisation does not add people at their first sign-in
  | 'NO_EMAIL' // the provider gave no e-mail address for a new account
  | 'ACCOUNT_EXISTS' // an account already uses the address: sign in with its password once, then with the organisation
  | 'IDENTITY_TAKEN'; // the provider's identity is bound to another coprod account

export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInRefusal,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

/** The roles from the most to the least powerful: a person with several mapped values gets the first. */
const ROLE_ORDER: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.CONSULTANT, Role.CONTRIBUTOR, Role.VIEWER];

/** A sign-in on its way through the provider, sealed into a short-lived cookie. */
interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  organisationId: string;
  /** Until when (ms since the epoch). */
  until: number;
}

const PENDING_MINUTES = 10;
/** The password hash of an account made by single sign-on: no password is ever equal to it. */
export const NO_PASSWORD = 'single-sign-on';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The role `claim` gives under `mapping`: the most powerful of its values that are mapped, or null. */
export function mappedRole(claim: unknown, mapping: readonly { claimValue: string; role: Role }[]): Role | null {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const roles = new Set(mapping.filter((row) => values.includes(row.claimValue)).map((row) => row.role));
  return ROLE_ORDER.find((role) => roles.has(role)) ?? null;
}

/**
 * Single sign-on with each organisation's OpenID Connect provider: its settings (an ADMIN's),
 * the browser's sign-in through the authorisation-code flow with PKCE, ending in the same cookie
 * session as a password's, and bearer tokens the provider issued, accepted by the API. People
 * are bound by the provider's issuer and subject, never by e-mail; a provider reaches only the
 * organisations whose settings name it (its issuer, and its audience or client id for tokens).
 */
@Injectable()
export class SingleSignOnService {
  private readonly log = new Logger('SingleSignOn');
  private readonly secrets: SecretBox;
  private readonly pending: SecretBox;

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly history: HistoryService,
    private readonly sessions: SessionsService,
    private readonly providers: OidcProviders,
  ) {
    this.secrets = new SecretBox(config.jwtSecret, 'oidc client secret');
    this.pending = new SecretBox(config.jwtSecret, 'oidc sign-in state');
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  // ——— The ADMIN's settings ———

  async configuration(ctx: RequestContext): Promise<OidcConfiguration | null> {
    const row = await this.db.tenant(ctx, OidcConfigurationEntity).findOneBy({});
    return row ? this.toModel(row) : null;
  }

  private toModel(row: OidcConfigurationEntity): OidcConfiguration {
    return {
      id: row.id,
      enabled: row.enabled,
      slug: row.slug,
      issuer: row.issuer,
      clientId: row.clientId,
      clientSecretSet: row.clientSecretSealed !== null,
      audience: row.audience,
      roleClaim: row.roleClaim,
      roleMapping: row.roleMapping,
      createMembersOnFirstSignIn: row.createMembersOnFirstSignIn,
      passwordSignInAllowed: row.passwordSignInAllowed,
      redirectUri: this.redirectUri,
      signInUrl: `${this.config.publicUrl}/auth/oidc/${row.slug}/start`,
      version: row.version,
      updatedAt: row.updatedAt,
    };
  }

  /**
   * Sets the organisation's single sign-on. The issuer must lead to an address this server may
   * reach (public, or allowed by OIDC_ALLOWED_DESTINATIONS). When it is on, the provider is asked for its
   * discovery document first (outside any transaction), so a wrong issuer is refused at its
   * field rather than at someone's sign-in. Turning passwords off takes a person who is signed in
   * through this provider right now: whoever does it has shown the way in still works.
   */
  async update(ctx: RequestContext, input: UpdateOidcConfigurationInput): Promise<OidcConfiguration> {
    // A person, never an API key: this decides who can get in.
    if (ctx.actor.kind !== 'user') throw new ForbiddenError('Single sign-on is set by a signed-in ADMIN, not with an API key');
    const issuer = input.issuer.trim();
    const problems: { field: string; message: string }[] = [];
    // Its form first, then where it leads: an address inside the network only when OIDC_ALLOWED_DESTINATIONS allows it.
    const issuerProblem = this.providers.issuerProblem(issuer) ?? (await this.providers.destinationProblem(issuer));
    if (issuerProblem) problems.push({ field: 'input.issuer', message: issuerProblem });
    const seen = new Set<string>();
    input.roleMapping.forEach((row, i) => {
      if (seen.has(row.claimValue)) problems.push({ field: `input.roleMapping[${i}].claimValue`, message: 'is listed twice' });
      seen.add(row.claimValue);
    });
    if (input.enabled && !input.roleMapping.length)
      problems.push({ field: 'input.roleMapping', message: 'must give a role to at least one claim value, or nobody could sign in' });
    if (!input.passwordSignInAllowed && !input.enabled)
      problems.push({
        field: 'input.passwordSignInAllowed',
        message: 'can be turned off only while single sign-on is on, or nobody could sign in',
      });
    if (problems.length) throw new BadInputError(problems);

    const existing = await this.db.tenant(ctx, OidcConfigurationEntity).findOneBy({});
    const secret = input.clientSecret ?? (existing?.clientSecretSealed ? this.secrets.open(existing.clientSecretSealed) : null);
    if (existing?.clientSecretSealed && !input.clientSecret && secret === null)
      throw BadInputError.field('input.clientSecret', 'must be entered again: the stored one can no longer be read (JWT_SECRET changed)');
    if (input.enabled) {
      try {
        const provider = await this.providers.client({ issuer, clientId: input.clientId, clientSecret: secret });
        if (provider.serverMetadata().issuer !== issuer)
          throw BadInputError.field(
            'input.issuer',
            `must be written exactly as the provider names itself: ${provider.serverMetadata().issuer}`,
          );
      } catch (error) {
        if (error instanceof ProviderUnavailable)
          throw BadInputError.field('input.issuer', error.message.replace(/^The /, 'is wrong or unreachable: the '));
        throw error;
      }
    }
    if (!input.passwordSignInAllowed && (existing?.passwordSignInAllowed ?? true)) {
      const signedInHere =
        ctx.actor.kind === 'user' && ctx.actor.sessionId ? await this.sessions.signedInBy(ctx, ctx.actor.sessionId) : null;
      if (signedInHere !== ctx.tenantId)
        throw BadInputError.field(
          'input.passwordSignInAllowed',
          'can be turned off only by someone signed in with the organisation right now: sign out, choose "Sign in with your organisation", and try again',
        );
    }

    const values = {
      enabled: input.enabled,
      slug: input.slug,
      issuer,
      clientId: input.clientId,
      clientSecretSealed: input.clientSecret ? this.secrets.seal(input.clientSecret) : (existing?.clientSecretSealed ?? null),
      audience: input.audience?.trim() || null,
      roleClaim: input.roleClaim,
      roleMapping: input.roleMapping.map((row) => ({ claimValue: row.claimValue, role: row.role })),
      createMembersOnFirstSignIn: input.createMembersOnFirstSignIn,
      passwordSignInAllowed: input.passwordSignInAllowed,
    };
    return this.db.transaction(ctx, async (em) => {
      const slugTaken = await this.db.query<{ organisation_id: string }>(
        ctx.across('SINGLE_SIGN_ON'),
        `SELECT organisation_id FROM oidc_configuration WHERE slug = $1 AND organisation_id <> $2`,
        [input.slug, ctx.tenantId],
      );
      if (slugTaken.length) throw BadInputError.field('input.slug', 'is taken by another organisation; choose another');
      let saved: OidcConfigurationEntity;
      let fields: string[];
      if (!existing) {
        if (input.version) throw new ConflictError('Single sign-on', 0, 'Single sign-on was removed meanwhile; reload and try again');
        const repo = this.db.tenant(ctx, OidcConfigurationEntity);
        saved = await repo.save(repo.create(values));
        fields = Object.keys(values).filter((field) => field !== 'clientSecretSealed');
      } else {
        if (!input.version) throw new ConflictError('Single sign-on', existing.version);
        fields = (Object.keys(values) as Array<keyof typeof values>).filter(
          (field) => field !== 'clientSecretSealed' && JSON.stringify(values[field]) !== JSON.stringify(existing[field]),
        );
        saved = await updateVersioned(
          em,
          OidcConfigurationEntity,
          'Single sign-on',
          { id: existing.id, version: input.version, organisationId: ctx.tenantId },
          values,
        );
      }
      await this.history.record(ctx, {
        type: 'SINGLE_SIGN_ON_CONFIGURED',
        payload: {
          fields,
          clientSecretChanged: Boolean(input.clientSecret),
          enabled: saved.enabled,
          passwordSignInAllowed: saved.passwordSignInAllowed,
        },
      });
      return this.toModel(saved);
    });
  }

  // ——— The browser's sign-in ———

  /** The settings of the organisation `slugOrId` names, when it signs people in with a provider. */
  private async enabledBy(ctx: RequestContext, slugOrId: string): Promise<OidcConfigurationEntity | null> {
    const repo = this.db.repo(ctx.across('SINGLE_SIGN_ON'), OidcConfigurationEntity);
    const row = UUID.test(slugOrId)
      ? await repo.findOneBy({ organisationId: slugOrId })
      : await repo.findOneBy({ slug: slugOrId.toLowerCase() });
    return row?.enabled ? row : null;
  }

  private providerOf(row: OidcConfigurationEntity): Promise<client.Configuration> {
    const secret = row.clientSecretSealed ? this.secrets.open(row.clientSecretSealed) : null;
    if (row.clientSecretSealed && secret === null) {
      this.log.error(
        `The client secret of organisation ${row.organisationId} cannot be read (JWT_SECRET changed): an ADMIN must enter it again`,
      );
      throw new SignInRefused('PROVIDER_UNAVAILABLE');
    }
    return this.providers.client({ issuer: row.issuer, clientId: row.clientId, clientSecret: secret });
  }

  /** Where to send the browser to sign in with the organisation's provider, and the sealed state for its cookie. */
  async start(ctx: RequestContext, slugOrId: string): Promise<{ url: string; pending: string; maxAgeSeconds: number }> {
    const row = /^[\w-]{1,63}$/.test(slugOrId) || UUID.test(slugOrId) ? await this.enabledBy(ctx, slugOrId) : null;
    if (!row) throw new SignInRefused('NOT_CONFIGURED');
    let provider: client.Configuration;
    try {
      provider = await this.providerOf(row);
    } catch (error) {
      if (error instanceof SignInRefused) throw error;
      throw new SignInRefused('PROVIDER_UNAVAILABLE', (error as Error).message);
    }
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      organisationId: row.organisationId,
      until: Date.now() + PENDING_MINUTES * 60_000,
    };
    const scope = ['openid', 'email', 'profile', ...(row.roleClaim === 'groups' ? ['groups'] : [])]
      .filter((s) => s === 'openid' || (provider.serverMetadata().scopes_supported ?? ['email', 'profile']).includes(s))
      .join(' ');
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending: this.pending.seal(JSON.stringify(pending)), maxAgeSeconds: PENDING_MINUTES * 60 };
  }

  /**
   * The provider sent the browser back: exchange the code (with the PKCE verifier, state and
   * nonce from the sealed cookie), check the ID token against the provider's keys, find or make
   * the person and their membership, and start their cookie session, marked as signed in by this
   * organisation's provider. `sessionCookie`: the browser's current session, if any — a person
   * signed in with a password binds the provider's identity to their account this way.
   */
  async finish(
    ctx: RequestContext,
    callbackUrl: URL,
    sealedPending: string | undefined,
    sessionCookie: string | undefined,
  ): Promise<{ organisationId: string; secret: string; expiresAt: Date }> {
    const opened = sealedPending ? this.pending.open(sealedPending) : null;
    const pending = opened ? (JSON.parse(opened) as PendingSignIn) : null;
    if (!pending || pending.until < Date.now() || callbackUrl.searchParams.get('state') !== pending.state)
      throw new SignInRefused('EXPIRED');
    const error = callbackUrl.searchParams.get('error');
    if (error) throw new SignInRefused(error === 'access_denied' ? 'CANCELLED' : 'FAILED', `The provider answered ${error}`);
    const there = ctx.within(pending.organisationId);
    const row = await this.db.tenant(there, OidcConfigurationEntity).findOneBy({});
    if (!row?.enabled) throw new SignInRefused('NOT_CONFIGURED');

    let claims: Record<string, unknown>;
    try {
      const provider = await this.providerOf(row);
      const tokens = await client.authorizationCodeGrant(
        provider,
        callbackUrl,
        { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true },
        undefined,
        { redirectUri: this.redirectUri } as client.AuthorizationCodeGrantOptions,
      );
      // openid-client checked the ID token's claims; its signature is checked here, against the provider's keys.
      claims = { ...(await this.providers.verify(tokens.id_token!, provider, [row.clientId])) };
      if (claims[row.roleClaim] === undefined || !claims.email) {
        const info = await client.fetchUserInfo(provider, tokens.access_token, String(claims.sub)).catch(() => ({}));
        claims = { ...info, ...claims, [row.roleClaim]: claims[row.roleClaim] ?? (info as Record<string, unknown>)[row.roleClaim] };
      }
    } catch (failure) {
      if (failure instanceof SignInRefused) throw failure;
      if (failure instanceof ProviderUnavailable) throw new SignInRefused('PROVIDER_UNAVAILABLE', failure.message);
      this.log.warn(`A sign-in with ${row.issuer} failed: ${(failure as Error).message}`);
      throw new SignInRefused('FAILED', (failure as Error).message);
    }
    const role = mappedRole(claims[row.roleClaim], row.roleMapping);
    if (!role) throw new SignInRefused('NO_ROLE');

    const signedInAs = sessionCookie ? await this.sessions.authenticateCookie(ctx, sessionCookie, false).catch(() => null) : null;
    const userId = await this.db.transaction(there, () => this.bind(there, row, claims, role, signedInAs?.userId ?? null));
    if (sessionCookie) await this.sessions.endByCookie(ctx, sessionCookie);
    const { secret, expiresAt } = await this.sessions.startCookie(ctx, userId, { signedInBy: row.organisationId });
    return { organisationId: row.organisationId, secret, expiresAt };
  }

  /** The person the provider's identity is, made a member when the organisation allows it; in the organisation's transaction. */
  private async bind(
    ctx: RequestContext,
    row: OidcConfigurationEntity,
    claims: Record<string, unknown>,
    role: Role,
    signedInAs: string | null,
  ): Promise<string> {
    const subject = String(claims.sub);
    const identities = this.db.tenant(ctx, ExternalIdentityEntity);
    const bound = await identities.findOneBy({ issuer: row.issuer, subject });
    let userId = bound?.userId ?? null;
    if (userId && signedInAs && userId !== signedInAs) throw new SignInRefused('IDENTITY_TAKEN');
    if (!userId) {
      // The same issuer and subject may already be bound in another organisation that trusts this provider: the same person.
      const elsewhere = await this.db.query<{ user_id: string }>(
        ctx.across('SINGLE_SIGN_ON'),
        `SELECT DISTINCT user_id FROM external_identity WHERE issuer = $1 AND subject = $2`,
        [row.issuer, subject],
      );
      if (elsewhere.length > 1 || (elsewhere[0] && signedInAs && elsewhere[0].user_id !== signedInAs))
        throw new SignInRefused('IDENTITY_TAKEN');
      userId = elsewhere[0]?.user_id ?? signedInAs ?? (await this.newAccount(ctx, row, claims));
    }
    ctx.actor = { kind: 'user', userId };
    const memberships = this.db.tenant(ctx, MembershipEntity);
    if (!(await memberships.existsBy({ userId }))) {
      if (!row.createMembersOnFirstSignIn) throw new SignInRefused('NOT_A_MEMBER');
      const membership = await memberships.save(memberships.create({ userId, role }));
      await this.history.record(ctx, { type: 'MEMBER_ADDED', payload: { membershipId: membership.id, userId, role } });
    }
    if (bound) {
      await identities.update({ id: bound.id }, { lastSignedInAt: new Date() });
    } else {
      const identity = await identities.save(identities.create({ issuer: row.issuer, subject, userId, lastSignedInAt: new Date() }));
      await this.history.record(ctx, {
        type: 'EXTERNAL_IDENTITY_LINKED',
        payload: { externalIdentityId: identity.id, userId, linkedToSignedInAccount: signedInAs !== null },
      });
    }
    return userId;
  }

  /** A new account for someone the provider vouches for, never one that takes over an address already in use. */
  private async newAccount(ctx: RequestContext, row: OidcConfigurationEntity, claims: Record<string, unknown>): Promise<string> {
    if (!row.createMembersOnFirstSignIn) throw new SignInRefused('NOT_A_MEMBER');
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || email.length > 320 || claims.email_verified === false) throw new SignInRefused('NO_EMAIL');
    const name = [claims.name, claims.preferred_username, email].find((v) => typeof v === 'string' && v.trim()) as string;
    const [created] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO app_user (email, display_name, password_hash, tokens_valid_after) VALUES ($1, $2, $3, 'epoch')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, name.trim().slice(0, 200), NO_PASSWORD],
    );
    if (!created) throw new SignInRefused('ACCOUNT_EXISTS');
    return created.id;
  }

  // ——— Bearer tokens from providers ———

  /**
   * The person a provider's token (access or ID token, a JWT) names, with their roles in the
   * organisations whose settings the token matches (its issuer, and its audience or client id)
   * and where that identity is bound; no other organisation, whatever the person's memberships.
   */
  async authenticateBearer(ctx: RequestContext, token: string, issuer: string): Promise<Authenticated> {
    const rows = await this.db.repo(ctx.across('SINGLE_SIGN_ON'), OidcConfigurationEntity).findBy({ issuer, enabled: true });
    if (!rows.length) throw new UnauthenticatedError('No organisation here accepts tokens from this issuer');
    const audiences = (row: OidcConfigurationEntity) => [row.clientId, ...(row.audience ? [row.audience] : [])];
    let claims: Awaited<ReturnType<OidcProviders['verify']>>;
    let keyStillPublished: () => boolean;
    try {
      const provider = await this.providerOf(rows[0]);
      claims = await this.providers.verify(token, provider, [...new Set(rows.flatMap(audiences))]);
      keyStillPublished = this.providers.keyCheck(token, provider);
    } catch (error) {
      throw new UnauthenticatedError(`${OidcProviders.explain(error)}; get a new token from your organisation's sign-in service`);
    }
    const tokenAudiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const trusting = rows.filter((row) => audiences(row).some((aud) => tokenAudiences.includes(aud))).map((row) => row.organisationId);
    const identities = await this.db.query<{ organisation_id: string; user_id: string }>(
      ctx.across('SINGLE_SIGN_ON'),
      `SELECT organisation_id, user_id FROM external_identity WHERE issuer = $1 AND subject = $2 AND organisation_id = ANY($3::uuid[])`,
      [issuer, claims.sub, trusting],
    );
    const people = new Set(identities.map((r) => r.user_id));
    if (people.size !== 1)
      throw new UnauthenticatedError(
        people.size
          ? 'This identity is bound to more than one account'
          : 'Sign in once through the web client with your organisation before using its tokens',
      );
    const [userId] = people;
    const memberships = await this.db.query<{ organisation_id: string; role: Role }>(
      ctx.across('AUTHENTICATE'),
      `SELECT organisation_id, role FROM membership WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
      [userId, identities.map((r) => r.organisation_id)],
    );
    return {
      actor: { kind: 'user', userId },
      roles: new Map(memberships.map((m) => [m.organisation_id, m.role])),
      expiresAt: new Date(claims.exp! * 1000),
      stillValid: keyStillPublished,
    };
  }
}
