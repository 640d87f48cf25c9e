import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { ExportsSection } from './ExportsSection';

afterEach(() => vi.unstubAllGlobals());

describe('ExportsSection', () => {
  it('lists every export of the organisation with what it holds, participants included for a role that may read them', () => {
    renderScreen(<ExportsSection organisationId="org-1" role="CONSULTANT" />);
    const section = screen.getByRole('region', { name: 'Exports' });
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Tasks',
      'Pilots and their money',
      'Pilot measures',
      'Participants',
      'Survey results',
      'Survey answers by question',
      'Initiatives',
    ]);
    expect(
      within(section)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Download CSV: Tasks',
      'Download CSV: Pilots and their money',
      'Download CSV: Pilot measures',
      'Download CSV: Participants',
      'Download CSV: Survey results',
      'Download CSV: Survey answers by question',
      'Download CSV: Initiatives',
    ]);
    expect(within(section).getByText(/Erased people are left out/)).toBeInTheDocument();
  });

  it('leaves participants out for a contributor, saying why', () => {
    renderScreen(<ExportsSection organisationId="org-1" role="CONTRIBUTOR" />);
    expect(screen.queryByRole('button', { name: 'Download CSV: Participants' })).not.toBeInTheDocument();
    expect(screen.getByText(/your role does not include people’s personal details/)).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(6);
  });

  it('downloads the whole organisation’s file, reached with the keyboard alone', async () => {
    const fetcher = vi.fn(
      async () => new Response('survey_id\r\n', { status: 200, headers: { 'content-disposition': 'attachment; filename="x.csv"' } }),
    );
    vi.stubGlobal('fetch', fetcher);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderScreen(<ExportsSection organisationId="org-1" role="VIEWER" />);
    for (let i = 0; i < 4; i++) await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Download CSV: Survey results' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('The download of Survey results has started.')).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledWith(
      '/exports/survey-results.csv',
      expect.objectContaining({ headers: expect.objectContaining({ 'X-Organisation-Id': 'org-1' }) }),
    );
    clicked.mockRestore();
  });
});
