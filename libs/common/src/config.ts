import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import ipaddr from 'ipaddr.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
export type LogFormat = 'json' | 'pretty';
const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/** The validated configuration; also the injection token for it. */
export class AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  production: boolean;
  port: number;
  host: string;
  /** Where people reach the server; one-time links are built on it. */
  publicUrl: string;
  /** Unset: the embedded database in `dataDir`. The server's role: a member of coprod_app that owns no table. */
  databaseUrl: string | null;
  /** The tables' owner, for migrations only; unset: migrations run as DATABASE_URL's role. */
  databaseOwnerUrl: string | null;
  /** How long PostgreSQL may take to connect and to answer (README, "When the database is lost"). */
  database: DatabaseSettings;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  corsOrigins: string[] | true;
  /**
   * The proxies whose X-Forwarded-For names the client (Fastify's trustProxy): false (none: the
   * socket's peer is the client) or their addresses and networks. Per-client limits (sign-in,
   * survey links) key on that address, so believing every sender would let a caller pick its own.
   */
  trustProxy: false | string[];
  logLevel: LogLevel;
  /** JSON lines for log collectors (production's default), or one short line a person reads (elsewhere). */
  logFormat: LogFormat;
  graphiql: boolean;
  introspection: boolean;
  seedDemo: boolean;
  /** Live updates over WebSocket (limits per server process; see README, "Live updates"). */
  webSocket: WebSocketLimits;
  /** How a process stops on SIGTERM or SIGINT (README, "Running at scale"). */
  shutdown: ShutdownSettings;
  /** How long a subscriber's membership, once checked, is trusted without asking the database again. */
  membershipCacheSeconds: number;
  /**
   * scrypt's cost as a power of two (N = 2^cost) for new password hashes: 15 (OWASP's figure) unless
   * lowered outside production, which test runs do to spend their time on behaviour, not hashing.
   */
  passwordHashCost: number;
  /** Answers one client (address) may send through a survey's open link per window. */
  surveyAnswersPerClient: number;
  surveyClientWindowMinutes: number;
  /** Link answers a minute past which each client gets only its first answer in the window. */
  surveyLinkSurgePerMinute: number;
  /** Browser sessions (README, "Browser sessions"). */
  sessions: SessionSettings;
  /**
   * Origins, besides the server's own (the request's Host, PUBLIC_URL), whose pages may open a
   * WebSocket: a browser sends the session cookie with any upgrade, whichever page asks for it.
   */
  webOrigins: string[];
  /** Printed documents (libs/documents): the Chromium that turns them into PDF. */
  documents: DocumentSettings;
  /** Outbound webhooks (libs/integration): where they may go, how names are looked up, how long one may take. */
  webhooks: WebhookSettings;
  /** E-mail (libs/mail): reminder digests and password-reset links; off without SMTP_URL. */
  mail: MailSettings;
  /** Single sign-on with organisations' OpenID Connect providers (libs/identity/src/single-sign-on). */
  oidc: OidcSettings;
  /** Safe retries with an Idempotency-Key (libs/idempotency; README, "Safe retries"). */
  idempotency: IdempotencySettings;
}

export interface IdempotencySettings {
  /** How long a key and its answer are kept after the request that first used it. */
  ttlHours: number;
  /** How long a request waits for another with its key to finish, on PostgreSQL, before it is answered IDEMPOTENCY_KEY_IN_FLIGHT. */
  waitSeconds: number;
}

export interface DatabaseSettings {
  /** Opening a connection, or waiting for a free pooled one, fails after this long. */
  connectTimeoutMs: number;
  /**
   * PostgreSQL cancels a statement that runs longer, and ends a session left idle inside a
   * transaction that long; the server gives up waiting for an answer a second later and drops the connection.
   */
  statementTimeoutMs: number;
  /**
   * The embedded database's shared_buffers (PostgreSQL's own page cache), in MB: less memory for
   * the process, more reads from the system's file cache (README, "Memory").
   */
  embeddedSharedBuffersMb: number;
}

