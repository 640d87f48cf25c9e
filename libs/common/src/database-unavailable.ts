/**
 * SQLSTATEs that say the database cannot serve just now rather than that the statement is wrong:
 * connection exceptions (class 08), too many connections, a statement cancelled by
 * statement_timeout, the server shutting down, crashed or still starting, a session ended for
 * sitting idle in a transaction or idle (DATABASE_STATEMENT_TIMEOUT_MS, README "Database loss").
 */
const SQL_STATES = new Set(['53300', '57014', '57P01', '57P02', '57P03', '25P03', '57P05']);

/** Node's socket errors on the way to the database, and coprod's own while it knows the database is away. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'DATABASE_UNAVAILABLE',
]);

/**
 * node-postgres and pg-pool give these as bare messages, without a code: a connection that ended
 * or timed out while opening, no pooled connection free in time, an answer that never came.
 */
const DRIVER_MESSAGES = [
  /^Connection terminated unexpectedly$/,
  /^Connection terminated due to connection timeout$/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
];

/**
 * Whether `error` (or what it wraps: TypeORM's `driverError`, a `cause`, GraphQL's
 * `originalError`, an AggregateError's errors) says the database is unreachable or too slow,
 * so the request may succeed if sent again shortly: answered as DATABASE_UNAVAILABLE (HTTP 503).
 * Recognised by codes and messages only, since this library does not load the driver.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SQL_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) return true;
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const wrapped = error as { driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (
    [wrapped.driverError, wrapped.cause, wrapped.originalError].some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1))
  )
    return true;
  return Array.isArray(wrapped.errors) && wrapped.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
