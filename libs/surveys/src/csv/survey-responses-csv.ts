import { FREQUENCIES, type Frequency } from '@app/workflow';

/**
 * # The survey responses CSV format
 *
 * `POST /imports/surveys/<surveyId>/responses` reads it: one response a row, under a header row
 * of question keys. UTF-8, comma-separated, RFC 4180 quoting, a byte-order mark accepted, CRLF
 * or LF line ends (the parser is libs/mapping's, shared with the initiatives import).
 *
 * Header: the first row, one column per question, named by the question's key as the survey
 * lists it (`safety.q1`, `environment.q3`, `health.q5`…), whatever the case, in any order. A
 * survey's questions may be left out (those questions are then unanswered in every row). A key
 * that is not one of this survey's questions, or one named twice, is an error, so a misspelt
 * column is never silently dropped; a column with an empty header is ignored, as long as its
 * cells are empty.
 *
 * Cells: `never`, `sometimes` or `often`, whatever the case, spaces around ignored; an empty
 * cell is a question not answered. A row whose cells are all empty is skipped; every other row
 * is one response, which answers at least one question.
 *
 * All or nothing: the whole file is checked first; any problem and nothing is written, with
 * every problem named by `row` (the data row, 1-based, counting every row after the header,
 * empty ones too: the spreadsheet's row number minus one), `line` (the line of the file the row
 * starts on) and `column` (the question key, or the header as written).
 */

/** A row's answers, one character per header column: `-` not answered, else the frequency's index in FREQUENCIES. */
export type EncodedRow = string;

export interface CsvProblem {
  row: number | null;
  line: number | null;
  column: string | null;
  message: string;
}

export interface ResponsesCsvHeader {
  /** For each column of the file, the question key it holds, or null for a column with an empty header. */
  columns: Array<string | null>;
}

const ANSWERS = FREQUENCIES.map((f) => f.toLowerCase()).join(', ');

export function readResponsesHeader(
  fields: readonly string[],
  line: number,
  questionKeys: readonly string[],
): { header?: ResponsesCsvHeader; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const known = new Map(questionKeys.map((k) => [k.toLowerCase(), k]));
  const seen = new Set<string>();
  const columns = fields.map((cell, index): string | null => {
    const name = cell.trim();
    if (!name) return null;
    const key = known.get(name.toLowerCase());
    if (!key) {
      problems.push({
        row: null,
        line,
        column: name,
        message: `is not a question of this survey (column ${index + 1}); its questions are ${questionKeys.join(', ')}`,
      });
      return null;
    }
    if (seen.has(key)) problems.push({ row: null, line, column: key, message: `appears twice in the header (column ${index + 1})` });
    seen.add(key);
    return key;
  });
  if (!problems.length && seen.size === 0) {
    problems.push({
      row: null,
      line,
      column: null,
      message: `the first row must be a header naming the question columns (${questionKeys.join(', ')})`,
    });
  }
  return problems.length ? { problems } : { header: { columns }, problems };
}

export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** One data row checked: its encoded answers, or the problems naming its cells. */
export function readResponseRow(
  fields: readonly string[],
  header: ResponsesCsvHeader,
  at: { row: number; line: number },
): { value?: EncodedRow; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let encoded = '';
  for (let i = 0; i < Math.max(fields.length, header.columns.length); i++) {
    const cell = (fields[i] ?? '').trim();
    const column = header.columns[i];
    if (i >= header.columns.length) {
      if (cell) problems.push({ ...at, column: null, message: `has a value in column ${i + 1}, past the last column of the header` });
      continue;
    }
    if (column === null) {
      if (cell)
        problems.push({
          ...at,
          column: `column ${i + 1}`,
          message: 'is a column with no header: name the question in the first row, or leave its cells empty',
        });
      continue;
    }
    if (!cell) {
      encoded += '-';
      continue;
    }
    const answer = FREQUENCIES.indexOf(cell.toUpperCase() as Frequency);
    if (answer < 0)
      problems.push({
        ...at,
        column,
        message: `must be one of ${ANSWERS}, or empty when not answered (got "${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}")`,
      });
    else encoded += String(answer);
  }
  return problems.length ? { problems } : { value: encoded, problems };
}

/** An encoded row back as stored answers: answered questions only. */
export function decodeRow(encoded: EncodedRow, header: ResponsesCsvHeader): Record<string, Frequency> {
  const keys = header.columns.filter((c): c is string => c !== null);
  const answers: Record<string, Frequency> = {};
  for (let i = 0; i < keys.length; i++) if (encoded[i] !== '-') answers[keys[i]] = FREQUENCIES[Number(encoded[i])];
  return answers;
}