export interface OidcSettings {
  /**
   * Whether a provider may be reached over plain http (a provider on this machine in tests or a
   * demo). Off unless OIDC_ALLOW_INSECURE_HTTP says so, and refused in production: over plain
   * http anyone on the way could hand coprod their own keys and sign in as anyone.
   */
  allowInsecureHttp: boolean;
  /** The shortest time between two fetches of a provider's keys when a token names a key not seen yet (a rotation). */
  jwksCooldownSeconds: number;
  /** How long one request to a provider (discovery, keys, the code exchange) may take. */
  timeoutSeconds: number;
  /**
   * Host names (exact, lower case) and addresses or CIDR networks that a provider may be reached at
   * although they are loopback, private or link-local (OIDC_ALLOWED_DESTINATIONS): an identity
   * provider on the intranet. Everything else must resolve to public addresses only. Apart from
   * webhooks' list, since the servers a company signs in with are seldom those that receive its webhooks.
   */
  allowedDestinations: string[];
}

export interface MailSettings {
  /** smtp:// or smtps:// with credentials if needed, e.g. smtps://user:password@mail.example.org:465; null: no e-mail is sent. */
  smtpUrl: string | null;
  /** The sender of every e-mail, e.g. "coprod <no-reply@example.org>". */
  from: string;
}

export interface WebhookSettings {
  /**
   * Host names (exact, lower case) and addresses or CIDR networks that a webhook may reach although
   * they are loopback, private or link-local; everything else must resolve to public addresses only.
   */
  allowedDestinations: string[];
  /** DNS servers (address, or address:port) to look webhook hosts up with; none: the system's resolver. */
  dnsServers: string[];
  /** How long one delivery may take, from the name lookup to the end of the answer. */
  timeoutSeconds: number;
  /**
   * Whether this API process sends deliveries itself (WEBHOOK_DELIVERY=in-process), or leaves
   * them to `apps/worker` processes (worker). Default: in-process on the embedded database, where
   * no other process can reach it, and worker on PostgreSQL.
   */
  deliverInProcess: boolean;
  /** Stretches or shrinks the retry schedule and the days before a failing endpoint is turned off (1: as documented; tests use far less). */
  retryScale: number;
}

export interface DocumentSettings {
  /** The Chromium executable, a path or a name on PATH (Debian's package `chromium`). */
  chromiumPath: string;
  /** How long one PDF may take before Chromium is stopped and the request fails. */
  pdfTimeoutSeconds: number;
}

export interface SessionSettings {
  /** A browser session ends after this long without a request. */
  idleMinutes: number;
  /** And this long after it started, however busy. */
  maxHours: number;
  /** The cookie is Secure (and named with __Host-) on every request, not only on those that arrive over HTTPS. */
  cookieSecure: boolean;
  /** How often each process checks that the sessions behind its open sockets are still open. */
  socketCheckSeconds: number;
}

export interface WebSocketLimits {
  /** The largest message a client may send; a larger one closes the socket at once. */
  maxMessageBytes: number;
  /** How long a new socket may take to send its credentials (connection_init) before it is closed. */
  connectionInitSeconds: number;
  /** Sockets one client (address) may hold open before they have sent their credentials; one more is refused at the upgrade. */
  pendingConnectionsPerClient: number;
  connectionsPerPerson: number;
  connectionsPerOrganisation: number;
  subscriptionsPerPerson: number;
  subscriptionsPerOrganisation: number;
}

export interface ShutdownSettings {
  /**
   * After SIGTERM, how long the API keeps serving (readiness already failing, every answer with
   * Connection: close) so that a load balancer stops sending before the listener closes.
   */
  graceSeconds: number;
  /** From the signal, the longest a process takes to stop: what is still going then is cut short. */
  timeoutSeconds: number;
}

