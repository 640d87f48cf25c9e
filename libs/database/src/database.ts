import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { OpenDatabase } from './data-source';
import type { OrganisationOwned } from './tenancy/tenant-record';
import { type TenantRepository, tenantRepository } from './tenancy/tenant-repository';
import { managerIn, scopeOf, transactionManagerIn } from './tenancy/tenant-scope';

/**
 * The one door to the database for services: the request's transaction when one is open,
 * the data source otherwise; transactions that run after-commit hooks only on success.
 */
@Injectable()
export class Database implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(readonly opened: OpenDatabase) {}

  get dataSource() {
    return this.opened.dataSource;
  }

  /**
   * The request's entity manager: its transaction's when one is open. Everything reached through
   * it (repositories, query builders) runs in the request's tenant scope, so PostgreSQL's
   * row-level security sees only the request's organisation (or a named path's tables: `across`).
   */
  manager(ctx: RequestContext): EntityManager {
    const scope = scopeOf(ctx);
    return ctx.entityManager ? transactionManagerIn(ctx.entityManager, scope) : managerIn(this.opened.dataSource, scope);
  }

  repo<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  query<T = Record<string, unknown>>(ctx: RequestContext, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager(ctx).query(sql, params);
  }

  /**
   * The request's organisation's rows of `entity`: filtered and stamped with it on every call
   * (tenancy/tenant-repository.ts). Services reach an organisation's records this way.
   */
  tenant<T extends OrganisationOwned & ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): TenantRepository<T> {
    return tenantRepository(this.manager(ctx), ctx, entity);
  }

  /**
   * Runs `work` in a transaction bound to `ctx`, or joins the one already open. After a
   * commit the hooks the work registered run (live updates); after a rollback they are dropped.
   */
  async transaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    // Joined work runs in its own context's scope: a context `within` another organisation, or `across` one, may join.
    if (ctx.entityManager) return work(this.manager(ctx));
    let result: T;
    try {
      result = await this.opened.exclusive(() =>
        this.manager(ctx).transaction(async (em) => {
          ctx.entityManager = em;
          try {
            return await work(em);
          } finally {
            ctx.entityManager = null;
          }
        }),
      );
    } catch (error) {
      ctx.takeAfterCommitHooks();
      throw error;
    }
    for (const hook of ctx.takeAfterCommitHooks()) {
      try {
        await hook();
      } catch (error) {
        this.logger.error(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  /** Once every migration is known to have run it stays so: nothing un-runs one. */
  private migrated = false;

  /**
   * For /health/ready: the database answers and every migration has run. On PostgreSQL the answer
   * is the availability check's, at most `maxAgeMs` old (a new one takes at most its timeout),
   * so a probe costs no pooled connection and never waits on a busy pool.
   */
  async readiness(maxAgeMs = 1000): Promise<{ database: boolean; migrations: boolean }> {
    const availability = this.opened.availability;
    try {
      if (availability) {
        if (!(await availability.check(maxAgeMs))) return { database: false, migrations: this.migrated };
      } else {
        await this.opened.exclusive(() => this.opened.dataSource.query('SELECT 1'));
      }
    } catch {
      return { database: false, migrations: this.migrated };
    }
    if (this.migrated) return { database: true, migrations: true };
    try {
      this.migrated = !(await this.opened.pendingMigrations());
      return { database: true, migrations: this.migrated };
    } catch {
      return { database: true, migrations: false };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.opened.close();
  }
}

/** The rows of an INSERT, UPDATE or DELETE … RETURNING: TypeORM's query() answers [rows, count] for them on PostgreSQL. */
export function returnedRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}
