import { existsSync } from 'node:fs';
import { RowSpool } from './row-spool';

interface Row {
  row: number;
  name: string;
  forms: string[];
}

const row = (n: number): Row => ({ row: n, name: `Initiative ${n} "quoted", with a line\nbreak`, forms: ['CO_DESIGN', 'CO_DELIVERY'] });

async function all<T>(spool: RowSpool<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of spool.rows()) out.push(r);
  return out;
}

/** The spool's folder on disk, if it made one. */
const folderOf = (spool: RowSpool<unknown>) => (spool as unknown as { disk: { dir: string } | null }).disk?.dir ?? null;

describe('RowSpool', () => {
  it('holds rows within its budget in memory, touching no disk', async () => {
    const spool = await RowSpool.open<Row>();
    for (let n = 1; n <= 1000; n++) await spool.add(row(n));
    expect(spool.size).toBe(1000);
    expect(spool.spilled).toBe(false);
    expect(folderOf(spool)).toBeNull();
    expect(await all(spool)).toEqual(Array.from({ length: 1000 }, (_, i) => row(i + 1)));
    await spool.remove();
    expect(await all(spool)).toEqual([]);
  });

  it('goes to disk past its budget, and gives every row back in order, then removes its file', async () => {
    const spool = await RowSpool.open<Row>({ memoryChars: 2000 });
    for (let n = 1; n <= 500; n++) await spool.add(row(n));
    expect(spool.spilled).toBe(true);
    const folder = folderOf(spool)!;
    expect(existsSync(folder)).toBe(true);
    expect(await all(spool)).toEqual(Array.from({ length: 500 }, (_, i) => row(i + 1)));
    await spool.remove();
    expect(existsSync(folder)).toBe(false);
  });
});
