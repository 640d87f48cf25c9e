import { Injectable, Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements the process sends (tests read the count around one request to
 * prove that dashboards load in a bounded number of statements) and logs failed queries
 * server-side only, without their parameters.
 */
@Injectable()
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  private statements = 0;
  private readonly watchers = new Set<(sql: string, parameters?: readonly unknown[]) => void>();

  get total(): number {
    return this.statements;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.statements++;
    for (const watcher of this.watchers) watcher(query, parameters);
  }

  /** Hands every statement sent from now on, with its parameters, to `watcher` (tests), until the returned stop is called. */
  watch(watcher: (sql: string, parameters?: readonly unknown[]) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(`query failed: ${error instanceof Error ? error.message : error} [${query.slice(0, 200)}]`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 200)}`);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.debug(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
