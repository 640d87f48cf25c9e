import { scopeKey, scopeStatement, statementScope, undoesSettings } from './tenant-scope';

type Send = (sql: string, values?: unknown[]) => Promise<unknown>;

/**
 * One database session (a pooled connection, or PGlite's one session) that runs each statement
 * in the tenant scope it was sent with (tenant-scope.ts). The session keeps the last scope it
 * was set to, so a statement for the same scope goes out alone; one for another scope goes out
 * after the statement that switches, and nothing else may run between the two: statements take
 * turns, in the order they were sent (a connection runs one at a time anyway).
 */
export class ScopedSession {
  /** The scope the session was last set to; null when unknown (never set, or undone by a rollback). */
  private setFor: string | null = null;
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly send: Send) {}

  run(sql: string, values?: unknown[]): Promise<unknown> {
    const scope = statementScope(values);
    const key = scopeKey(scope);
    const turn = this.last.then(async () => {
      if (this.setFor !== key) {
        this.setFor = null;
        await this.send(...scopeStatement(scope));
        this.setFor = key;
      }
      try {
        return await this.send(sql, values);
      } finally {
        if (undoesSettings(sql)) this.setFor = null;
      }
    });
    this.last = turn.catch(() => undefined);
    return turn;
  }
}
