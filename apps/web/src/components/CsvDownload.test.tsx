import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../test/render';
import { CsvDownload, exportPath } from './CsvDownload';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(answer: () => Promise<Response>) {
  const fetcher = vi.fn(answer);
  vi.stubGlobal('fetch', fetcher);
  // jsdom keeps no files: the saved blob's address is all a download needs here.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
  return fetcher;
}

const csv = (name: string) =>
  new Response('\uFEFFtask_id,title\r\n', {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` },
  });

describe('CsvDownload', () => {
  it('downloads a programme’s tasks from the keyboard, with the organisation’s header, under the name the API gives', async () => {
    const fetcher = stubFetch(async () => csv('tasks-safer-streets-2026-05-01.csv'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderScreen(<CsvDownload organisationId="org-1" kind="tasks" programmeId="p-1" />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Download CSV: Tasks' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('The download of Tasks has started.')).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledWith('/exports/tasks.csv?programmeId=p-1', {
      credentials: 'same-origin',
      headers: { 'X-Organisation-Id': 'org-1', Accept: 'text/csv' },
    });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('tasks-safer-streets-2026-05-01.csv');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    clicked.mockRestore();
  });

  it('says in plain words when the role may not have the file, and nothing is saved', async () => {
    stubFetch(
      async () => new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'Your role (VIEWER) does not allow this' }), { status: 403 }),
    );
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderScreen(<CsvDownload organisationId="org-1" kind="participants" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV: Participants' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Participants could not be downloaded. Your role does not include this file.',
    );
    expect(clicked).not.toHaveBeenCalled();
    clicked.mockRestore();
  });

  it('tells a deleted programme, a lost connection and a server fault apart', async () => {
    const answers: Array<() => Promise<Response>> = [
      async () => new Response('{}', { status: 404 }),
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => new Response('{}', { status: 500 }),
      async () => new Response('{}', { status: 401 }),
    ];
    let next = 0;
    stubFetch(() => answers[next++]());
    renderScreen(<CsvDownload organisationId="org-1" kind="pilots" programmeId="p-1" />);
    const button = screen.getByRole('button', { name: 'Download CSV: Pilots and their money' });
    for (const words of [
      'The programme was not found',
      'The server could not be reached',
      'Something went wrong on the server',
      'Your session has ended',
    ]) {
      await userEvent.click(button);
      expect(await screen.findByRole('alert')).toHaveTextContent(words);
    }
  });

  it('knows where each export is', () => {
    expect(exportPath('survey-results')).toBe('/exports/survey-results.csv');
    expect(exportPath('pilot-metrics', 'a b')).toBe('/exports/pilot-metrics.csv?programmeId=a%20b');
  });
});
