import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Rows held in memory before a spool goes to disk, by the characters of their text: about 16 MB. */
export const SPOOL_MEMORY_CHARS = 8 * 1024 * 1024;

/**
 * Rows checked while a file streams in, held in memory up to a budget (`memoryChars`, the
 * characters of their text) and beyond it kept on disk (one JSON line each), so that reading a
 * file costs bounded memory however large it is and however it ends. Only a file that passed
 * whole is read back, for the one write. Below the budget no byte goes to disk: a file that
 * passes is held whole by the write anyway, and a file of ordinary size (10,000 rows are about
 * 3 MB) then costs no serialising and reading back.
 */
export class RowSpool<T> {
  private count = 0;
  private held: T[] = [];
  private heldChars = 0;
  private disk: { dir: string; out: WriteStream } | null = null;

  private constructor(private readonly memoryChars: number) {}

  static async open<T>(options: { memoryChars?: number } = {}): Promise<RowSpool<T>> {
    return new RowSpool<T>(options.memoryChars ?? SPOOL_MEMORY_CHARS);
  }

  get size(): number {
    return this.count;
  }

  /** Whether rows have gone to disk (the budget was passed). */
  get spilled(): boolean {
    return this.disk !== null;
  }

  async add(row: T): Promise<void> {
    this.count++;
    if (!this.disk) {
      const chars = textLength(row);
      if (this.heldChars + chars <= this.memoryChars) {
        this.held.push(row);
        this.heldChars += chars;
        return;
      }
      await this.spill();
    }
    await this.write(row);
  }

  async *rows(): AsyncGenerator<T> {
    if (!this.disk) {
      yield* this.held;
      return;
    }
    const { dir, out } = this.disk;
    if (!out.writableFinished)
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const lines = createInterface({ input: createReadStream(join(dir, 'rows.ndjson'), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async remove(): Promise<void> {
    this.held = [];
    if (!this.disk) return;
    const { dir, out } = this.disk;
    if (!out.writableFinished && !out.destroyed) await new Promise<void>((resolve) => out.end(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }

  /** Moves the rows held so far to a file, where every later row goes too. */
  private async spill(): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'coprod-import-'));
    const out = createWriteStream(join(dir, 'rows.ndjson'), { encoding: 'utf8' });
    await once(out, 'open');
    out.on('error', () => undefined); // a failed write shows as a failed read-back
    this.disk = { dir, out };
    const held = this.held;
    this.held = [];
    this.heldChars = 0;
    for (const row of held) await this.write(row);
  }

  private async write(row: T): Promise<void> {
    const out = this.disk!.out;
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  }
}

/** The characters of a row's text (its strings, and its arrays' strings), with a little for every value. */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length + 8;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + textLength(v), 16);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + textLength(v), 16);
  return 8;
}