/** A configuration value that cannot be used: the server stops with this message, on one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
  ) {
    super(`Configuration error: ${variable} ${expected}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

/** A number from `min` to `max`, decimals allowed. */
function fraction(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d*\.?\d+(e-?\d+)?$/i.test(raw) || !(value >= min && value <= max)) {
    throw new ConfigError(name, `must be a number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function webhookDelivery(env: Env): boolean {
  const raw = env.WEBHOOK_DELIVERY?.trim().toLowerCase();
  if (!raw) return !databaseUrl(env);
  if (raw === 'in-process') return true;
  if (raw === 'worker') return false;
  throw new ConfigError('WEBHOOK_DELIVERY', `must be in-process or worker (got "${env.WEBHOOK_DELIVERY}")`);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${env[name]}")`);
}

function databaseUrl(env: Env, name = 'DATABASE_URL'): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a postgres:// URL, e.g. postgres://user:password@host:5432/coprod');
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname || url.pathname.length < 2) {
    throw new ConfigError(
      name,
      'must be a postgres:// URL with a host and a database name, e.g. postgres://user:password@host:5432/coprod',
    );
  }
  return raw;
}

function corsOrigins(env: Env, production: boolean): string[] | true {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return production ? [] : true;
  if (raw === '*') return true;
  return originList(env, 'CORS_ORIGINS', '* or ');
}

function originList(env: Env, name: string, alternatives = ''): string[] {
  const origins = (env[name] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        name,
        `must be ${alternatives}a comma-separated list of origins such as https://intranet.example.org (got "${origin}")`,
      );
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const IP_OR_NETWORK = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(?:\/\d{1,3})?$/i;

// A hop count is not offered: it cannot tell a proxy from a client that sends the header itself.
function trustProxy(env: Env): false | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || ['false', 'no', 'off', 'none'].includes(raw.toLowerCase())) return false;
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!PROXY_NAMES.includes(entry) && !IP_OR_NETWORK.test(entry)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be a comma-separated list of the proxies' addresses or networks (e.g. 10.0.0.0/8, loopback) (got "${entry}")`,
      );
    }
  }
  return entries;
}

function publicUrl(env: Env, port: number): string {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return `http://localhost:${port}`;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/$/, '');
  } catch {
    // reported below
  }
  throw new ConfigError('PUBLIC_URL', `must be the http(s) address people use to reach the server (got "${raw}")`);
}

// One DNS label: letters, digits, hyphens (not at either end) and underscores (used in service names).
const HOST_LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);

/** An IPv4 address in four decimal parts, or any IPv6 address: the forms a person writes in a list. */
function isAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
}

/**
 * Exact host names, addresses and CIDR networks, lower-cased, a host name without its trailing dot:
 * the allow-lists of outbound HTTP (`name`), with `example` as a host name to show in an error.
 */
function allowedDestinations(env: Env, name: string, example: string): string[] {
  const entries = (env[name] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const problem = (entry: string, why: string) =>
    new ConfigError(
      name,
      `must be a comma-separated list of host names, addresses and networks, e.g. ${example}, 10.1.0.0/16 (got "${entry}": ${why})`,
    );
  return entries.map((entry) => {
    const network = /^([0-9a-f:.]+)\/(\d{1,3})$/.exec(entry);
    if (network) {
      const max = network[1].includes(':') ? 128 : 32;
      if (isAddress(network[1]) && Number(network[2]) <= max) return entry;
      throw problem(entry, `not a network: an address, then / and a prefix of at most ${max} bits`);
    }
    if (isAddress(entry)) return entry;
    const host = entry.replace(/\.$/, '');
    if (HOST_NAME.test(host) && !/^[\d.]+$/.test(host)) return host;
    throw problem(entry, 'a host name alone, without scheme, port or path');
  });
}

/** DNS servers as Node's resolver takes them: 10.0.0.2, 10.0.0.2:5353, ::1 or [::1]:5353. */
function dnsServers(env: Env): string[] {
  const name = 'WEBHOOK_DNS_SERVERS';
  const entries = (env[name] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const match = /^(?:\[([0-9a-f:.]+)\]|([^:]+)):(\d{1,5})$/i.exec(entry);
    const address = match ? (match[1] ?? match[2]) : entry;
    const port = match ? Number(match[3]) : 53;
    if (!isAddress(address) || port < 1 || port > 65535) {
      throw new ConfigError(
        name,
        `must be a comma-separated list of DNS server addresses, each with an optional port, e.g. 10.0.0.2, 127.0.0.1:5353, [::1]:53 (got "${entry}")`,
      );
    }
  }
  return entries;
}

function smtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@mail.example.org:465');
  }
  return raw;
}

