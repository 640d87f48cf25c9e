import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../data-source';
import { createDataFolder, pgliteStartParams } from './embedded-memory';

describe("the embedded database's memory", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coprod-memory-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new folder in a process of its own, leaves one that holds a database alone, and opens it with the shared buffers asked for', async () => {
    const pgdata = join(dir, 'pgdata');
    await createDataFolder(pgdata, pgliteStartParams(8));
    expect(readFileSync(join(pgdata, 'PG_VERSION'), 'utf8').trim()).toMatch(/^\d+$/);
    const created = statSync(join(pgdata, 'global', 'pg_control')).mtimeMs;
    await createDataFolder(pgdata, pgliteStartParams(8));
    expect(statSync(join(pgdata, 'global', 'pg_control')).mtimeMs).toBe(created);

    const db = await openDatabase({ kind: 'embedded', dataDir: dir, sharedBuffersMb: 8 }, { entities: [] });
    try {
      expect(await db.dataSource.query(`SHOW shared_buffers`)).toEqual([{ shared_buffers: '8MB' }]);
    } finally {
      await db.close();
    }
  });

  it("keeps PGlite's own start parameters and adds shared_buffers after them, where PostgreSQL takes the last value", () => {
    const params = pgliteStartParams(16);
    expect(params.slice(0, PGlite.defaultStartParams.length)).toEqual(PGlite.defaultStartParams);
    expect(params.slice(PGlite.defaultStartParams.length)).toEqual(['-c', 'shared_buffers=16MB']);
  });
});
