import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { DataFolderLock } from './pglite/data-folder-lock';
import { makeContentsPrivate, securePrivateDataFolder } from './pglite/data-folder-permissions';
import { PGLITE_PARSERS, PGLITE_SERIALIZERS, pgliteDriver } from './pglite/pglite-driver';
import { ReentrantLock } from './pglite/reentrant-lock';
import { MIGRATIONS } from './migrations';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` is a folder, or `memory://`; `snapshot` is a dumped data folder to start from (tests). */
  | { kind: 'embedded'; dataDir: string; snapshot?: Blob };

// Calendar dates stay 'YYYY-MM-DD' strings end to end; big integers stay exact strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => value);

/** Any fixed number, the same in every replica: the key of the migrations' advisory lock. */
const MIGRATION_LOCK_KEY = 7_265_013;

export interface OpenDatabaseOptions {
  entities: MixedList<Function | string | EntitySchema>;
  logger?: Logger;
}

/** An open data source with what it needs to close cleanly: the embedded instance, its lock file. */
export class OpenDatabase {
  constructor(
    readonly dataSource: DataSource,
    /** Serialises every unit of work on the embedded database; null on PostgreSQL, which isolates transactions itself. */
    readonly lock: ReentrantLock | null,
    private readonly embedded: { db: PGlite; folderLock: DataFolderLock | null; folder: string | null } | null,
  ) {}

  get kind(): 'postgres' | 'embedded' {
    return this.embedded ? 'embedded' : 'postgres';
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lock ? this.lock.run(work) : work();
  }

  /** Applies pending migrations; on PostgreSQL under an advisory lock, so replicas starting together take turns. */
  async runMigrations(): Promise<string[]> {
    if (this.lock) return (await this.lock.run(() => this.dataSource.runMigrations({ transaction: 'all' }))).map((m) => m.name);
    const holder = this.dataSource.createQueryRunner();
    try {
      await holder.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK_KEY]);
      return (await this.dataSource.runMigrations({ transaction: 'all' })).map((m) => m.name);
    } finally {
      await holder.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await holder.release();
    }
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

export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      ...common,
      url: target.url,
      entities: options.entities,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
      poolSize: target.poolSize ?? 10,
      applicationName: 'coprod',
    });
    await dataSource.initialize();
    return new OpenDatabase(dataSource, null, null);
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
    const db = await PGlite.create({
      dataDir,
      loadDataDir: target.snapshot,
      parsers: PGLITE_PARSERS,
      serializers: PGLITE_SERIALIZERS,
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
