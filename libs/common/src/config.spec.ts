import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  const memory = { COPROD_DATA_DIR: 'memory://' };

  it('has defaults for a first start on the embedded database', () => {
    const config = loadConfig(memory);
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      logLevel: 'info',
      production: false,
      graphiql: true,
      seedDemo: true,
      corsOrigins: true,
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('makes browser sessions end after two idle hours or twelve in all, with a Secure cookie when PUBLIC_URL is https', () => {
    expect(loadConfig(memory)).toMatchObject({
      sessions: { idleMinutes: 120, maxHours: 12, cookieSecure: false, socketCheckSeconds: 30 },
      webOrigins: [],
    });
    const behindTls = loadConfig({
      ...memory,
      PUBLIC_URL: 'https://coprod.example.org',
      WEB_ORIGINS: 'https://app.example.org/, http://localhost:5173',
    });
    expect(behindTls.sessions.cookieSecure).toBe(true);
    expect(behindTls.webOrigins).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(loadConfig({ ...memory, PUBLIC_URL: 'https://coprod.example.org', SESSION_COOKIE_SECURE: 'false' }).sessions.cookieSecure).toBe(
      false,
    );
  });

  const destinations =
    'WEBHOOK_ALLOWED_DESTINATIONS must be a comma-separated list of host names, addresses and networks, e.g. receiver.internal, 10.1.0.0/16 ';
  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535 (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://db/coprod' }, 'DATABASE_URL must be a postgres:// URL with a host and a database name'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of debug, info, warn, error (got "loud")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, test or production (got "staging")'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required when NODE_ENV=production'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    [{ CORS_ORIGINS: 'intranet.example.org' }, 'CORS_ORIGINS must be * or a comma-separated list of origins'],
    [{ WEB_ORIGINS: 'app.example.org' }, 'WEB_ORIGINS must be a comma-separated list of origins'],
    [{ WEB_ORIGINS: '*' }, 'WEB_ORIGINS must be a comma-separated list of origins'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES must be a whole number from 1 to 10080 (got "0")'],
    [{ SESSION_MAX_HOURS: 'a day' }, 'SESSION_MAX_HOURS must be a whole number from 1 to 720'],
    [{ SESSION_COOKIE_SECURE: 'sometimes' }, 'SESSION_COOKIE_SECURE must be true or false'],
    [{ GRAPHIQL: 'maybe' }, 'GRAPHIQL must be true or false'],
    [{ PUBLIC_URL: 'ftp://example.org' }, 'PUBLIC_URL must be the http(s) address'],
    [{ TRUST_PROXY: 'the load balancer' }, "TRUST_PROXY must be a comma-separated list of the proxies' addresses or networks"],
    [{ TRUST_PROXY: '2' }, "TRUST_PROXY must be a comma-separated list of the proxies' addresses or networks"],
    [
      { WEBHOOK_ALLOWED_DESTINATIONS: 'receiver.internal, 10.1.0.0/33' },
      'WEBHOOK_ALLOWED_DESTINATIONS must be a comma-separated list of host names, addresses and networks, e.g. receiver.internal, 10.1.0.0/16 (got "10.1.0.0/33": not a network: an address, then / and a prefix of at most 32 bits)',
    ],
    [
      { WEBHOOK_ALLOWED_DESTINATIONS: 'fd00::/129' },
      `${destinations}(got "fd00::/129": not a network: an address, then / and a prefix of at most 128 bits)`,
    ],
    [{ WEBHOOK_ALLOWED_DESTINATIONS: '10.1/16' }, `${destinations}(got "10.1/16": not a network`],
    [
      { WEBHOOK_ALLOWED_DESTINATIONS: 'https://receiver.internal' },
      'WEBHOOK_ALLOWED_DESTINATIONS must be a comma-separated list of host names, addresses and networks, e.g. receiver.internal, 10.1.0.0/16 (got "https://receiver.internal": a host name alone, without scheme, port or path)',
    ],
    [{ WEBHOOK_ALLOWED_DESTINATIONS: 'receiver.internal:8443' }, `${destinations}(got "receiver.internal:8443": a host name alone`],
    [{ WEBHOOK_ALLOWED_DESTINATIONS: '127.1' }, `${destinations}(got "127.1": a host name alone`],
    [
      { OIDC_ALLOWED_DESTINATIONS: 'https://login.internal/realms/staff' },
      'OIDC_ALLOWED_DESTINATIONS must be a comma-separated list of host names, addresses and networks, e.g. login.internal, 10.1.0.0/16 (got "https://login.internal/realms/staff": a host name alone, without scheme, port or path)',
    ],
    [{ WEBHOOK_DNS_SERVERS: 'dns.internal' }, 'WEBHOOK_DNS_SERVERS must be a comma-separated list of DNS server addresses'],
    [{ WEBHOOK_DNS_SERVERS: '127.0.0.1:70000' }, 'WEBHOOK_DNS_SERVERS must be a comma-separated list of DNS server addresses'],
    [{ WEBHOOK_TIMEOUT_SECONDS: '0' }, 'WEBHOOK_TIMEOUT_SECONDS must be a whole number from 1 to 60 (got "0")'],
    [{ WEBHOOK_TIMEOUT_SECONDS: '61' }, 'WEBHOOK_TIMEOUT_SECONDS must be a whole number from 1 to 60 (got "61")'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '5s' }, 'DATABASE_CONNECT_TIMEOUT_MS must be a whole number from 100 to 600000 (got "5s")'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '0' }, 'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number from 100 to 3600000 (got "0")'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ ...memory, ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`Configuration error: ${message}`);
    expect((error as Error).message).not.toContain('\n');
  });

  it('gives PostgreSQL five seconds to connect and fifteen to answer a statement, unless told otherwise', () => {
    expect(loadConfig(memory).database).toMatchObject({ connectTimeoutMs: 5000, statementTimeoutMs: 15_000 });
    expect(loadConfig({ ...memory, DATABASE_CONNECT_TIMEOUT_MS: '750', DATABASE_STATEMENT_TIMEOUT_MS: '60000' }).database).toMatchObject({
      connectTimeoutMs: 750,
      statementTimeoutMs: 60_000,
    });
  });

  it('gives the embedded database 16 MB of shared buffers unless told otherwise, from 1 MB to 1 GB', () => {
    expect(loadConfig(memory).database.embeddedSharedBuffersMb).toBe(16);
    expect(loadConfig({ ...memory, EMBEDDED_SHARED_BUFFERS_MB: '128' }).database.embeddedSharedBuffersMb).toBe(128);
    expect(() => loadConfig({ ...memory, EMBEDDED_SHARED_BUFFERS_MB: '0' })).toThrow(
      'EMBEDDED_SHARED_BUFFERS_MB must be a whole number from 1 to 1024 (got "0")',
    );
    expect(() => loadConfig({ ...memory, EMBEDDED_SHARED_BUFFERS_MB: '16MB' })).toThrow(
      'EMBEDDED_SHARED_BUFFERS_MB must be a whole number',
    );
  });

  it('stops within 25 s, after a grace of 5 s in production and none elsewhere; the timeout must outlast the grace', () => {
    expect(loadConfig(memory).shutdown).toEqual({ graceSeconds: 0, timeoutSeconds: 25 });
    const production = { ...memory, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).shutdown).toEqual({ graceSeconds: 5, timeoutSeconds: 25 });
    expect(loadConfig({ ...production, SHUTDOWN_GRACE_SECONDS: '0', SHUTDOWN_TIMEOUT_SECONDS: '60' }).shutdown).toEqual({
      graceSeconds: 0,
      timeoutSeconds: 60,
    });
    expect(() => loadConfig({ ...memory, SHUTDOWN_GRACE_SECONDS: '30' })).toThrow(
      'SHUTDOWN_TIMEOUT_SECONDS must be more than SHUTDOWN_GRACE_SECONDS (30)',
    );
    expect(() => loadConfig({ ...memory, SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(
      'SHUTDOWN_GRACE_SECONDS must be a whole number from 0 to 300',
    );
  });

  it('trusts no proxy unless told which: X-Forwarded-For from anyone else is ignored', () => {
    expect(loadConfig(memory).trustProxy).toBe(false);
    expect(loadConfig({ ...memory, TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ ...memory, TRUST_PROXY: '10.0.0.0/8, loopback,::1' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', '::1']);
  });

  it('lets webhooks reach only public addresses, through the system resolver, for ten seconds, unless told otherwise', () => {
    expect(loadConfig(memory).webhooks).toMatchObject({ allowedDestinations: [], dnsServers: [], timeoutSeconds: 10 });
    expect(
      loadConfig({
        ...memory,
        WEBHOOK_ALLOWED_DESTINATIONS: ' Receiver.Internal., 127.0.0.1/32,10.1.0.0/16, fd00::/8, ::1, 192.168.1.20 ',
        WEBHOOK_DNS_SERVERS: '127.0.0.1:5353, 10.0.0.2, ::1, [fd00::53]:53',
        WEBHOOK_TIMEOUT_SECONDS: '30',
      }).webhooks,
    ).toMatchObject({
      allowedDestinations: ['receiver.internal', '127.0.0.1/32', '10.1.0.0/16', 'fd00::/8', '::1', '192.168.1.20'],
      dnsServers: ['127.0.0.1:5353', '10.0.0.2', '::1', '[fd00::53]:53'],
      timeoutSeconds: 30,
    });
  });

  it('lets single sign-on reach only public providers unless OIDC_ALLOWED_DESTINATIONS names one, apart from webhooks', () => {
    expect(loadConfig(memory).oidc.allowedDestinations).toEqual([]);
    const config = loadConfig({
      ...memory,
      OIDC_ALLOWED_DESTINATIONS: 'Login.Internal., 10.20.0.0/16',
      WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1',
    });
    expect(config.oidc.allowedDestinations).toEqual(['login.internal', '10.20.0.0/16']);
    expect(config.webhooks.allowedDestinations).toEqual(['127.0.0.1']);
  });

  it('keeps a generated JWT secret in the data folder, so tokens survive a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coprod-config-'));
    const first = loadConfig({ COPROD_DATA_DIR: dir }).jwtSecret;
    expect(loadConfig({ COPROD_DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
  });

  it('in production: no demo data, no GraphiQL or introspection unless asked, no CORS unless listed', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48), DATABASE_URL: 'postgres://u@db:5432/coprod' });
    expect(config).toMatchObject({ production: true, seedDemo: false, graphiql: false, introspection: false, corsOrigins: [] });
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48), GRAPHIQL: 'true', CORS_ORIGINS: 'https://intranet.example.org/' }),
    ).toMatchObject({
      graphiql: true,
      corsOrigins: ['https://intranet.example.org'],
    });
  });

  it("hashes passwords at OWASP's scrypt cost, which only a run outside production may lower", () => {
    expect(loadConfig(memory).passwordHashCost).toBe(15);
    expect(loadConfig({ ...memory, PASSWORD_HASH_COST: '10' }).passwordHashCost).toBe(10);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48), DATABASE_URL: 'postgres://u@db:5432/coprod' };
    expect(() => loadConfig({ ...production, PASSWORD_HASH_COST: '10' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, PASSWORD_HASH_COST: '10' })).toThrow(/PASSWORD_HASH_COST.*from 15 to 20/);
    expect(loadConfig({ ...production, PASSWORD_HASH_COST: '16' }).passwordHashCost).toBe(16);
  });
});
