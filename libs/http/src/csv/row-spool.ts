import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Rows checked while a file streams in, kept on disk (one JSON line each) rather than in
 * memory, so that reading a file costs the same small memory however large it is and however
 * it ends. Only a file that passed whole is read back, for the one write.
 */
export class RowSpool<T> {
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly out: WriteStream,
  ) {}

  static async open<T>(): Promise<RowSpool<T>> {
    const dir = await mkdtemp(join(tmpdir(), 'coprod-import-'));
    const out = createWriteStream(join(dir, 'rows.ndjson'), { encoding: 'utf8' });
    await once(out, 'open');
    out.on('error', () => undefined); // a failed write shows as a failed read-back
    return new RowSpool<T>(dir, out);
  }

  get size(): number {
    return this.count;
  }

  async add(row: T): Promise<void> {
    this.count++;
    if (!this.out.write(`${JSON.stringify(row)}\n`)) await once(this.out, 'drain');
  }

  async *rows(): AsyncGenerator<T> {
    if (!this.out.writableFinished)
      await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const lines = createInterface({ input: createReadStream(join(this.dir, 'rows.ndjson'), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async remove(): Promise<void> {
    if (!this.out.writableFinished && !this.out.destroyed) await new Promise<void>((resolve) => this.out.end(() => resolve()));
    await rm(this.dir, { recursive: true, force: true });
  }
}
