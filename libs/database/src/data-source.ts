import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import type { AppConfig } from '@app/common';
import { DataFolderLock } from './pglite/data-folder-lock';
import { makeContentsPrivate, securePrivateDataFolder } from './pglite/data-folder-permissions';
import { createDataFolder, DEFAULT_SHARED_BUFFERS_MB, pgliteStartParams } from './pglite/embedded-memory';
import { PGLITE_PARSERS, PGLITE_SERIALIZERS, pgliteDriver } from './pglite/pglite-driver';
import { ReentrantLock } from './pglite/reentrant-lock';
import { MIGRATIONS } from './migrations';
import { APP_ROLE } from './tenancy/tenant-wall';
import { scopedPg } from './tenancy/scoped-pg';
import { DatabaseAvailability, DEFAULT_CHECK_INTERVAL_MS, DEFAULT_DOWN_CHECK_INTERVAL_MS, MAX_CHECK_TIMEOUT_MS } from './availability';

export type DatabaseTarget =
  /**
   * `url` connects as the server's role, which should own no table and be no superuser, so that
   * row-level security holds; `ownerUrl`, when given, connects as the tables' owner, for migrations only.
   */
  | { kind: 'postgres'; url: string; ownerUrl?: string; poolSize?: number; timeouts?: DatabaseTimeouts }
  /**
   * `dataDir` is a folder, or `memory://`; `snapshot` is a dumped data folder to start from (tests);
   * `sharedBuffersMb`, PostgreSQL's shared_buffers (pglite/embedded-memory.ts).
   */
  | { kind: 'embedded'; dataDir: string; snapshot?: Blob; sharedBuffersMb?: number };

// Calendar dates stay 'YYYY-MM-DD' strings end to end; big integers stay exact strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => value);

/** How long PostgreSQL may take (AppConfig's `database`; README, "When the database is lost"). */
export interface DatabaseTimeouts {
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectTimeoutMs: 5000, statementTimeoutMs: 15_000 };

/**
 * How long past the statement timeout the server waits for an answer before it drops the
 * connection: PostgreSQL's own cancel normally comes first and keeps the connection usable;
 * only a database that cannot be heard from at all runs into this.
 */
const ANSWER_GRACE_MS = 1000;

/** Any fixed number, the same in every replica: the key of the migrations' advisory lock. */
const MIGRATION_LOCK_KEY = 7_265_013;

export interface OpenDatabaseOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for a list of entity classes
  entities: MixedList<Function | string | EntitySchema>;
  logger?: Logger;
}

/**
 * Whether the tenancy wall binds the server's role. A superuser or a BYPASSRLS role passes every
 * policy; a table owner is bound (the policies are forced) but could switch them off.
 */
export interface WallStatus {
  role: string;
  holds: boolean;
  /** Why it does not hold, in words for the operator. */
  reason: string | null;
}

/** An open data source with what it needs to close cleanly: the embedded instance, its lock file. */
export class OpenDatabase {
  constructor(
    readonly dataSource: DataSource,
    /** Serialises every unit of work on the embedded database; null on PostgreSQL, which isolates transactions itself. */
    readonly lock: ReentrantLock | null,
    private readonly embedded: { db: PGlite; folderLock: DataFolderLock | null; folder: string | null } | null,
    /** PostgreSQL: the owner's connection string for migrations, when the server's role is another. */
    private readonly ownerUrl: string | null = null,
    /** PostgreSQL: whether it answers (for readiness, and to refuse at once while it does not); null on the embedded database, which is in the process. */
    readonly availability: DatabaseAvailability | null = null,
  ) {}

  get kind(): 'postgres' | 'embedded' {
    return this.embedded ? 'embedded' : 'postgres';
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lock ? this.lock.run(work) : work();
  }

