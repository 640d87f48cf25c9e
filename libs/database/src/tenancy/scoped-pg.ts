import pg from 'pg';
import { currentScope, scopeKey, scopeStatement, undoesSettings } from './tenant-scope';

type Query = (...args: unknown[]) => Promise<unknown>;

/** The scope each pooled connection was last set to; none yet (or unknown after a rollback) means set it. */
const setFor = new WeakMap<pg.PoolClient, string>();
const patched = new WeakSet<pg.PoolClient>();

/** Makes a connection set the current tenant scope on itself before any statement that needs another. */
function scopeConnection(client: pg.PoolClient): pg.PoolClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = async function scopedQuery(...args: unknown[]) {
    if (typeof args[0] !== 'string' || typeof args[args.length - 1] === 'function') {
      throw new Error('Only promise-style queries with SQL text reach the database, so that each runs in its tenant scope');
    }
    const scope = currentScope();
    const key = scopeKey(scope);
    if (setFor.get(client) !== key) {
      setFor.delete(client);
      await query(...scopeStatement(scope));
      setFor.set(client, key);
    }
    try {
      return await query(...args);
    } finally {
      if (undoesSettings(args[0])) setFor.delete(client);
    }
  };
  return client;
}

/** A pg pool whose connections carry the tenant scope (libs/database/src/tenancy/tenant-scope.ts). */
class ScopedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().then(scopeConnection);
    super.connect((err, client, done) => callback(err, client ? scopeConnection(client) : client, done));
  }
}

/** node-postgres as TypeORM's postgres driver loads it, with the scoped pool in place of its own. */
export const scopedPg = Object.create(pg, { Pool: { value: ScopedPool, enumerable: true } }) as typeof pg;
