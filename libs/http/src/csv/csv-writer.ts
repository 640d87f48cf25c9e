import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV line (with its CRLF), quoting the fields that need it (RFC 4180). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')}\r\n`;
}

/** Text is handed on in pieces of about this size, not line by line. */
const PIECE_CHARS = 64 * 1024;

/**
 * A CSV file as a stream: a byte-order mark (so spreadsheets read it as UTF-8), the header, then
 * each row as `rows` yields it; never more than a piece of it in memory.
 */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly string[]>): Readable {
  async function* pieces(): AsyncGenerator<string> {
    let buffer = `\uFEFF${csvLine(header)}`;
    for await (const row of rows) {
      buffer += csvLine(row);
      if (buffer.length >= PIECE_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    yield buffer;
  }
  return Readable.from(pieces(), { objectMode: false, encoding: 'utf8' });
}

/** Answers with a CSV download named `<name>-<today>.csv`, kept by no cache. */
export function sendCsv(reply: FastifyReply, name: string, stream: Readable): void {
  const day = new Date().toISOString().slice(0, 10);
  void reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .send(stream);
}