// A display name (optional) and an address in angle brackets, or a bare address.
const MAIL_FROM = /^(?:[^<>\r\n]{0,100}<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/;

function mailFrom(env: Env, publicUrl: string): string {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) {
    const host = new URL(publicUrl).hostname;
    return `coprod <no-reply@${host.includes('.') ? host : `${host}.localdomain`}>`;
  }
  if (!MAIL_FROM.test(raw)) {
    throw new ConfigError('MAIL_FROM', `must be an e-mail address, optionally with a name: coprod <no-reply@example.org> (got "${raw}")`);
  }
  return raw;
}

function insecureOidc(env: Env, production: boolean): boolean {
  const allowed = flag(env, 'OIDC_ALLOW_INSECURE_HTTP', false);
  if (allowed && production)
    throw new ConfigError('OIDC_ALLOW_INSECURE_HTTP', 'must be off when NODE_ENV=production: providers are reached over https only');
  return allowed;
}

/**
 * The JWT secret: required in production; elsewhere generated once and kept in the data
 * folder so that tokens survive a restart.
 */
function jwtSecret(env: Env, production: boolean, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
    return raw;
  }
  if (production) throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (at least 32 random characters)');
  if (dataDir === 'memory://') return randomBytes(32).toString('base64url');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** No grace outside production, where no load balancer waits to be told; the timeout stays under Kubernetes' 30 s. */
function shutdownSettings(env: Env, production: boolean): ShutdownSettings {
  const graceSeconds = integer(env, 'SHUTDOWN_GRACE_SECONDS', production ? 5 : 0, 0, 300);
  const timeoutSeconds = integer(env, 'SHUTDOWN_TIMEOUT_SECONDS', 25, 1, 3600);
  if (timeoutSeconds <= graceSeconds) {
    throw new ConfigError(
      'SHUTDOWN_TIMEOUT_SECONDS',
      `must be more than SHUTDOWN_GRACE_SECONDS (${graceSeconds}), so requests in flight can finish after the grace (got "${timeoutSeconds}")`,
    );
  }
  return { graceSeconds, timeoutSeconds };
}

