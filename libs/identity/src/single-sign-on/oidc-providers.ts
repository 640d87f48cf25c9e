import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/common';
import { DestinationPolicy, DestinationRefusedError, destinationRefusal, HostResolver, OutboundGuard } from '@app/http';
import { createRemoteJWKSet, customFetch as jwksFetch, decodeJwt, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';
import * as client from 'openid-client';

/**
 * The signature algorithms coprod accepts from a provider: public-key ones only. HS256 and its
 * kind (a secret shared with the client, which any holder of it could sign with) and `none`
 * are never accepted, whatever a token's header says.
 */
export const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** What a provider client is made from: one organisation's settings. */
export interface ProviderClient {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
}

/** A provider could not be reached or answered something unusable: the reason, for the log and the ADMIN. */
export class ProviderUnavailable extends Error {}

/**
 * The issuer of a bearer token that is an identity provider's rather than coprod's own: a JWT whose issuer
 * is an http(s) URL. coprod's own tokens say `iss: "coprod"` (not a URL) and API keys are no JWT,
 * so the three never overlap; which of them a token is decides how it is checked, and a token
 * checked one way never passes the other (coprod's are HS256, which providers' never may be).
 */
export function providerTokenIssuer(token: string): string | null {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' && /^https?:\/\//i.test(iss) ? iss : null;
  } catch {
    return null;
  }
}

/**
 * The providers coprod talks to, through `openid-client` (discovery, the authorisation-code flow
 * with PKCE, the user-info endpoint) and `jose` (tokens against each provider's published keys).
 * Discovery is cached per client and keys per key set; a token naming a key not seen yet fetches
 * the set again (at most once per OIDC_JWKS_COOLDOWN_SECONDS), so a provider's key rotation is
 * followed without a restart. Plain http only under OIDC_ALLOW_INSECURE_HTTP (never in production).
 *
 * Every request to a provider (discovery, keys, the code exchange, user info) goes through one
 * guarded fetch (libs/http's OutboundGuard): a provider is reached only at public addresses, or
 * at those OIDC_ALLOWED_DESTINATIONS names, checked as each connection opens, so neither an
 * ADMIN's issuer nor an address a discovery document names reaches inside the network.
 */
@Injectable()
export class OidcProviders implements OnModuleDestroy {
  private readonly log = new Logger('SingleSignOn');
  private readonly clients = new Map<string, Promise<client.Configuration>>();
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  private readonly guard: OutboundGuard;

  constructor(private readonly config: AppConfig) {
    // Providers are looked up with the system's resolver; WEBHOOK_DNS_SERVERS is webhooks' own.
    const policy = new DestinationPolicy(config.oidc.allowedDestinations, 'OIDC_ALLOWED_DESTINATIONS');
    this.guard = new OutboundGuard(policy, new HostResolver(), { connectTimeoutMs: config.oidc.timeoutSeconds * 1000 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.guard.close();
  }

  /** Why an issuer URL cannot be used, in plain words; null when it can. */
  issuerProblem(issuer: string): string | null {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      return 'must be the address of your identity provider, e.g. https://login.example.org/realms/staff';
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.config.oidc.allowInsecureHttp))
      return 'must start with https:// (a provider reached over plain http could be impersonated)';
    if (url.search || url.hash || url.username || url.password) return 'must be the bare address, without ?query, #fragment or user name';
    return null;
  }

  /**
   * Why the issuer's host may not be reached from this server, in plain words (a private, loopback
   * or cloud metadata address not allowed by OIDC_ALLOWED_DESTINATIONS); null when it may, or when
   * it does not resolve (discovery then says the provider could not be reached). Asks DNS only.
   */
  async destinationProblem(issuer: string): Promise<string | null> {
    try {
      await this.guard.checkHost(new URL(issuer).hostname);
      return null;
    } catch (error) {
      if (error instanceof DestinationRefusedError) return `may not be reached from this server: ${error.message}`;
      return null;
    }
  }

