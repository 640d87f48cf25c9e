import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { CsvFatalError, csvStream, type ExportQuery, fileNamePart, parseCsv, RowSpool } from '@app/http';
import { ProgrammesService } from '@app/programmes';
import { InitiativesService } from '../initiatives/initiatives.service';
import { UPSERT_CHUNK } from '../initiatives/initiative-bulk.service';
import type { NormalisedInitiativeRow, RowField, RowFieldNamer } from '../initiatives/initiative-upsert';
import { nameKey, ServiceAreasService } from '../service-areas/service-areas.service';
import {
  type CsvHeader,
  type CsvProblem,
  exportCells,
  INITIATIVE_CSV_COLUMNS,
  type InitiativeCsvRow,
  isBlankRecord,
  readHeader,
  readRow,
  type ServiceAreaRef,
} from './initiative-csv';

/** More data rows than this and the file is refused: split it (a 50 MB file of real rows holds fewer). */
export const MAX_IMPORT_ROWS = 100_000;
/** Problems listed in a refusal; `errorCount` still counts them all. */
export const MAX_LISTED_ERRORS = 1000;
/** A single row longer than this is refused and reading stops (an unclosed quote would otherwise swallow the file). */
const MAX_RECORD_CHARS = 100_000;

export interface ImportOutcome {
  dryRun: boolean;
  /** Data rows read (blank rows not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Empty when the import went through; otherwise nothing was written. */
  errors: CsvProblem[];
  /** When refused: how many problems there are in all (the list stops at MAX_LISTED_ERRORS). */
  errorCount?: number;
  code?: 'BAD_USER_INPUT';
  message?: string;
}

/** What the import's fields are called in the file, for problems the shared upsert reports. */
const COLUMN_OF: Partial<Record<RowField, string>> = {
  externalRef: 'external_ref',
  name: 'name',
  description: 'description',
  serviceAreaId: 'service_area',
  serviceAreaName: 'service_area',
  forms: 'forms',
  participation: 'participation',
  motivation: 'motivation',
  peopleInvolved: 'people_involved',
  publicBodyInput: 'public_body_input',
  status: 'status',
  contact: 'contact',
  published: 'published',
};

/** Rolls a dry run's transaction back once it has said what it would do. */
class DryRunDone extends Error {
  constructor(readonly counts: { created: number; updated: number; unchanged: number }) {
    super('dry run');
  }
}

/** The problems found while reading: the first MAX_LISTED_ERRORS kept, all counted (a file of bad rows must not fill the memory with messages). */
class ProblemList {
  readonly listed: CsvProblem[] = [];
  count = 0;

  add(...problems: CsvProblem[]): void {
    for (const problem of problems) {
      this.count++;
      if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(problem);
    }
  }

  get full(): boolean {
    return this.count >= MAX_LISTED_ERRORS;
  }
}

interface ReadResult {
  rows: number;
  problems: ProblemList;
  /** The file could not be read to its end (bad bytes, a runaway row, too many rows). */
  stopped: boolean;
  empty: boolean;
}

/**
 * Imports and exports initiatives as CSV (the format is in `initiative-csv.ts`).
 *
 * An import reads the file as it streams in, checking each row as it comes and keeping the
 * rows that pass in a spool (in memory up to a budget, beyond it on disk), so that a file
 * refused at the 50 MB limit was never held. Only a file that was read to its end is then read
 * back a chunk at a time and handed, in one transaction, to `InitiativesService.upsertChunks`,
 * the shared set-based upsert, which matches rows to existing initiatives and reports
 * duplicates and ambiguous matches. Every problem, the file's and the upsert's, is reported at
 * once and nothing is written; a dry run does all of it and rolls back.
 */
@Injectable()
export class InitiativesCsvService {
  constructor(
    private readonly db: Database,
    private readonly areas: ServiceAreasService,
    private readonly initiatives: InitiativesService,
    private readonly programmes: ProgrammesService,
  ) {}

