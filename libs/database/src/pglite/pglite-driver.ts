import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';
import { ScopedSession } from '../tenancy/scoped-session';
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
  // The one session, set to the tenant scope each statement was sent with (tenancy/scoped-session.ts);
  // PGlite has no named statements, so prepared ones run as plain text.
  const session = new ScopedSession(
    (sql, values) =>
      values && values.length > 0
        ? db.query(sql, values)
        : // exec runs several statements (migrations); TypeORM expects the last result
          db.exec(sql).then((results) => results[results.length - 1] ?? { rows: [], rowCount: 0, command: '' }),
    false,
  );

  class PglitePool extends EventEmitter {
    connect(callback: (err: Error | null, connection: PglitePool, release: () => void) => void): void {
      callback(null, this, () => undefined);
    }

    query(
      sql: string,
      params?: unknown[] | ((err: Error | null, result: unknown) => void),
      callback?: (err: Error | null, result: unknown) => void,
    ) {
      if (typeof params === 'function') {
        callback = params;
        params = undefined;
      }
      const values = params as unknown[] | undefined;
      const run = lock.run(() => session.run(sql, values));
      if (callback) {
        run.then(
          (result) => callback!(null, result),
          (error: Error) => callback!(error, null),
        );
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
