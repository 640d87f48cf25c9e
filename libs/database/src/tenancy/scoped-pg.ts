import pg from 'pg';
import { ScopedSession } from './scoped-session';

type Query = (sql: string, values?: unknown[]) => Promise<unknown>;

const patched = new WeakSet<pg.PoolClient>();

/** Makes a connection set on itself the tenant scope each statement was sent with, before the statement. */
function scopeConnection(client: pg.PoolClient): pg.PoolClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const query = client.query.bind(client) as unknown as Query;
  const session = new ScopedSession(query);
  (client as unknown as { query: unknown }).query = function scopedQuery(...args: unknown[]) {
    if (typeof args[0] !== 'string' || args.length > 2 || typeof args[args.length - 1] === 'function') {
      throw new Error('Only promise-style queries with SQL text reach the database, so that each runs in its tenant scope');
    }
    return session.run(args[0], args[1] as unknown[] | undefined);
  };
  return client;
}

/** A pg pool whose connections carry the tenant scope (libs/database/src/tenancy/tenant-scope.ts). */
class ScopedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().then(scopeConnection);
    super.connect((err, client, done) => callback(err, client ? scopeConnection(client) : client, done));
  }
}

/** node-postgres as TypeORM's postgres driver loads it, with the scoped pool in place of its own. */
export const scopedPg = Object.create(pg, { Pool: { value: ScopedPool, enumerable: true } }) as typeof pg;