  async importInitiatives(
    ctx: RequestContext,
    body: AsyncIterable<Uint8Array>,
    options: { dryRun?: boolean } = {},
  ): Promise<ImportOutcome> {
    const dryRun = options.dryRun ?? false;
    const areas = new Map((await this.areas.list(ctx)).map((a): [string, ServiceAreaRef] => [nameKey(a.name), { id: a.id, name: a.name }]));
    const spool = await RowSpool.open<InitiativeCsvRow>();
    try {
      const read = await this.readFile(body, areas, spool);
      if (read.empty) {
        const empty = {
          row: null,
          line: null,
          column: null,
          message: 'the file is empty: it needs a header row naming the columns, then one row per initiative',
        };
        return refusal(dryRun, 0, [empty], 1, 'The file is empty');
      }
      // Rows past the listed problems are not checked against the organisation's initiatives: there is enough to fix first.
      if (read.stopped || read.problems.full || spool.size === 0) {
        return read.problems.count
          ? refusal(dryRun, read.rows, read.problems.listed, read.problems.count)
          : outcome(dryRun, read.rows, { created: 0, updated: 0, unchanged: 0 });
      }
      return await this.write(ctx, spool, read, dryRun);
    } finally {
      await spool.remove();
    }
  }

  /**
   * The organisation's initiatives (or one programme's) in the import's format, a page at a time;
   * starts with a byte-order mark for spreadsheets. Another organisation's programme is NOT_FOUND.
   */
  async exportInitiatives(ctx: RequestContext, query: ExportQuery = { programmeId: null }): Promise<{ name: string; stream: Readable }> {
    const programme = query.programmeId ? await this.programmes.get(ctx, query.programmeId) : null;
    const initiatives = this.initiatives;
    async function* rows(): AsyncGenerator<string[]> {
      for await (const initiative of initiatives.findForExport(ctx, { programmeId: programme?.id, pageSize: 1000 }))
        yield exportCells(initiative);
    }
    return {
      name: programme ? `initiatives-${fileNamePart(programme.name, 'programme')}` : 'initiatives',
      stream: csvStream(INITIATIVE_CSV_COLUMNS, rows()),
    };
  }

  /** Streams the file through the parser and the row checks, spooling the rows that pass. */
  private async readFile(
    body: AsyncIterable<Uint8Array>,
    areas: ReadonlyMap<string, ServiceAreaRef>,
    spool: RowSpool<InitiativeCsvRow>,
  ): Promise<ReadResult> {
    const problems = new ProblemList();
    let header: CsvHeader | undefined;
    let records = 0;
    let row = 0; // data rows, blank ones included: the spreadsheet's row number minus one
    let rows = 0; // data rows with something in them
    let firstRowBlank = false;
    let sawContent = false;
    try {
      for await (const record of parseCsv(body, MAX_RECORD_CHARS)) {
        records++;
        if (records === 1) {
          if (!record.error && isBlankRecord(record.fields)) {
            firstRowBlank = true;
            continue;
          }
          sawContent = true;
          if (record.error) problems.add({ row: null, line: record.line, column: null, message: `the header: ${record.error}` });
          const read = readHeader(record.fields, record.line);
          problems.add(...read.problems);
          header = read.header;
          continue;
        }
        row++;
        if (!record.error && isBlankRecord(record.fields)) continue;
        sawContent = true;
        rows++;
        if (rows > MAX_IMPORT_ROWS) {
          problems.add({
            row,
            line: record.line,
            column: null,
            message: `the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows: split it into smaller files`,
          });
          return { rows, problems, stopped: true, empty: false };
        }
        if (record.error) {
          problems.add({ row, line: record.line, column: null, message: record.error });
          continue;
        }
        if (!header) continue; // the header's problems say why the rows cannot be read
        const checked = readRow(record.fields, header, { row, line: record.line }, { serviceAreas: areas });
        if (checked.value) await spool.add(checked.value);
        else problems.add(...checked.problems);
      }
    } catch (error) {
      if (!(error instanceof CsvFatalError)) throw error;
      problems.add({ row: records === 0 ? null : row + 1, line: error.line, column: null, message: error.message });
      return { rows, problems, stopped: true, empty: false };
    }
    if (!sawContent) return { rows: 0, problems, stopped: true, empty: true };
    if (firstRowBlank)
      problems.add({ row: null, line: 1, column: null, message: 'the first row is empty: it must be the header naming the columns' });
    return { rows, problems, stopped: false, empty: false };
  }

