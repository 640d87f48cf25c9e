import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { WorkshopDocuments } from './WorkshopDocuments';

const PATHS = {
  packHtml: '/documents/workshops/w-1/pack.html',
  packPdf: '/documents/workshops/w-1/pack.pdf',
  recordHtml: '/documents/workshops/w-1/record.html',
  recordPdf: '/documents/workshops/w-1/record.pdf',
};

afterEach(() => vi.unstubAllGlobals());

function renderDocuments(answer: () => Promise<Response>) {
  const fetcher = vi.fn(answer);
  vi.stubGlobal('fetch', fetcher);
  // jsdom keeps no files: the saved blob's address is all a download needs here.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:doc'), revokeObjectURL: vi.fn() }));
  renderScreen(<WorkshopDocuments organisationId="org-1" title="Mapping morning" paths={PATHS} />);
  return fetcher;
}

describe('WorkshopDocuments', () => {
  it('saves the pack as PDF with the organisation’s header, from the keyboard, and says where it went', async () => {
    const fetcher = renderDocuments(async () => new Response('%PDF-1.4', { status: 200 }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Print the pack (PDF)' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('“Print the pack (PDF)” is saved in your downloads. Open it to print.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(fetcher).toHaveBeenCalledWith(PATHS.packPdf, { credentials: 'same-origin', headers: { 'X-Organisation-Id': 'org-1' } });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('Workshop pack - Mapping morning.pdf');
    clicked.mockRestore();
  });

  it('says in plain words that PDFs cannot be made here, and points to the web page', async () => {
    renderDocuments(async () => new Response(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR' }), { status: 503 }));
    await userEvent.click(screen.getByRole('button', { name: 'Print the record (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Print the record (PDF)” could not be made. The server cannot make PDFs at the moment (it needs Chromium installed). The web page version works',
    );
  });

  it('says when the server cannot be reached', async () => {
    renderDocuments(async () => {
      throw new TypeError('Failed to fetch');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Print the record (web page)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
  });
});
