import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { ImportSection } from './ImportSection';

const AREAS = [{ __typename: 'ServiceArea' as const, id: 'a-1', name: 'Health', active: true, position: 1 }];
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderImport(role: 'PROGRAMME_MANAGER' | 'CONTRIBUTOR' = 'PROGRAMME_MANAGER', onImported = vi.fn()) {
  renderScreen(<ImportSection organisationId="org-1" serviceAreas={AREAS} role={role} onImported={onImported} />);
  return onImported;
}

afterEach(() => vi.unstubAllGlobals());

describe('ImportSection', () => {
  it('shows a refused file’s problems against row and column, says nothing was saved, and takes the focus there', async () => {
    const fetcher = vi.fn(async () =>
      json(400, {
        rows: 2,
        created: 0,
        updated: 0,
        unchanged: 0,
        errorCount: 1,
        errors: [{ row: 2, line: 3, column: 'name', message: 'is required' }],
      }),
    );
    vi.stubGlobal('fetch', fetcher);
    const onImported = renderImport();
    await userEvent.upload(
      screen.getByLabelText('Spreadsheet (CSV file)'),
      new File(['name,service_area\nA,Health\n,Health\n'], 'groups.csv', { type: 'text/csv' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check and import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Nothing from groups.csv was saved');
    const row = within(screen.getByRole('table', { name: '1 problem in the file' })).getByRole('row', { name: /Row 3/ });
    expect(row).toHaveTextContent('Row 3nameThis cell is empty; fill it in.');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('asks for a file before sending anything', async () => {
    const fetcher = vi.fn();
    vi.stubGlobal('fetch', fetcher);
    renderImport();
    await userEvent.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(screen.getByLabelText('Spreadsheet (CSV file)')).toHaveAccessibleDescription(/Choose a CSV file to import\.$/);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('says what an accepted file did', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { rows: 2, created: 1, updated: 1, unchanged: 0, errors: [] })),
    );
    const onImported = renderImport();
    await userEvent.upload(screen.getByLabelText('Spreadsheet (CSV file)'), new File(['x'], 'groups.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(await screen.findByText('groups.csv is imported (2 rows). 1 new, 1 updated, 0 already up to date.')).toBeInTheDocument();
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
  });

  it('offers a contributor the export but not the import, and says why', () => {
    renderImport('CONTRIBUTOR');
    expect(screen.queryByLabelText('Spreadsheet (CSV file)')).not.toBeInTheDocument();
    expect(screen.getByText(/Your role does not include importing spreadsheets/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the initiatives (CSV)' })).toBeInTheDocument();
  });
});
