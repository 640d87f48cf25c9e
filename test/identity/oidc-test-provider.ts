import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** A person the test provider knows: their claims, by account id (what they type at its login form). */
export interface ProviderAccount {
  email: string;
  name: string;
  groups: string[];
}

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/** The part of oidc-provider's Provider the tests use (the package ships no types). */
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** A signing key with its private half, as the provider publishes the public half. */
export interface TestKey {
  kid: string;
  privateJwk: JWK;
  privateKey: PrivateKey;
}

export async function newKey(kid: string): Promise<TestKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}

/**
 * A real OpenID provider for the tests (`oidc-provider`, its development login and consent
 * pages), on 127.0.0.1 over plain http: the app under test is started with
 * OIDC_ALLOW_INSECURE_HTTP. `rotate` swaps in a provider publishing a new signing key first, as
 * a provider rotating its keys does (sessions and grants live on: the memory adapter is shared).
 */
export class TestProvider {
  issuer = '';
  keys: TestKey[] = [];
  private server: Server | null = null;
  private handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;

  constructor(
    private readonly client: { clientId: string; clientSecret: string; redirectUris: string[] },
    readonly accounts: Record<string, ProviderAccount>,
    /** The resource (audience) its JWT access tokens are for. */
    readonly audience: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      // Where the test's own authorisation requests come back: the test reads the code from the URL.
      if (req.url?.startsWith('/test-callback')) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('code received');
        return;
      }
      this.handler!(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    await this.rotate();
  }

  get testCallback(): string {
    return `${this.issuer}/test-callback`;
  }

  /** Publishes a new signing key, first in the set (the one it signs with); the older ones stay published. */
  async rotate(): Promise<TestKey> {
    const key = await newKey(`key-${this.keys.length + 1}`);
    this.keys.unshift(key);
    // ESM only, and untyped: loaded by name.
    const packageName = 'oidc-provider';
    const { default: Provider } = (await import(packageName)) as { default: new (issuer: string, config: unknown) => OidcProvider };
    const accounts = this.accounts;
    const audience = this.audience;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: this.client.clientId,
          client_secret: this.client.clientSecret,
          redirect_uris: [...this.client.redirectUris, this.testCallback],
          token_endpoint_auth_method: 'client_secret_post',
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: this.keys.map((k) => k.privateJwk) },
      cookies: { keys: ['a cookie key for the test provider'] },
      scopes: ['openid', 'email', 'profile', 'groups', 'api'],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
      async findAccount(_ctx: unknown, id: string) {
        const account = accounts[id];
        if (!account) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...account, email_verified: true }) };
      },
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) => oneOf?.[0],
          useGrantedResource: async () => true,
          getResourceServerInfo: async (_ctx: unknown, resource: string) => {
            if (resource !== audience) throw new Error(`unknown resource ${resource}`);
            return { scope: 'api openid', audience, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
          },
        },
      },
      pkce: { required: () => true },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    });
    provider.on('server_error', (_ctx, error) => console.error('test provider:', error));
    this.handler = provider.callback();
    return key;
  }

  /** A token as this provider would sign it, but with `key` (its own, or one it never published) and any claims. */
  async sign(claims: Record<string, unknown>, key: TestKey = this.keys[0]): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: this.issuer, iat: now, exp: now + 600, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
