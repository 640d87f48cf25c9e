import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError } from './pglite/data-folder-lock';
import { type OpenDatabase, openDatabase } from './data-source';

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
