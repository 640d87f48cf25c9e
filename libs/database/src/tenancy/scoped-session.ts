import { scopeKey, scopeStatement, statementScope } from './tenant-scope';

type Send = (sql: string, values?: unknown[]) => Promise<unknown>;

/**
 * Statements that only open, end or mark a transaction: they touch no rows, so they run in
 * whatever scope the session has. Above all a ROLLBACK must never wait on a switch, which an
 * aborted transaction refuses: the rollback would not be sent and the session would stay broken.
 */
const TRANSACTION_CONTROL = /^\s*(START\s+TRANSACTION|BEGIN|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE)\b/i;

/**
 * Whether a transaction-control statement may have undone a switch made inside its transaction,
 * leaving the session's scope unknown: a rollback (to a savepoint too), or a commit that did not
 * answer COMMIT (PostgreSQL answers ROLLBACK to the commit of an aborted transaction; PGlite does
 * not say, so its commits count as unknown).
 */
function mayUndoSwitch(sql: string, result: unknown): boolean {
  if (/^\s*(ROLLBACK|ABORT)\b/i.test(sql)) return true;
  if (/^\s*(COMMIT|END)\b/i.test(sql)) return (result as { command?: string } | undefined)?.command !== 'COMMIT';
  return false;
}

/**
 * One database session (a pooled connection, or PGlite's one session) that runs each statement
 * in the tenant scope it was sent with (tenant-scope.ts). The session keeps the last scope it
 * was set to, so a statement for the same scope goes out alone; one for another scope goes out
 * after the statement that switches, and nothing else may run between the two: statements take
 * turns, in the order they were sent (a connection runs one at a time anyway).
 */
export class ScopedSession {
  /** The scope the session was last set to; null when unknown (never set, or possibly undone). */
  private setFor: string | null = null;
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly send: Send) {}

  run(sql: string, values?: unknown[]): Promise<unknown> {
    const turn = this.last.then(() => (TRANSACTION_CONTROL.test(sql) ? this.control(sql, values) : this.scoped(sql, values)));
    this.last = turn.catch(() => undefined);
    return turn;
  }

  private async scoped(sql: string, values?: unknown[]): Promise<unknown> {
    const scope = statementScope(values);
    const key = scopeKey(scope);
    if (this.setFor !== key) {
      this.setFor = null;
      await this.send(...scopeStatement(scope));
      this.setFor = key;
    }
    return this.send(sql, values);
  }

  private async control(sql: string, values?: unknown[]): Promise<unknown> {
    let result: unknown;
    try {
      result = await this.send(sql, values);
      return result;
    } finally {
      if (mayUndoSwitch(sql, result)) this.setFor = null;
    }
  }
}