  /**
   * Applies pending migrations as the tables' owner; on PostgreSQL under an advisory lock, so
   * replicas starting together take turns. On the embedded database, call before `enterWall`.
   */
  async runMigrations(): Promise<string[]> {
    if (this.lock) return (await this.lock.run(() => this.dataSource.runMigrations({ transaction: 'all' }))).map((m) => m.name);
    // A connection of their own, without the requests' statement timeout: a migration, or the wait
    // for another replica's, may take longer than any request should.
    const owner = new DataSource({ ...common, url: this.ownerUrl ?? this.url, applicationName: 'coprod-migrations' });
    await owner.initialize();
    const holder = owner.createQueryRunner();
    try {
      await holder.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK_KEY]);
      return (await owner.runMigrations({ transaction: 'all' })).map((m) => m.name);
    } finally {
      await holder.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await holder.release();
      await owner.destroy();
    }
  }

  /**
   * Puts the server behind the tenancy wall. PGlite's one session is a superuser, which even
   * forced row-level security lets through, so it switches to the server's role; on PostgreSQL
   * the server connected as its role already, and this reports whether the wall binds it.
   */
  async enterWall(): Promise<WallStatus> {
    if (this.embedded) await this.exclusive(() => this.embedded!.db.exec(`SET ROLE ${APP_ROLE}`));
    const [row] = (await this.exclusive(() =>
      this.dataSource.query(
        `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
                EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owner
           FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    )) as Array<{ role: string; superuser: boolean; bypass: boolean; owner: boolean }>;
    const reason = row.superuser
      ? `the role ${row.role} is a superuser, which row-level security never binds`
      : row.bypass
        ? `the role ${row.role} has BYPASSRLS`
        : row.owner
          ? `the role ${row.role} owns tables, so it could switch their row-level security off`
          : null;
    return { role: row.role, holds: reason === null, reason };
  }

  /** Work as the tables' owner, outside the wall: the tests' look behind it, and data fixes. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw SQL rows: each caller knows the shape of what it selected
  async asOwner<T>(work: (query: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>): Promise<T> {
    if (this.embedded) {
      const db = this.embedded.db;
      return this.exclusive(async () => {
        await db.exec('RESET ROLE');
        try {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
          return await work(async (sql, params) => (await db.query(sql, params)).rows as any[]);
        } finally {
          await db.exec(`SET ROLE ${APP_ROLE}`);
        }
      });
    }
    const client = new pg.Client({ connectionString: this.ownerUrl ?? this.url });
    // A connection lost meanwhile fails the query in hand; unheard, its 'error' would end the process.
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }

  private get url(): string {
    return (this.dataSource.options as { url: string }).url;
  }

  async pendingMigrations(): Promise<boolean> {
    return this.exclusive(() => this.dataSource.showMigrations());
  }

  /** Dumps the embedded data folder (tests start from a migrated snapshot). */
  async dump(): Promise<Blob> {
    if (!this.embedded) throw new Error('Only the embedded database can be dumped');
    return this.exclusive(() => this.embedded!.db.dumpDataDir('none'));
  }

  async close(): Promise<void> {
    await this.availability?.stop();
    if (this.dataSource.isInitialized) await this.exclusive(() => this.dataSource.destroy());
    if (this.embedded) {
      await this.embedded.db.close();
      // Anything written during the run with looser modes is closed up before the folder is let go.
      if (this.embedded.folder) makeContentsPrivate(this.embedded.folder);
      this.embedded.folderLock?.release();
    }
  }
}

const common = {
  type: 'postgres' as const,
  synchronize: false,
  migrationsRun: false,
  migrationsTableName: 'migrations',
  migrations: MIGRATIONS,
  uuidExtension: 'pgcrypto' as const,
  installExtensions: false,
};

/** Where AppConfig says the data is: PostgreSQL at DATABASE_URL, else the embedded database in its folder (or from a dumped `snapshot`, in tests). */
export function databaseTarget(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'> & Partial<Pick<AppConfig, 'database'>>,
  snapshot?: Blob,
): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl ?? undefined, timeouts: config.database }
    : { kind: 'embedded', dataDir: config.dataDir, snapshot, sharedBuffersMb: config.database?.embeddedSharedBuffersMb };
}

/**
 * Destroys every connection of the data source's pool, once the database is known to be gone:
 * statements in flight fail now (DATABASE_UNAVAILABLE) rather than at their timeout, and no
 * connection that went silent is handed out again when the database is back. pg-pool keeps its
 * connections in `_clients` (pg 8) and takes each out as its socket closes.
 */
function dropPooledConnections(dataSource: DataSource): void {
  type Pooled = { connection?: { stream?: { destroy(): void } } };
  const pool = (dataSource.driver as unknown as { master?: { _clients?: Pooled[] } }).master;
  for (const client of [...(pool?._clients ?? [])]) client.connection?.stream?.destroy();
}

export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const timeouts = target.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
    const availability = new DatabaseAvailability({
      url: target.url,
      checkTimeoutMs: Math.min(timeouts.connectTimeoutMs, MAX_CHECK_TIMEOUT_MS),
      intervalMs: DEFAULT_CHECK_INTERVAL_MS,
      downIntervalMs: DEFAULT_DOWN_CHECK_INTERVAL_MS,
    });
    const dataSource = new DataSource({
      ...common,
      driver: scopedPg(availability),
      url: target.url,
      entities: options.entities,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
      poolSize: target.poolSize ?? 10,
      applicationName: 'coprod',
      // Bounds on every wait, so that a database that is gone or drops packets fails requests
      // instead of holding them: opening a connection or waiting for a free one, a statement
      // (cancelled by PostgreSQL), a transaction left idle (ended by PostgreSQL, releasing its
      // locks), and an answer that never comes (the connection is then dropped).
      connectTimeoutMS: timeouts.connectTimeoutMs,
      extra: {
        statement_timeout: timeouts.statementTimeoutMs,
        idle_in_transaction_session_timeout: timeouts.statementTimeoutMs,
        query_timeout: timeouts.statementTimeoutMs + ANSWER_GRACE_MS,
        keepAlive: true,
      },
      // A pooled connection that fails while idle is taken out of the pool by pg-pool; the
      // availability check then finds whether the database is gone.
      poolErrorHandler: () => availability.suspect(),
    });
    await dataSource.initialize();
    availability.onChange((reachable) => reachable || dropPooledConnections(dataSource));
    availability.start();
    return new OpenDatabase(dataSource, null, null, target.ownerUrl ?? null, availability);
  }

  let folderLock: DataFolderLock | null = null;
  let dataDir = target.dataDir;
  const folder = dataDir === 'memory://' ? null : dataDir;
  if (folder) {
    securePrivateDataFolder(folder);
    folderLock = new DataFolderLock(dataDir);
    folderLock.acquire();
    dataDir = join(dataDir, 'pgdata');
  }
  try {
    const startParams = pgliteStartParams(target.sharedBuffersMb ?? DEFAULT_SHARED_BUFFERS_MB);
    if (folder && !target.snapshot) await createDataFolder(dataDir, startParams);
    const db = await PGlite.create({
      dataDir,
      loadDataDir: target.snapshot,
      parsers: PGLITE_PARSERS,
      serializers: PGLITE_SERIALIZERS,
      startParams,
    });
    // PGlite writes a new folder's files 0666 whatever the umask.
    if (folder) makeContentsPrivate(folder);
    const lock = new ReentrantLock();
    const dataSource = new DataSource({
      ...common,
      driver: pgliteDriver(db, lock),
      database: 'postgres',
      entities: options.entities,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
    });
    // Any transaction, even one opened outside Database.transaction, holds the lock throughout.
    const transaction = dataSource.manager.transaction.bind(dataSource.manager) as (...args: unknown[]) => Promise<unknown>;
    (dataSource.manager as { transaction: unknown }).transaction = (...args: unknown[]) => lock.run(() => transaction(...args));
    await dataSource.initialize();
    return new OpenDatabase(dataSource, lock, { db, folderLock, folder });
  } catch (error) {
    folderLock?.release();
    throw error;
  }
}
