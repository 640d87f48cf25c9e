import { AsyncLocalStorage } from 'node:async_hooks';
import type { CrossOrganisationPath, RequestContext } from '@app/common';
import { EntityManager, QueryBuilder, Repository } from 'typeorm';

/** What the database is told about the request behind a statement: its organisation, and a path across organisations if it takes one. */
export interface TenantScope {
  organisationId: string | null;
  crossPath: CrossOrganisationPath | null;
}

const NO_SCOPE: TenantScope = { organisationId: null, crossPath: null };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Carries the scope from `Database` (which every service calls with its RequestContext) down to
 * the driver, which sets it on the connection before the statement runs.
 */
const current = new AsyncLocalStorage<TenantScope>();

export function scopeOf(ctx: RequestContext): TenantScope {
  return { organisationId: ctx.organisationId, crossPath: ctx.crossPath };
}

export function currentScope(): TenantScope {
  return current.getStore() ?? NO_SCOPE;
}

export function runInScope<T>(scope: TenantScope, work: () => T): T {
  return current.run(scope, work);
}

/** A key that tells two scopes apart, so a connection already set for one is not set again. */
export function scopeKey(scope: TenantScope): string {
  return `${scope.organisationId ?? ''}/${scope.crossPath ?? ''}`;
}

/**
 * The statement and values that put `scope` on a session. Session-wide (is_local false), so the
 * setting stays on a pooled connection until the next statement for another scope changes it:
 * the driver checks before every statement, so a read costs no extra round trip while the
 * connection last served the same organisation.
 */
export function scopeStatement(scope: TenantScope): [string, string[]] {
  if (scope.organisationId !== null && !UUID.test(scope.organisationId)) throw new Error('The organisation of a request must be a uuid');
  return [
    `SELECT set_config('app.organisation_id', $1, false), set_config('app.cross_path', $2, false)`,
    [scope.organisationId ?? '', scope.crossPath ?? ''],
  ];
}

/** A ROLLBACK undoes settings made in its transaction: the connection's scope is then unknown. */
export function undoesSettings(sql: string): boolean {
  return /^\s*ROLLBACK\b/i.test(sql);
}

const SCOPED = Symbol('tenant-scoped');

/**
 * `target` (an entity manager, repository or query builder) with every call run in the scope
 * `scope()` gives at the time of the call (the request's organisation may be chosen after the
 * manager was handed out), so whatever statement the call sends reaches the database with it.
 * Builders and repositories it hands back are scoped too; a call that returns its target (a
 * builder's chain) returns the scoped one.
 */
export function scoped<T extends object>(scope: () => TenantScope, target: T): T {
  if ((target as { [SCOPED]?: boolean })[SCOPED]) return target;
  const proxy: T = new Proxy(target, {
    get(object, property, receiver) {
      if (property === SCOPED) return true;
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = current.run(scope(), () => (value as (...a: unknown[]) => unknown).apply(object, args));
        if (result === object) return proxy;
        if (result instanceof QueryBuilder || result instanceof Repository || result instanceof EntityManager) return scoped(scope, result);
        return result;
      };
    },
  });
  return proxy;
}
