import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@app/common';
import { destinationRefusal } from '@app/http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as client from 'openid-client';
import { OidcProviders, ProviderUnavailable } from './oidc-providers';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/**
 * A bare provider over plain HTTP: a discovery document per issuer path, whose token, user-info
 * and key endpoints lie at `endpoints(path)`, and those endpoints; every request is recorded.
 */
class BareProvider {
  readonly requests: string[] = [];
  base = '';
  private readonly server: Server;

  constructor(
    private readonly endpoints: (issuerPath: string) => string,
    private readonly publicJwk: () => Promise<object>,
  ) {
    this.server = createServer((req, res) => void this.answer(req, res));
  }

  async listen(host: string): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.base = `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '';
    this.requests.push(`${req.method} ${path}`);
    req.resume();
    const json = (body: object): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const discovery = /^(\/[a-z]+)\/\.well-known\/openid-configuration$/.exec(path);
    if (discovery) {
      const at = this.endpoints(discovery[1]);
      return json({
        issuer: `${this.base}${discovery[1]}`,
        authorization_endpoint: `${at}/authorize`,
        token_endpoint: `${at}/token`,
        userinfo_endpoint: `${at}/userinfo`,
        jwks_uri: `${at}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (path === '/token') return json({ access_token: 'an access token', token_type: 'Bearer', expires_in: 60 });
    if (path === '/userinfo') return json({ sub: 'pat', email: 'pat@example.org' });
    if (path === '/jwks') return json({ keys: [await this.publicJwk()] });
    res.writeHead(404).end();
  }
}

describe('OidcProviders: every request to a provider goes through the destination guard', () => {
  let key: Key;
  let publicJwk: object;
  // The provider on 127.0.0.1, which OIDC_ALLOWED_DESTINATIONS allows; 127.0.0.2 (loopback, not allowed) serves the same endpoints.
  const inside = new BareProvider(
    () => '',
    async () => publicJwk,
  );
  const provider: BareProvider = new BareProvider(
    (path): string => (path === '/inward' ? inside.base : provider.base),
    async () => publicJwk,
  );
  const providers = new OidcProviders(
    loadConfig({
      COPROD_DATA_DIR: 'memory://',
      OIDC_ALLOW_INSECURE_HTTP: 'true',
      OIDC_ALLOWED_DESTINATIONS: '127.0.0.1/32',
      OIDC_TIMEOUT_SECONDS: '5',
    }),
  );
  const settings = (path: string) => ({ issuer: `${provider.base}${path}`, clientId: 'coprod', clientSecret: 'a secret' });
  const token = (issuer: string) =>
    new SignJWT({ sub: 'pat', aud: 'coprod' })
      .setProtectedHeader({ alg: 'RS256', kid: 'one' })
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'one', alg: 'RS256', use: 'sig' };
    await provider.listen('127.0.0.1');
    await inside.listen('127.0.0.2');
  });
  afterAll(async () => {
    await providers.onModuleDestroy();
    await Promise.all([provider.close(), inside.close()]);
  });

  it('reaches an allowed provider for discovery, keys, the token endpoint and user info (the control)', async () => {
    const found = await providers.client(settings('/outward'));
    expect(found.serverMetadata().issuer).toBe(`${provider.base}/outward`);
    expect((await providers.verify(await token(`${provider.base}/outward`), found, ['coprod'])).sub).toBe('pat');
    expect((await client.clientCredentialsGrant(found)).access_token).toBe('an access token');
    expect(await client.fetchUserInfo(found, 'an access token', client.skipSubjectCheck)).toMatchObject({ sub: 'pat' });
    expect(provider.requests).toEqual(['GET /outward/.well-known/openid-configuration', 'GET /jwks', 'POST /token', 'GET /userinfo']);
  });

  it('never follows a discovery document to keys, a token endpoint or user info at an address not allowed', async () => {
    const found = await providers.client(settings('/inward'));
    expect(found.serverMetadata().jwks_uri).toBe(`${inside.base}/jwks`);
    const refusals = await Promise.all(
      [
        providers.verify(await token(`${provider.base}/inward`), found, ['coprod']),
        client.clientCredentialsGrant(found),
        client.fetchUserInfo(found, 'an access token', client.skipSubjectCheck),
      ].map((request) =>
        request.then(
          () => null,
          (error: unknown) => destinationRefusal(error)?.message,
        ),
      ),
    );
    expect(refusals).toEqual(Array(3).fill(expect.stringMatching(/^127\.0\.0\.2 is a loopback address .* OIDC_ALLOWED_DESTINATIONS$/)));
    expect(inside.requests).toEqual([]);
  });

  it('tells what remembers an accepted token when the provider has rotated its key away', async () => {
    const rotating = new OidcProviders(
      loadConfig({
        COPROD_DATA_DIR: 'memory://',
        OIDC_ALLOW_INSECURE_HTTP: 'true',
        OIDC_ALLOWED_DESTINATIONS: '127.0.0.1/32',
        OIDC_JWKS_COOLDOWN_SECONDS: '0',
      }),
    );
    const published = publicJwk;
    try {
      const found = await rotating.client(settings('/outward'));
      const first = await token(`${provider.base}/outward`);
      await rotating.verify(first, found, ['coprod']);
      const firstHolds = rotating.keyCheck(first, found);
      expect(firstHolds()).toBe(true);

      // The provider replaces key one by key two; the first token naming two makes coprod fetch the keys again.
      const next = await generateKeyPair('RS256');
      publicJwk = { ...(await exportJWK(next.publicKey)), kid: 'two', alg: 'RS256', use: 'sig' };
      const second = await new SignJWT({ sub: 'pat', aud: 'coprod' })
        .setProtectedHeader({ alg: 'RS256', kid: 'two' })
        .setIssuer(`${provider.base}/outward`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(next.privateKey);
      await rotating.verify(second, found, ['coprod']);
      expect(firstHolds()).toBe(false);
      expect(rotating.keyCheck(second, found)()).toBe(true);
      await expect(rotating.verify(first, found, ['coprod'])).rejects.toBeInstanceOf(Error);
    } finally {
      publicJwk = published;
      await rotating.onModuleDestroy();
    }
  });

  it('refuses an issuer at an address not allowed, saying why, before anything is fetched', async () => {
    const refused = await providers
      .client({ issuer: `${inside.base}/any`, clientId: 'coprod', clientSecret: null })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderUnavailable);
    expect((refused as Error).message).toBe(
      `The provider at ${inside.base}/any may not be reached from this server: 127.0.0.2 is a loopback address (this server itself); an administrator can allow it with OIDC_ALLOWED_DESTINATIONS`,
    );
    expect(inside.requests).toEqual([]);

    expect(await providers.destinationProblem(`${inside.base}/any`)).toBe(
      'may not be reached from this server: 127.0.0.2 is a loopback address (this server itself); an administrator can allow it with OIDC_ALLOWED_DESTINATIONS',
    );
    expect(await providers.destinationProblem('http://169.254.169.254/latest')).toContain(
      '169.254.169.254 is a cloud metadata service (it hands out the server’s credentials); only naming this exact address in OIDC_ALLOWED_DESTINATIONS would allow it',
    );
    expect(await providers.destinationProblem('https://10.0.0.7/realms/staff')).toContain('10.0.0.7 is a private address');
    expect(await providers.destinationProblem('https://[fd00::7]/realms/staff')).toContain('unique local');
    expect(await providers.destinationProblem(`${provider.base}/outward`)).toBeNull();
    // A name that does not resolve is left to discovery, which says the provider could not be reached.
    expect(await providers.destinationProblem('https://login.invalid/')).toBeNull();
  });
});