  /** The provider's client for these settings, discovered once and kept while the settings stay the same. */
  client(settings: ProviderClient): Promise<client.Configuration> {
    const key = [
      settings.issuer,
      settings.clientId,
      createHash('sha256')
        .update(settings.clientSecret ?? '')
        .digest('hex'),
    ].join('\n');
    let found = this.clients.get(key);
    if (!found) {
      found = this.discover(settings);
      this.clients.set(key, found);
      // A failure is not kept: the provider may be back on the next attempt.
      found.catch(() => this.clients.delete(key));
    }
    return found;
  }

  private async discover(settings: ProviderClient): Promise<client.Configuration> {
    const problem = this.issuerProblem(settings.issuer);
    if (problem) throw new ProviderUnavailable(`The issuer ${problem}`);
    try {
      const found = await client.discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ?? undefined,
        settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
        {
          timeout: this.config.oidc.timeoutSeconds,
          // Kept by the Configuration, so the code exchange and user info go the same way.
          [client.customFetch]: this.guard.fetch,
          ...(this.config.oidc.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : {}),
        },
      );
      if (!found.serverMetadata().jwks_uri) throw new ProviderUnavailable('The provider publishes no keys (jwks_uri)');
      return found;
    } catch (error) {
      if (error instanceof ProviderUnavailable) throw error;
      const refused = destinationRefusal(error);
      if (refused)
        throw new ProviderUnavailable(`The provider at ${settings.issuer} may not be reached from this server: ${refused.message}`);
      this.log.warn(`Discovery of ${settings.issuer} failed: ${(error as Error).message}`);
      throw new ProviderUnavailable(
        `The provider at ${settings.issuer} could not be reached, or its discovery document (/.well-known/openid-configuration) does not name this issuer`,
      );
    }
  }

  /**
   * A token's claims once its signature checks against the provider's published keys with an
   * accepted algorithm, and its issuer, audience (one of `audiences`) and expiry are right.
   * Throws jose's error otherwise.
   */
  async verify(token: string, provider: client.Configuration, audiences: string[]): Promise<JWTPayload> {
    const metadata = provider.serverMetadata();
    const { payload } = await jwtVerify(token, this.keySet(metadata.jwks_uri!), {
      issuer: metadata.issuer,
      audience: audiences,
      algorithms: ACCEPTED_ALGORITHMS,
      requiredClaims: ['sub', 'exp', 'iat'],
      clockTolerance: 30,
    });
    return payload;
  }

  /**
   * For a token `verify` accepted: whether the key that signed it is still among the provider's
   * keys as this process holds them. The key set is fetched again when a token names a key not
   * seen yet, and a provider's rotation drops old keys from it; a token whose key went then is
   * refused by `verify`, and what remembers having accepted it (the access cache) asks this.
   * A token naming no key counts only while the key set is the one it was checked against.
   */
  keyCheck(token: string, provider: client.Configuration): () => boolean {
    const keys = this.keySet(provider.serverMetadata().jwks_uri!);
    const checkedAgainst = keys.jwks();
    const { kid } = decodeProtectedHeader(token);
    return () => {
      const now = keys.jwks();
      return now === checkedAgainst || (kid !== undefined && !!now?.keys.some((k) => k.kid === kid));
    };
  }

  private keySet(uri: string): ReturnType<typeof createRemoteJWKSet> {
    let keys = this.keySets.get(uri);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(uri), {
        cooldownDuration: this.config.oidc.jwksCooldownSeconds * 1000,
        timeoutDuration: this.config.oidc.timeoutSeconds * 1000,
        [jwksFetch]: this.guard.fetch,
      });
      this.keySets.set(uri, keys);
    }
    return keys;
  }

  /** A verification failure in plain words. */
  static explain(error: unknown): string {
    if (error instanceof errors.JWTExpired) return 'The token has expired';
    if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not one this organisation accepts`;
    if (error instanceof errors.JOSEAlgNotAllowed) return "The token's signature algorithm is not accepted";
    if (error instanceof errors.JWKSNoMatchingKey) return "The token was not signed with any of the provider's keys";
    if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature does not check";
    if (error instanceof ProviderUnavailable) return error.message;
    return 'The token is not valid';
  }
}
