import pg from 'pg';
import type { DatabaseAvailability } from '../availability';
import { ScopedSession } from './scoped-session';

type Query = (sql: string, values?: unknown[]) => Promise<unknown>;
type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

const patched = new WeakSet<pg.PoolClient>();

/**
 * Whether a failure may mean the database is gone: anything but an error PostgreSQL answered
 * (which carries a severity), or one of its answers that it is shutting down, starting or full.
 * Kept here rather than using @app/common's isDatabaseUnavailable, since the tests' global set-up
 * loads this file without the path aliases.
 */
function connectionTrouble(error: unknown): boolean {
  const { severity, code } = (error ?? {}) as { severity?: unknown; code?: unknown };
  if (typeof severity !== 'string') return true;
  return typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P') || code === '53300');
}

/**
 * Makes a connection set on itself the tenant scope each statement was sent with, before the
 * statement; and drop itself when a statement's answer never came (pg's `query_timeout`), since
 * node-postgres leaves such a connection in the pool still waiting for that answer.
 */
function scopeConnection(client: pg.PoolClient, availability: DatabaseAvailability | null): pg.PoolClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const query = client.query.bind(client) as unknown as Query;
  const session = new ScopedSession(query);
  (client as unknown as { query: unknown }).query = function scopedQuery(...args: unknown[]) {
    if (typeof args[0] !== 'string' || args.length > 2 || typeof args[args.length - 1] === 'function') {
      throw new Error('Only promise-style queries with SQL text reach the database, so that each runs in its tenant scope');
    }
    return session.run(args[0], args[1] as unknown[] | undefined).catch((error: unknown) => {
      if ((error as Error | undefined)?.message === 'Query read timeout') {
        // The pool then sees the connection's error and never hands it out again.
        (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      }
      if (connectionTrouble(error)) availability?.suspect();
      throw error;
    });
  };
  return client;
}

/**
 * node-postgres as TypeORM's postgres driver loads it, with a pool whose connections carry the
 * tenant scope (tenant-scope.ts) and which, while `availability` knows the database to be
 * unreachable, refuses at once instead of letting each request wait out the connect timeout.
 */
export function scopedPg(availability: DatabaseAvailability | null = null): typeof pg {
  class ScopedPool extends pg.Pool {
    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
      const refused = availability && !availability.isReachable ? availability.unreachableError() : null;
      const failed = (error: unknown) => {
        if (connectionTrouble(error)) availability?.suspect();
      };
      if (!callback) {
        if (refused) return Promise.reject(refused);
        return super.connect().then(
          (client) => scopeConnection(client, availability),
          (error: unknown) => {
            failed(error);
            throw error;
          },
        );
      }
      if (refused) return process.nextTick(() => callback(refused, undefined, () => undefined));
      super.connect((err, client, done) => {
        if (err) failed(err);
        callback(err, client ? scopeConnection(client, availability) : client, done);
      });
    }
  }
  return Object.create(pg, { Pool: { value: ScopedPool, enumerable: true } }) as typeof pg;
}