/** Reads and checks the whole configuration; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = env.NODE_ENV?.trim() || 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, test or production (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';

  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }
  const logFormat = (env.LOG_FORMAT?.trim().toLowerCase() || (production ? 'json' : 'pretty')) as LogFormat;
  if (!LOG_FORMATS.includes(logFormat)) {
    throw new ConfigError('LOG_FORMAT', `must be one of ${LOG_FORMATS.join(', ')} (got "${env.LOG_FORMAT}")`);
  }

  const dataDirRaw = env.COPROD_DATA_DIR?.trim() || './data';
  const dataDir = dataDirRaw === 'memory://' ? dataDirRaw : isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const dbUrl = databaseUrl(env);
  const port = integer(env, 'PORT', 3000, 0, 65535);

  return Object.assign(new AppConfig(), {
    nodeEnv,
    production,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    publicUrl: publicUrl(env, port),
    databaseUrl: dbUrl,
    databaseOwnerUrl: dbUrl ? databaseUrl(env, 'DATABASE_OWNER_URL') : null,
    database: {
      connectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
      statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
      embeddedSharedBuffersMb: integer(env, 'EMBEDDED_SHARED_BUFFERS_MB', 16, 1, 1024),
    },
    dataDir,
    jwtSecret: jwtSecret(env, production, dataDir),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    corsOrigins: corsOrigins(env, production),
    trustProxy: trustProxy(env),
    logLevel,
    logFormat,
    graphiql: flag(env, 'GRAPHIQL', !production),
    introspection: flag(env, 'INTROSPECTION', !production),
    seedDemo: !production && flag(env, 'SEED_DEMO', dbUrl === null),
    webSocket: {
      maxMessageBytes: integer(env, 'WS_MAX_MESSAGE_BYTES', 64 * 1024, 1024, 1024 * 1024),
      connectionInitSeconds: integer(env, 'WS_CONNECTION_INIT_SECONDS', 3, 1, 60),
      pendingConnectionsPerClient: integer(env, 'WS_PENDING_CONNECTIONS_PER_CLIENT', 20, 1, 10_000),
      connectionsPerPerson: integer(env, 'WS_CONNECTIONS_PER_PERSON', 10, 1, 10_000),
      connectionsPerOrganisation: integer(env, 'WS_CONNECTIONS_PER_ORGANISATION', 200, 1, 100_000),
      subscriptionsPerPerson: integer(env, 'WS_SUBSCRIPTIONS_PER_PERSON', 50, 1, 10_000),
      subscriptionsPerOrganisation: integer(env, 'WS_SUBSCRIPTIONS_PER_ORGANISATION', 1000, 1, 1_000_000),
    },
    shutdown: shutdownSettings(env, production),
    membershipCacheSeconds: integer(env, 'MEMBERSHIP_CACHE_SECONDS', 30, 0, 600),
    passwordHashCost: integer(env, 'PASSWORD_HASH_COST', 15, production ? 15 : 10, 20),
    surveyAnswersPerClient: integer(env, 'SURVEY_ANSWERS_PER_CLIENT', 10, 1, 10000),
    surveyClientWindowMinutes: integer(env, 'SURVEY_CLIENT_WINDOW_MINUTES', 60, 1, 7 * 24 * 60),
    surveyLinkSurgePerMinute: integer(env, 'SURVEY_LINK_SURGE_PER_MINUTE', 120, 1, 1_000_000),
    sessions: {
      // Longer than a meeting or lunch, so a manager is not sent back to sign in mid-day; short
      // enough that a computer left overnight is signed out.
      idleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 1, 7 * 24 * 60),
      // One working day: sign in each morning (NIST SP 800-63B's bound for AAL2 reauthentication).
      maxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 30 * 24),
      cookieSecure: flag(env, 'SESSION_COOKIE_SECURE', publicUrl(env, port).startsWith('https:')),
      socketCheckSeconds: integer(env, 'SESSION_SOCKET_CHECK_SECONDS', 30, 1, 3600),
    },
    webOrigins: originList(env, 'WEB_ORIGINS'),
    documents: {
      chromiumPath: env.CHROMIUM_PATH?.trim() || 'chromium',
      pdfTimeoutSeconds: integer(env, 'PDF_TIMEOUT_SECONDS', 30, 1, 600),
    },
    webhooks: {
      allowedDestinations: allowedDestinations(env, 'WEBHOOK_ALLOWED_DESTINATIONS', 'receiver.internal'),
      dnsServers: dnsServers(env),
      timeoutSeconds: integer(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 1, 60),
      deliverInProcess: webhookDelivery(env),
      retryScale: fraction(env, 'WEBHOOK_RETRY_SCALE', 1, 0.00001, 1),
    },
    mail: { smtpUrl: smtpUrl(env), from: mailFrom(env, publicUrl(env, port)) },
    oidc: {
      allowInsecureHttp: insecureOidc(env, production),
      jwksCooldownSeconds: integer(env, 'OIDC_JWKS_COOLDOWN_SECONDS', 30, 0, 3600),
      timeoutSeconds: integer(env, 'OIDC_TIMEOUT_SECONDS', 10, 1, 60),
      allowedDestinations: allowedDestinations(env, 'OIDC_ALLOWED_DESTINATIONS', 'login.internal'),
    },
    idempotency: {
      ttlHours: integer(env, 'IDEMPOTENCY_KEY_TTL_HOURS', 24, 1, 720),
      waitSeconds: fraction(env, 'IDEMPOTENCY_KEY_WAIT_SECONDS', 5, 0, 60),
    },
  });
}
