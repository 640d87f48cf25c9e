import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../../libs/database/src/data-source';
import { onServer, runPrefix, serverUrl, TEST_DATABASE_PREFIX, TEST_OWNER_ROLE_PREFIX, TEST_SERVER_ROLE, withDatabase } from './databases';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Migrates one database for the whole run, which each test file then copies: on PostgreSQL
 * a template database (CREATE DATABASE … TEMPLATE), on PGlite a dumped data folder.
 * Jest loads this file without the path aliases, so it imports by relative path and needs
 * only the migrations, not the entities.
 */
export default async function globalSetup(): Promise<void> {
  const url = serverUrl();
  process.env.COPROD_TEST_RUN = String(process.pid);
  if (url) {
    const template = `${runPrefix()}template`;
    await onServer(url, async (c) => {
      // Databases left by earlier runs that were killed (their Jest process is gone).
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%'`);
      for (const { datname } of rows) {
        const pid = Number(/^coprod_test_(\d+)_/.exec(datname)?.[1]);
        if (!pid || !alive(pid)) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      // And the owners such runs made for their databases, now gone.
      const owners = await c.query(`SELECT rolname FROM pg_roles WHERE starts_with(rolname, '${TEST_OWNER_ROLE_PREFIX}')`);
      for (const { rolname } of owners.rows) {
        const pid = Number(/^coprod_test_owner_(\d+)_/.exec(rolname)?.[1]);
        if (!pid || !alive(pid)) await c.query(`DROP ROLE IF EXISTS "${rolname}"`);
      }
      await c.query(`CREATE DATABASE "${template}"`);
      // Roles belong to the whole server: made once, kept between runs.
      await c.query(`DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coprod_app') THEN CREATE ROLE coprod_app NOLOGIN; END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${TEST_SERVER_ROLE}') THEN CREATE ROLE ${TEST_SERVER_ROLE} LOGIN IN ROLE coprod_app; END IF;
        END $$`);
    });
    const db = await openDatabase({ kind: 'postgres', url: withDatabase(url, template) }, { entities: [] });
    await db.runMigrations();
    await db.close();
    process.env.COPROD_TEST_TEMPLATE = template;
    return;
  }
  // Every test file boots from this snapshot, so it is kept small: WAL segments of 1 MB rather than
  // 16 MB, and no template databases (nothing creates a database on PGlite). 19 MB rather than 44 MB
  // boots on about two thirds of the CPU time.
  const cluster = await PGlite.create({ dataDir: 'memory://', initDbStartParams: ['--wal-segsize=1'] });
  for (const name of ['template1', 'template0']) {
    await cluster.exec(`ALTER DATABASE ${name} IS_TEMPLATE false`);
    await cluster.exec(`DROP DATABASE ${name}`);
  }
  const empty = await cluster.dumpDataDir('none');
  await cluster.close();
  const db = await openDatabase({ kind: 'embedded', dataDir: 'memory://', snapshot: empty }, { entities: [] });
  await db.runMigrations();
  // Each boot then starts at a checkpoint, with no WAL to replay.
  await db.asOwner((query) => query('CHECKPOINT'));
  const snapshot = await db.dump();
  await db.close();
  const file = join(tmpdir(), `coprod-test-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  process.env.COPROD_TEST_SNAPSHOT = file;
}