  /**
   * Hands the spooled rows to the shared upsert in one transaction, a chunk at a time as they
   * are read back (so a large file is never held whole). It runs even when the file had
   * problems (with the rows that passed), so that the refusal also names duplicates and
   * ambiguous matches; then, as in a dry run, it rolls back.
   */
  private async write(ctx: RequestContext, spool: RowSpool<InitiativeCsvRow>, read: ReadResult, dryRun: boolean): Promise<ImportOutcome> {
    // Where each row passed to the upsert came from, by its index there: numbers only, for the problems it names.
    const rowOf: number[] = [];
    const lineOf: number[] = [];
    const fieldOf: RowFieldNamer = (index, field) => {
      const at = `row ${rowOf[index]}`;
      const column = COLUMN_OF[field];
      return column ? `${at}, column ${column}` : at;
    };
    async function* chunks(): AsyncGenerator<NormalisedInitiativeRow[]> {
      let chunk: NormalisedInitiativeRow[] = [];
      for await (const { row, line, ...values } of spool.rows()) {
        rowOf.push(row);
        lineOf.push(line);
        chunk.push(values);
        if (chunk.length === UPSERT_CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    }
    const problems = [...read.problems.listed];
    let count = read.problems.count;
    const rollBack = dryRun || count > 0;
    try {
      const counts = await this.db.transaction(ctx, async () => {
        // The upsert checks areas by id (they were resolved from names while reading).
        const counts = await this.initiatives.upsertChunks(ctx, chunks(), { fieldOf });
        if (rollBack) throw new DryRunDone(counts);
        return counts;
      });
      return outcome(false, read.rows, counts);
    } catch (error) {
      if (error instanceof DryRunDone) return count ? refusal(dryRun, read.rows, problems, count) : outcome(true, read.rows, error.counts);
      if (error instanceof BadInputError) {
        const lines = new Map(rowOf.map((row, index) => [row, lineOf[index]]));
        problems.push(...error.problems.map((p) => problemAt(p.field, p.message, lines)));
        count += error.problems.length;
        return refusal(dryRun, read.rows, problems, count);
      }
      // Anything else (FORBIDDEN to publish, a CONFLICT with a concurrent edit) is the answer, unless the file already had problems.
      if (error instanceof DomainError && count) {
        problems.push({ row: null, line: null, column: null, message: error.message });
        return refusal(dryRun, read.rows, problems, count + 1);
      }
      throw error;
    }
  }
}

/** Turns the upsert's `row 12, column name` back into a row, line and column. */
function problemAt(field: string, message: string, lines: ReadonlyMap<number, number>): CsvProblem {
  const match = /^row (\d+)(?:, column (\S+))?$/.exec(field);
  if (!match) return { row: null, line: null, column: null, message: `${field}: ${message}` };
  const row = Number(match[1]);
  return { row, line: lines.get(row) ?? null, column: match[2] ?? null, message };
}

function outcome(dryRun: boolean, rows: number, counts: { created: number; updated: number; unchanged: number }): ImportOutcome {
  return { dryRun, rows, ...counts, errors: [] };
}

function refusal(dryRun: boolean, rows: number, problems: CsvProblem[], count: number, message?: string): ImportOutcome {
  const listed = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, MAX_LISTED_ERRORS);
  const badRows = new Set(listed.flatMap((p) => (p.row === null ? [] : [p.row]))).size;
  const summary =
    count > listed.length
      ? `The file has ${count.toLocaleString('en-GB')} problems (the first ${listed.length.toLocaleString('en-GB')} are listed); nothing was imported: fix them and send the whole file again`
      : badRows
        ? `${badRows} ${badRows === 1 ? 'row has' : 'rows have'} problems; nothing was imported: fix them and send the whole file again`
        : 'The file cannot be imported as it is; nothing was imported';
  return {
    code: 'BAD_USER_INPUT',
    message: message ?? summary,
    dryRun,
    rows,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: listed,
    errorCount: count,
  };
}
