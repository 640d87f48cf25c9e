import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';
import { currentScope, scopeKey, scopeStatement, undoesSettings } from '../tenancy/tenant-scope';
import { ReentrantLock } from './reentrant-lock';

/** Parsers that make PGlite answer as node-postgres does with our type parsers (see pg-types.ts). */
export const PGLITE_PARSERS = {
  [types.INT8]: (value: string) => value,
  [types.DATE]: (value: string) => value,
  [types.NUMERIC]: (value: string) => value,
};

const booleanSerializer = (value: unknown) => {
  if (value === true || value === 'true' || value === 1) return 'TRUE';
  if (value === false || value === 'false' || value === 0) return 'FALSE';
  return value as string;
};

export const PGLITE_SERIALIZERS = { [types.BOOL]: booleanSerializer };

/**
 * A node-postgres look-alike over one PGlite instance, for TypeORM's postgres driver.
 * Unlike typeorm-pglite, whose instance is a process-wide singleton, each pool wraps the
 * instance it is given, so the app can load a snapshot, lock every query and close it.
 */
export function pgliteDriver(db: PGlite, lock: ReentrantLock) {
  /** The tenant scope the one session was last set to (tenancy/tenant-scope.ts); null when unknown. */
  let setFor: string | null = null;

  class PglitePool extends EventEmitter {
    connect(callback: (err: Error | null, connection: PglitePool, release: () => void) => void): void {
      callback(null, this, () => undefined);
    }

    query(sql: string, params?: unknown[] | ((err: Error | null, result: unknown) => void), callback?: (err: Error | null, result: unknown) => void) {
      if (typeof params === 'function') {
        callback = params;
        params = undefined;
      }
      const values = params as unknown[] | undefined;
      const scope = currentScope();
      const run = lock.run(async () => {
        const key = scopeKey(scope);
        if (setFor !== key) {
          setFor = null;
          await db.query(...scopeStatement(scope));
          setFor = key;
        }
        try {
          return values && values.length > 0
            ? await db.query(sql, values)
            : // exec runs several statements (migrations); TypeORM expects the last result
              await db.exec(sql).then((results) => results[results.length - 1] ?? { rows: [], rowCount: 0, command: '' });
        } finally {
          if (undoesSettings(sql)) setFor = null;
        }
      });
      if (callback) {
        run.then((result) => callback!(null, result), (error: Error) => callback!(error, null));
        return undefined;
      }
      return run;
    }

    end(callback?: (err: Error | null) => void): void {
      callback?.(null); // the instance is closed by its owner (EmbeddedDatabase.close)
    }
  }
  return { Pool: PglitePool };
}
