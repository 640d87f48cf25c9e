import { createHash } from 'node:crypto';
import { scopeKey, scopeStatement, statementScope } from './tenant-scope';

type Send = (sql: string, values?: unknown[]) => Promise<unknown>;

/** A statement node-postgres prepares once per connection under `name` and then only binds and runs. */
interface NamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** What `prepared` puts before a statement: a comment, so the text runs as it is wherever it is not understood. */
const PREPARE_MARK = '/* coprod:prepare */ ';

/**
 * Marks a statement to be kept prepared on each connection that runs it (PostgreSQL: a named
 * statement, parsed once and planned once its plan is found generic enough, per plan_cache_mode);
 * it is sent as it is elsewhere (PGlite). For statements a hot path sends again and again, such as
 * the dashboard's: parsing and planning a statement of a few dozen subqueries costs more than
 * running it. Their number must stay small (one per shape of statement the code can write), since
 * each connection keeps every one it has run.
 */
export function prepared(sql: string): string {
  return sql.startsWith(PREPARE_MARK) ? sql : PREPARE_MARK + sql;
}

/** Marked statements' names by text: few (see `prepared`), and hashing the dashboard's every time cost 1.5% of its CPU. */
const statementNames = new Map<string, string>();

/** The name of a marked statement: the same text has the same name on every connection, and pg refuses one name for two texts. */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `coprod_${createHash('sha1').update(sql).digest('base64url')}`;
    // Bounded all the same, should a caller ever mark statements of ever new texts.
    if (statementNames.size >= 500) statementNames.clear();
    statementNames.set(sql, name);
  }
  return name;
}

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

  /** `namedStatements`: whether `send` takes node-postgres's named statements (`prepared`); otherwise they go as plain text. */
  constructor(
    private readonly send: Send,
    private readonly namedStatements = true,
  ) {}

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
    if (this.namedStatements && values && sql.startsWith(PREPARE_MARK)) {
      // node-postgres's query takes a statement config as well as text.
      const named: NamedStatement = { name: statementName(sql), text: sql, values };
      return (this.send as unknown as (statement: NamedStatement) => Promise<unknown>)(named);
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
