import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../libs/database/src/data-source';
import { onServer, serverUrl, TEST_DATABASE_PREFIX, withDatabase } from './databases';

/**
 * Migrates one database for the whole run, which each test file then copies: on PostgreSQL
 * a template database (CREATE DATABASE … TEMPLATE), on PGlite a dumped data folder.
 * Jest loads this file without the path aliases, so it imports by relative path and needs
 * only the migrations, not the entities.
 */
export default async function globalSetup(): Promise<void> {
  const url = serverUrl();
  if (url) {
    const template = `${TEST_DATABASE_PREFIX}template_${process.pid}`;
    await onServer(url, async (c) => {
      // Databases left by an earlier run that was killed.
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%'`);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${template}"`);
    });
    const db = await openDatabase({ kind: 'postgres', url: withDatabase(url, template) }, { entities: [] });
    await db.runMigrations();
    await db.close();
    process.env.COPROD_TEST_TEMPLATE = template;
    return;
  }
  const db = await openDatabase({ kind: 'embedded', dataDir: 'memory://' }, { entities: [] });
  await db.runMigrations();
  const snapshot = await db.dump();
  await db.close();
  const file = join(tmpdir(), `coprod-test-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  process.env.COPROD_TEST_SNAPSHOT = file;
}
