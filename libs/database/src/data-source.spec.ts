import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError } from './pglite/data-folder-lock';
import { DataFolderPermissionError } from './pglite/data-folder-permissions';
import { type OpenDatabase, openDatabase } from './data-source';

/** Every path under the folder with its permission bits, the folder itself first. */
function modes(folder: string): { path: string; directory: boolean; mode: number }[] {
  const found = [{ path: folder, directory: true, mode: statSync(folder).mode & 0o777 }];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found.push({ path, directory: entry.isDirectory(), mode: lstatSync(path).mode & 0o777 });
  }
  return found;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the embedded database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coprod-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across a restart and refuses a second process on the same folder', async () => {
    const first = await openDatabase({ kind: 'embedded', dataDir: dir }, { entities: [] });
    await first.dataSource.query(`CREATE TABLE kept (value text)`);
    await first.dataSource.query(`INSERT INTO kept VALUES ('still here')`);

    const second = openDatabase({ kind: 'embedded', dataDir: dir }, { entities: [] });
    await expect(second).rejects.toThrow(DataFolderInUseError);
    await expect(second).rejects.toThrow(/in use by another coprod process \(pid \d+\)/);

    await first.close();
    const reopened = await openDatabase({ kind: 'embedded', dataDir: dir }, { entities: [] });
    expect(await reopened.dataSource.query(`SELECT value FROM kept`)).toEqual([{ value: 'still here' }]);
    await reopened.close();
  });

  describe('its folder', () => {
    const shared = (entries: ReturnType<typeof modes>) => entries.filter((e) => e.mode !== (e.directory ? 0o700 : 0o600));

    it('is created private, with every file PGlite writes readable by its owner alone, during the run and after', async () => {
      const folder = join(dir, 'new', 'data');
      const db = await openDatabase({ kind: 'embedded', dataDir: folder }, { entities: [] });
      const whileOpen = modes(folder);
      expect(whileOpen.filter((e) => !e.directory).length).toBeGreaterThan(500); // PGlite's own files are there
      expect(shared(whileOpen)).toEqual([]);
      await db.dataSource.query(`CREATE TABLE person (id int PRIMARY KEY, name text)`);
      await db.dataSource.query(`INSERT INTO person SELECT n, 'someone' FROM generate_series(1, 1000) n`);
      await db.close();
      expect(shared(modes(folder))).toEqual([]);
    });

    it('makes an existing folder private at start (as older versions left it: 0755, files 0666)', async () => {
      const db = await openDatabase({ kind: 'embedded', dataDir: dir }, { entities: [] });
      await db.close();
      chmodSync(dir, 0o755);
      for (const entry of modes(dir).slice(1)) chmodSync(entry.path, entry.directory ? 0o755 : 0o666);
      writeFileSync(join(dir, 'jwt-secret'), 'secret\n', { mode: 0o644 });

      const reopened = await openDatabase({ kind: 'embedded', dataDir: dir }, { entities: [] });
      expect(shared(modes(dir))).toEqual([]);
      await reopened.close();
    });

    it.each([
      ['others', 0o757],
      ['its group', 0o775],
    ])('is refused, with the fix in one line, when %s can write to it', async (_who, mode) => {
      const folder = join(dir, 'open');
      mkdirSync(folder);
      chmodSync(folder, mode);
      const opening = openDatabase({ kind: 'embedded', dataDir: folder }, { entities: [] });
      await expect(opening).rejects.toThrow(DataFolderPermissionError);
      await expect(opening).rejects.toThrow(
        `The data folder ${folder} can be written by other users (mode 0${mode.toString(8)}): check its contents, run chmod 700 ${folder}, then start again.`,
      );
      expect(statSync(folder).mode & 0o777).toBe(mode); // left as found, for its owner to check
      expect(readdirSync(folder)).toEqual([]); // nothing written into it

      chmodSync(folder, 0o700); // the fix the message gives
      const db = await openDatabase({ kind: 'embedded', dataDir: folder }, { entities: [] });
      await db.close();
    });
  });

  describe('under concurrent work', () => {
    let db: OpenDatabase;
    beforeAll(async () => {
      db = await openDatabase({ kind: 'embedded', dataDir: 'memory://' }, { entities: [] });
      await db.dataSource.query(`CREATE TABLE entry (n int PRIMARY KEY, committed boolean NOT NULL)`);
    });
    afterAll(() => db.close());

    it('isolates transactions: rollbacks undo only their own rows and reads never see uncommitted ones', async () => {
      const seen: number[] = [];
      const writers = Array.from({ length: 40 }, (_, n) =>
        db.dataSource
          .transaction(async (em) => {
            await em.query(`INSERT INTO entry (n, committed) VALUES ($1, $2)`, [n, n % 3 !== 0]);
            await tick(); // let every other writer and reader try to run in between
            await em.query(`UPDATE entry SET committed = committed WHERE n = $1`, [n]);
            if (n % 3 === 0) throw new Error(`roll back ${n}`);
          })
          .catch(() => undefined),
      );
      const readers = Array.from({ length: 40 }, async () => {
        await tick();
        const rows: Array<{ n: number; committed: boolean }> = await db.dataSource.query(`SELECT n, committed FROM entry`);
        for (const row of rows) if (!row.committed) seen.push(row.n);
      });
      await Promise.all([...writers, ...readers]);

      const rows: Array<{ n: number }> = await db.dataSource.query(`SELECT n FROM entry ORDER BY n`);
      const expected = Array.from({ length: 40 }, (_, n) => n).filter((n) => n % 3 !== 0);
      expect(rows.map((r) => r.n)).toEqual(expected); // nothing lost, nothing leaked
      expect(seen).toEqual([]); // no reader saw a row that was later rolled back
    });

    it('runs with 16 MB of shared buffers unless told otherwise (pglite/embedded-memory.ts)', async () => {
      expect(await db.dataSource.query(`SHOW shared_buffers`)).toEqual([{ shared_buffers: '16MB' }]);
    });

    it('lets queries inside a transaction run without waiting for their own lock', async () => {
      const total = await db.dataSource.transaction(async (em) => {
        await em.query(`INSERT INTO entry (n, committed) VALUES (1000, true)`);
        const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM entry WHERE n = 1000`);
        return count;
      });
      expect(total).toBe(1);
    });
  });
});
