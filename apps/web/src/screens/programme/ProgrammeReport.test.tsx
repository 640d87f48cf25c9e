import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { ProgrammeReport } from './ProgrammeReport';

const PATHS = { reportHtml: '/documents/programmes/p-1/report.html', reportPdf: '/documents/programmes/p-1/report.pdf' };

afterEach(() => vi.unstubAllGlobals());

function renderReport(answer: () => Promise<Response>) {
  const fetcher = vi.fn(answer);
  vi.stubGlobal('fetch', fetcher);
  // jsdom keeps no files: the saved blob's address is all a download needs here.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:doc'), revokeObjectURL: vi.fn() }));
  renderScreen(<ProgrammeReport organisationId="org-1" name="Parks together" paths={PATHS} />);
  return fetcher;
}

describe('ProgrammeReport', () => {
  it('saves the report as PDF with the organisation’s header, from the keyboard, and says where it went', async () => {
    const fetcher = renderReport(async () => new Response('%PDF-1.4', { status: 200 }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Print the report (PDF)' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('“Print the report (PDF)” is saved in your downloads. Open it to print.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(fetcher).toHaveBeenCalledWith(PATHS.reportPdf, { credentials: 'same-origin', headers: { 'X-Organisation-Id': 'org-1' } });
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('Programme report - Parks together.pdf');
    clicked.mockRestore();
  });

  it('says in plain words when the programme is gone', async () => {
    renderReport(async () => new Response(JSON.stringify({ code: 'NOT_FOUND' }), { status: 404 }));
    await userEvent.click(screen.getByRole('button', { name: 'Print the report (web page)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Print the report (web page)” could not be made. The programme is no longer there.',
    );
  });
});
