import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { ImportResponses, importResponsesFile } from './ImportResponses';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const PROBLEMS = [
  {
    row: null,
    line: 1,
    column: 'helth.q1',
    message: 'is not a question of this survey (column 2); its questions are health.q1, health.q2',
  },
  { row: 2, line: 3, column: 'health.q2', message: 'must be one of NEVER, SOMETIMES, OFTEN, or empty when not answered (got "always")' },
];

afterEach(() => vi.unstubAllGlobals());

describe('importResponsesFile', () => {
  it('sends the file as text/csv with the organisation named, on the page’s own session', async () => {
    const fetcher = vi.fn(async () => json(200, { rows: 2, imported: 2, errors: [] }));
    vi.stubGlobal('fetch', fetcher);
    expect(await importResponsesFile('org-1', 'survey-1', new Blob(['health.q1\nOFTEN\n']))).toEqual({ kind: 'imported', count: 2 });
    expect(fetcher).toHaveBeenCalledWith(
      '/imports/surveys/survey-1/responses',
      expect.objectContaining({
        method: 'POST',
        credentials: 'same-origin',
        headers: expect.objectContaining({ 'content-type': 'text/csv', 'x-organisation-id': 'org-1' }),
      }),
    );
  });

  it('tells a refused file from a closed survey, a lost session or a server that cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => json(400, { rows: 2, imported: 0, errors: PROBLEMS, errorCount: 2 }));
    expect(await importResponsesFile('org-1', 's', new Blob(['x']))).toEqual({ kind: 'refused', problems: PROBLEMS, total: 2 });
    vi.stubGlobal('fetch', async () => json(409, { code: 'INVALID_TRANSITION' }));
    expect(await importResponsesFile('org-1', 's', new Blob(['x']))).toEqual({
      kind: 'failed',
      message: 'This survey is closed, so it takes no more responses.',
    });
    vi.stubGlobal('fetch', async () => json(401, {}));
    expect(await importResponsesFile('org-1', 's', new Blob(['x']))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('session has ended'),
    });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await importResponsesFile('org-1', 's', new Blob(['x']))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('server did not answer'),
    });
  });
});

describe('ImportResponses', () => {
  it('asks for a file, then lists each problem against its row, line and column, and says nothing was imported', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', async () => json(400, { rows: 2, imported: 0, errors: PROBLEMS, errorCount: 2 }));
    const onImported = vi.fn();
    renderScreen(
      <ImportResponses organisationId="org-1" surveyId="survey-1" questionKeys={['health.q1', 'health.q2']} onImported={onImported} />,
    );
    expect(screen.getByText('health.q1,health.q2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription('Up to 50 MB. Choose the CSV file to import.');

    await user.upload(
      screen.getByLabelText('CSV file'),
      new File(['helth.q1,health.q2\nOFTEN,always\n'], 'answers.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported: the file has 2 problems.');
    const table = screen.getByRole('table', { name: 'Problems in the file, by row and column' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Header', '1', 'helth.q1', PROBLEMS[0].message],
      ['2', '3', 'health.q2', PROBLEMS[1].message],
    ]);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says how many were imported and has the results read again', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', async () => json(200, { rows: 3, imported: 3, errors: [] }));
    const onImported = vi.fn();
    renderScreen(<ImportResponses organisationId="org-1" surveyId="survey-1" questionKeys={['health.q1']} onImported={onImported} />);
    await user.upload(
      screen.getByLabelText('CSV file'),
      new File(['health.q1\nOFTEN\nNEVER\nSOMETIMES\n'], 'answers.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(await screen.findByText('Imported 3 responses. The results below include them.', { selector: 'p.notice' })).toBeInTheDocument();
    expect(onImported).toHaveBeenCalledOnce();
  });
});
