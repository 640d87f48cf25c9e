import type { CrossOrganisationPath, RequestContext } from '@app/common';
import { type DataSource, EntityManager, type QueryRunner } from 'typeorm';

/** What the database is told about the request behind a statement: its organisation, and a path across organisations if it takes one. */
export interface TenantScope {
  organisationId: string | null;
  crossPath: CrossOrganisationPath | null;
}

export const NO_SCOPE: TenantScope = { organisationId: null, crossPath: null };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function scopeOf(ctx: RequestContext): TenantScope {
  return { organisationId: ctx.organisationId, crossPath: ctx.crossPath };
}

/** A key that tells two scopes apart, so a connection already set for one is not set again. */
export function scopeKey(scope: TenantScope): string {
  return `${scope.organisationId ?? ''}/${scope.crossPath ?? ''}`;
}

/**
 * The statement and values that put `scope` on a session. Session-wide (is_local false), so the
 * setting stays on a pooled connection until a statement for another scope changes it: the
 * driver compares before every statement, so a read costs no extra round trip while the
 * connection last served the same organisation and path.
 */
export function scopeStatement(scope: TenantScope): [string, string[]] {
  if (scope.organisationId !== null && !UUID.test(scope.organisationId)) throw new Error('The organisation of a request must be a uuid');
  return [
    `SELECT set_config('app.organisation_id', $1, false), set_config('app.cross_path', $2, false)`,
    [scope.organisationId ?? '', scope.crossPath ?? ''],
  ];
}

// ---------------------------------------------------------------------------------------------
// From a request to the driver. TypeORM sends every statement through a query runner, and makes
// every runner with `dataSource.createQueryRunner`, reaching the data source through the manager,
// repository or query builder at hand. So a manager built on a data source whose runners carry a
// scope sends every statement it causes with that scope, tagged on the statement's parameter
// list, where the driver (scoped-pg.ts, pglite-driver.ts) reads it. A statement without a tag
// runs with no organisation: it sees no organisation's rows.

const STATEMENT_SCOPE = Symbol('statement-scope');
const RUNNER_SCOPE = Symbol('runner-scope');
const UNTAGGED_QUERY = Symbol('untagged-query');

type Parameters = unknown[] & { [STATEMENT_SCOPE]?: TenantScope };
type ScopedRunner = QueryRunner & { [RUNNER_SCOPE]?: TenantScope; [UNTAGGED_QUERY]?: QueryRunner['query'] };

/** The scope a statement was sent with (NO_SCOPE when untagged). */
export function statementScope(parameters: unknown): TenantScope {
  return (parameters as Parameters | undefined)?.[STATEMENT_SCOPE] ?? NO_SCOPE;
}

/**
 * `runner`'s statements sent with `scope`. A runner of a transaction shared with work for another
 * scope (a context `within` another organisation, or `across` one, that joins it) is reached
 * through a view: the same connection and transaction, its own scope.
 */
function runnerIn(runner: ScopedRunner, scope: TenantScope): ScopedRunner {
  const query = (runner[UNTAGGED_QUERY] ??= runner.query);
  const view: ScopedRunner = runner[RUNNER_SCOPE] === undefined ? runner : Object.create(runner);
  view[RUNNER_SCOPE] = scope;
  // An empty list rather than none sends the same statement: node-postgres and PGlite both run a
  // statement without values through the simple protocol, which accepts several statements.
  view.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    const tagged: Parameters = parameters ? [...parameters] : [];
    tagged[STATEMENT_SCOPE] = scope;
    return (query as (...args: unknown[]) => Promise<unknown>).call(runner, sql, tagged, structured);
  }) as QueryRunner['query'];
  return view;
}

/** `dataSource` as seen from `scope`: every runner it makes sends its statements with that scope. */
function dataSourceIn(dataSource: DataSource, scope: TenantScope): DataSource {
  const seen = Object.create(dataSource, {
    createQueryRunner: {
      value(this: DataSource, mode?: 'master' | 'slave') {
        return runnerIn(Object.getPrototypeOf(dataSource).createQueryRunner.call(this, mode), scope);
      },
    },
  }) as DataSource;
  // TypeORM reaches `dataSource.manager` in a few places (preload): the scoped one answers there too.
  Object.defineProperty(seen, 'manager', { value: new EntityManager(seen) });
  return seen;
}

/** The data sources' scoped managers, so that a manager (and the repositories it caches) is made once per scope. */
const managers = new WeakMap<DataSource, Map<string, EntityManager>>();
const MANAGERS_PER_DATA_SOURCE = 10_000;

/** A manager whose statements (through repositories, query builders and transactions it makes) all carry `scope`. */
export function managerIn(dataSource: DataSource, scope: TenantScope): EntityManager {
  let known = managers.get(dataSource);
  if (!known) managers.set(dataSource, (known = new Map()));
  const key = scopeKey(scope);
  let manager = known.get(key);
  if (!manager) {
    if (known.size >= MANAGERS_PER_DATA_SOURCE) known.clear();
    manager = dataSourceIn(dataSource, scope).manager;
    known.set(key, manager);
  }
  return manager;
}

/**
 * The transaction `manager` belongs to, as work for `scope` reaches it: the manager itself when
 * the transaction was opened for that scope, else one over a view of its runner.
 */
export function transactionManagerIn(manager: EntityManager, scope: TenantScope): EntityManager {
  const runner = manager.queryRunner as ScopedRunner | undefined;
  if (!runner) throw new Error('Not a transaction’s manager');
  const opened = runner[RUNNER_SCOPE];
  // Only a transaction opened through a scoped manager (Database.transaction) may be joined.
  if (!opened) throw new Error('This transaction was not opened in a tenant scope');
  if (scopeKey(opened) === scopeKey(scope)) return manager;
  // The view's manager keeps the transaction's data source, whose runners (none are made inside
  // a transaction) carry the opening scope; everything it runs goes through the view.
  return new EntityManager(manager.dataSource, runnerIn(runner, scope));
}
