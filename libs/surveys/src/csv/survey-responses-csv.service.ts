import { Injectable } from '@nestjs/common';
import { type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { CsvFatalError, parseCsv } from '@app/http';
import { SurveyResponsesService } from '../responses/survey-responses.service';
import { SurveyClosedError } from '../surveys/survey-link';
import { SurveysService } from '../surveys/surveys.service';
import {
  type CsvProblem,
  decodeRow,
  type EncodedRow,
  isBlankRecord,
  readResponseRow,
  readResponsesHeader,
  type ResponsesCsvHeader,
} from './survey-responses-csv';

/** More data rows than this and the file is refused: split it. */
export const MAX_RESPONSE_ROWS = 100_000;
/** Problems listed in a refusal; reading stops once this many are found, so `errorCount` is then a lower bound. */
export const MAX_LISTED_PROBLEMS = 1000;
/** One row longer than this stops the reading (an unclosed quote would otherwise swallow the file). */
const MAX_RECORD_CHARS = 10_000;

export interface ResponsesImportOutcome {
  dryRun: boolean;
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Responses written, or on a dry run that would be. */
  imported: number;
  /** Empty when the import went through; otherwise nothing was written. */
  errors: CsvProblem[];
  errorCount?: number;
  code?: 'BAD_USER_INPUT';
  message?: string;
}

interface ReadFile {
  header?: ResponsesCsvHeader;
  /** The rows that passed, one short string each (a response is at most a few dozen characters this way). */
  rows: EncodedRow[];
  dataRows: number;
  problems: CsvProblem[];
  problemCount: number;
  empty: boolean;
}

/**
 * Imports a survey's responses from CSV (the format is in `survey-responses-csv.ts`): the file
 * is read as it streams in (through the shared parser and the byte limit the controller puts on
 * it), every row checked against the survey's own questions, and only a file without a single
 * problem is written, in one transaction, with one SURVEY_RESPONSES_IMPORTED event.
 */
@Injectable()
export class SurveyResponsesCsvService {
  constructor(
    private readonly db: Database,
    private readonly surveys: SurveysService,
    private readonly responses: SurveyResponsesService,
  ) {}

  async importResponses(
    ctx: RequestContext,
    surveyId: string,
    body: AsyncIterable<Uint8Array>,
    options: { dryRun?: boolean } = {},
  ): Promise<ResponsesImportOutcome> {
    const dryRun = options.dryRun ?? false;
    // Refuse before reading a byte: another organisation's survey is NOT_FOUND, a closed one says so.
    const survey = await this.surveys.get(ctx, surveyId);
    if (survey.closedAt) throw new SurveyClosedError();

    // The optional driver questions, when the survey asks them, are columns like any other.
    const read = await this.readFile(
      body,
      [...survey.questions, ...survey.driverQuestions].map((q) => q.key),
    );
    if (read.empty)
      return refusal(
        dryRun,
        0,
        [
          {
            row: null,
            line: null,
            column: null,
            message: 'the file is empty: it needs a header row of question keys, then one row per response',
          },
        ],
        1,
      );
    if (read.problemCount) return refusal(dryRun, read.dataRows, read.problems, read.problemCount);
    if (dryRun || read.rows.length === 0) return { dryRun, rows: read.dataRows, imported: read.rows.length, errors: [] };

    const header = read.header!;
    const imported = await this.db.transaction(ctx, async (em) => {
      // Checked again under the lock: a close that came in while the file was read wins.
      await this.surveys.lockOpen(ctx, surveyId);
      return this.responses.insertImported(em, ctx, surveyId, decodeAll(read.rows, header));
    });
    return { dryRun, rows: read.dataRows, imported, errors: [] };
  }

  private async readFile(body: AsyncIterable<Uint8Array>, questionKeys: readonly string[]): Promise<ReadFile> {
    const out: ReadFile = { rows: [], dataRows: 0, problems: [], problemCount: 0, empty: true };
    const add = (...problems: CsvProblem[]) => {
      for (const p of problems) {
        out.problemCount++;
        if (out.problems.length < MAX_LISTED_PROBLEMS) out.problems.push(p);
      }
    };
    let records = 0;
    let row = 0;
    try {
      for await (const record of parseCsv(body, MAX_RECORD_CHARS)) {
        records++;
        if (records === 1) {
          if (!record.error && isBlankRecord(record.fields)) {
            add({
              row: null,
              line: record.line,
              column: null,
              message: 'the first row is empty: it must be the header naming the question columns',
            });
            continue;
          }
          out.empty = false;
          if (record.error) add({ row: null, line: record.line, column: null, message: `the header: ${record.error}` });
          const read = readResponsesHeader(record.fields, record.line, questionKeys);
          add(...read.problems);
          out.header = read.header;
          continue;
        }
        row++;
        if (!record.error && isBlankRecord(record.fields)) continue;
        out.empty = false;
        out.dataRows++;
        if (out.dataRows > MAX_RESPONSE_ROWS) {
          add({
            row,
            line: record.line,
            column: null,
            message: `the file has more than ${MAX_RESPONSE_ROWS.toLocaleString('en-GB')} rows: split it into smaller files`,
          });
          break;
        }
        if (record.error) {
          add({ row, line: record.line, column: null, message: record.error });
          continue;
        }
        if (!out.header) continue; // the header's problems say why the rows cannot be read
        const checked = readResponseRow(record.fields, out.header, { row, line: record.line });
        if (checked.value !== undefined) out.rows.push(checked.value);
        else add(...checked.problems);
        // Enough to fix first; reading on would only fill the memory with messages.
        if (out.problemCount >= MAX_LISTED_PROBLEMS) break;
      }
    } catch (error) {
      if (!(error instanceof CsvFatalError)) throw error;
      out.empty = false;
      add({ row: records === 0 ? null : row + 1, line: error.line, column: null, message: error.message });
    }
    // A first row that was empty but nothing else is just an empty file.
    if (out.empty) return { ...out, problems: [], problemCount: 0 };
    return out;
  }
}

/** The rows as stored answers, one at a time (never all of them as objects at once). */
function* decodeAll(rows: readonly EncodedRow[], header: ResponsesCsvHeader): Generator<Record<string, string>> {
  for (const row of rows) yield decodeRow(row, header);
}

function refusal(dryRun: boolean, rows: number, problems: CsvProblem[], count: number): ResponsesImportOutcome {
  const badRows = new Set(problems.flatMap((p) => (p.row === null ? [] : [p.row]))).size;
  const message =
    // Reading stopped at the limit: there may be more.
    count >= MAX_LISTED_PROBLEMS
      ? `The file has at least ${count.toLocaleString('en-GB')} problems (the first ${problems.length.toLocaleString('en-GB')} are listed); nothing was imported: fix them and send the whole file again`
      : badRows
        ? `${badRows} ${badRows === 1 ? 'row has' : 'rows have'} problems; nothing was imported: fix them and send the whole file again`
        : 'The file cannot be imported as it is; nothing was imported';
  return { code: 'BAD_USER_INPUT', message, dryRun, rows, imported: 0, errors: problems, errorCount: count };
}
