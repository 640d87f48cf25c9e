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

// ---------------------------------------------------------------------------------------------
// Spreadsheet formula injection: every export escapes text cells with this one rule.

const ESCAPE_ON_EXPORT = /^'*[=+\-@\t\r]/;
const ESCAPED_ON_IMPORT = /^'+[=+\-@\t\r]/;

/**
 * A cell as written to a file: a `'` in front of anything a spreadsheet would run (a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return, after any apostrophes), so it shows
 * as text rather than running.
 */
export function escapeFormula(cell: string): string {
  return ESCAPE_ON_EXPORT.test(cell) ? `'${cell}` : cell;
}

/** A cell as read back from a file: undoes `escapeFormula`, exactly (`'=SUM(A1)` → `=SUM(A1)`, `'It's` stays). */
export function unescapeFormula(cell: string): string {
  return ESCAPED_ON_IMPORT.test(cell) ? cell.slice(1) : cell;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number the server wrote as an exact decimal string (money "-150.00", a measurement "12.5"):
 * written as it is, since a plain number cannot run as a formula, so a negative amount stays a
 * number in a spreadsheet. Anything that is not a plain decimal is refused here, a programming error.
 */
export class CsvDecimal {
  constructor(readonly text: string) {
    if (!PLAIN_DECIMAL.test(text)) throw new Error(`"${text.slice(0, 40)}" is not a plain decimal number`);
  }
}

/** A decimal cell, or an empty one for null. */
export function csvDecimal(text: string | null | undefined): CsvDecimal | null {
  return text === null || text === undefined ? null : new CsvDecimal(text);
}

/** What a column may put in a cell: text (escaped), a number or decimal (written as it is), yes/no, or empty. */
export type CsvCell = string | number | boolean | CsvDecimal | null | undefined;

/** One column of an export: its name in the header row and how one record fills it. */
export interface CsvColumn<T> {
  readonly name: string;
  readonly cell: (record: T) => CsvCell;
}

/** A cell's text in an export: text escaped against formula injection, numbers as they are, yes or no, empty for nothing. */
export function exportCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written to a CSV cell`);
    return String(value);
  }
  if (value instanceof CsvDecimal) return value.text;
  return escapeFormula(value);
}

/**
 * An export as a stream: the header row names `columns` in their order, then one row per record
 * `records` yields, each cell through `exportCell`. Every export of the server is written this
 * way, so the formula escaping and the byte-order mark are the same in all of them.
 */
export function csvTable<T>(columns: readonly CsvColumn<T>[], records: AsyncIterable<T>): Readable {
  async function* rows(): AsyncGenerator<string[]> {
    for await (const record of records) yield columns.map((column) => exportCell(column.cell(record)));
  }
  return csvStream(
    columns.map((c) => c.name),
    rows(),
  );
}

const TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as every export writes it: `YYYY-MM-DD HH:MM` in the organisation's time zone (which
 * spreadsheets read as a date and time), empty for none. The zone is the organisation's IANA name.
 */
export function csvLocalTime(moment: Date | null | undefined, timeZone: string): string | null {
  if (!moment) return null;
  let format = TIME_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    TIME_FORMATS.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** Lower-case ASCII words joined by hyphens, for a file name: "Café & bar" → "cafe-bar"; `fallback` when nothing is left. */
export function fileNamePart(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Answers with a CSV download named `<name>-<today>.csv`, kept by no cache. */
export function sendCsv(reply: FastifyReply, name: string, stream: Readable): void {
  const day = new Date().toISOString().slice(0, 10);
  void reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileNamePart(name, 'export')}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .send(stream);
}
