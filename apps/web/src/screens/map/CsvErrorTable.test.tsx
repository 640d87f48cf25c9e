import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CsvErrorTable, describeProblem } from './CsvErrorTable';
import { importInitiativesCsv } from './csvImport';

const PROBLEMS = [
  { row: null, line: 1, column: 'nmae', message: 'is not a column of this format (column 2); the columns are external_ref, name, …' },
  { row: 2, line: 3, column: 'name', message: 'is required' },
  {
    row: 3,
    line: 4,
    column: 'service_area',
    message: `"Helth" is not one of the organisation's service areas (Health, Housing); add it first, then import`,
  },
  { row: 3, line: 4, column: 'people_involved', message: 'is not a whole number from 0 to 100,000,000' },
  { row: 5, line: 7, column: null, message: 'has 14 cells but the header names 12 columns' },
];

describe('CsvErrorTable', () => {
  it('shows every problem against its row (numbered as the spreadsheet shows it) and its column', () => {
    render(<CsvErrorTable problems={PROBLEMS} />);
    const table = screen.getByRole('table', { name: '5 problems in the file' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Header (row 1)', 'nmae', '“nmae” is not a column of this format (column 2); the columns are external_ref, name, ….'],
      ['Row 3', 'name', 'This cell is empty; fill it in.'],
      ['Row 4', 'service_area', `"Helth" is not one of the organisation's service areas (Health, Housing); add it first, then import.`],
      ['Row 4', 'people_involved', 'The value is not a whole number from 0 to 100,000,000.'],
      ['Row 6', '—', 'The row has 14 cells but the header names 12 columns.'],
    ]);
    // Each row's label is a row header, so a screen reader reads "Row 4" with each cell of that line.
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('Row 4');
  });

  it('says when only the first problems are listed', () => {
    render(<CsvErrorTable problems={PROBLEMS.slice(0, 2)} total={1500} />);
    expect(screen.getByRole('table')).toHaveAccessibleName('1,500 problems in the file The first 2 are listed here.');
  });

  it('words a whole-file problem on its own', () => {
    expect(
      describeProblem({ row: null, line: null, column: null, message: 'the file is empty: it needs a header row naming the columns' }),
    ).toBe('The file is empty: it needs a header row naming the columns.');
  });
});

describe('importInitiativesCsv', () => {
  const answer = (status: number, body: unknown) => async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('sends the file as text/csv with the organisation, and reads a refusal as the rows to fix', async () => {
    const calls: Array<[RequestInfo | URL, RequestInit | undefined]> = [];
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([input, init]);
      return answer(400, { rows: 3, created: 0, updated: 0, unchanged: 0, errors: PROBLEMS, errorCount: 5 })();
    }) as typeof fetch;
    const result = await importInitiativesCsv('org-1', new Blob(['name\n']), fetcher);
    expect(result).toMatchObject({ kind: 'refused', outcome: { errors: PROBLEMS, errorCount: 5 } });
    expect(calls[0][0]).toBe('/imports/initiatives');
    expect(calls[0][1]).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv', 'X-Organisation-Id': 'org-1' },
    });
  });

  it('tells a refused file from a session, role, size or server problem', async () => {
    expect(
      await importInitiativesCsv(
        'org-1',
        new Blob(['x']),
        answer(200, { rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] }) as typeof fetch,
      ),
    ).toMatchObject({ kind: 'imported', outcome: { created: 2 } });
    expect(await importInitiativesCsv('org-1', new Blob(['x']), answer(401, {}) as typeof fetch)).toEqual({
      kind: 'failed',
      reason: 'UNAUTHENTICATED',
    });
    expect(await importInitiativesCsv('org-1', new Blob(['x']), answer(403, {}) as typeof fetch)).toEqual({
      kind: 'failed',
      reason: 'FORBIDDEN',
    });
    expect(await importInitiativesCsv('org-1', new Blob(['x']), answer(413, {}) as typeof fetch)).toEqual({
      kind: 'failed',
      reason: 'TOO_LARGE',
    });
    expect(await importInitiativesCsv('org-1', new Blob(['x']), answer(500, {}) as typeof fetch)).toEqual({
      kind: 'failed',
      reason: 'SERVER',
    });
    expect(
      await importInitiativesCsv('org-1', new Blob(['x']), (async () => Promise.reject(new TypeError('offline'))) as typeof fetch),
    ).toEqual({ kind: 'failed', reason: 'NETWORK' });
  });
});
