import { downloadExport } from '../../components/CsvDownload';
/** One problem the import found (libs/mapping/src/csv/initiative-csv.ts: CsvProblem). */
export interface CsvProblem {
  /** The data row, 1-based after the header; null for the header or the file as a whole. */
  row: number | null;
  line: number | null;
  column: string | null;
  message: string;
}

/** What POST /imports/initiatives answers (libs/mapping/src/csv/initiatives-csv.service.ts: ImportOutcome). */
export interface ImportOutcome {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: CsvProblem[];
  errorCount?: number;
  message?: string;
}

export type ImportResult =
  | { kind: 'imported'; outcome: ImportOutcome }
  | { kind: 'refused'; outcome: ImportOutcome }
  /** Not the file's fault: the session, the role, the size, the network or the server. */
  | { kind: 'failed'; reason: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_LARGE' | 'NETWORK' | 'SERVER' };

/**
 * Sends the file to the API's import (a plain HTTP endpoint: a large file does not go through
 * GraphQL), with the session cookie and the organisation's header, as the page's own request.
 * The API checks every row first and writes nothing unless all of them are right.
 */
export async function importInitiativesCsv(organisationId: string, file: Blob, fetcher: typeof fetch = fetch): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetcher('/imports/initiatives', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv', 'X-Organisation-Id': organisationId, Accept: 'application/json' },
      body: file,
    });
  } catch {
    return { kind: 'failed', reason: 'NETWORK' };
  }
  if (response.status === 401) return { kind: 'failed', reason: 'UNAUTHENTICATED' };
  if (response.status === 403) return { kind: 'failed', reason: 'FORBIDDEN' };
  if (response.status === 413) return { kind: 'failed', reason: 'TOO_LARGE' };
  const body = (await response.json().catch(() => null)) as ImportOutcome | null;
  if (response.ok && body) return { kind: 'imported', outcome: body };
  if (response.status === 400 && body && Array.isArray(body.errors) && body.errors.length) return { kind: 'refused', outcome: body };
  if (response.status === 400 && body?.message)
    return {
      kind: 'refused',
      outcome: { rows: 0, created: 0, updated: 0, unchanged: 0, errors: [{ row: null, line: null, column: null, message: body.message }] },
    };
  return { kind: 'failed', reason: 'SERVER' };
}

/** Downloads the organisation's initiatives as CSV, as every export is downloaded (components/CsvDownload.tsx). */
export async function exportInitiativesCsv(organisationId: string, fetcher: typeof fetch = fetch): Promise<'ok' | 'failed'> {
  return (await downloadExport(organisationId, 'initiatives', undefined, fetcher)) === null ? 'ok' : 'failed';
}
