import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveRegionProvider } from '../../components/LiveRegion';
import { readPass } from './guestClient';
import { JoinScreen } from './JoinScreen';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const ROOM = {
  __typename: 'WorkshopRoom',
  workshopId: 'w-1',
  title: 'Choosing where to start',
  status: 'RUNNING',
  guestName: 'Sam',
  agenda: [],
  round: null,
};

/** The page at /join?… with the API answered by `answer` (one GraphQL body per call), as a phone would open it. */
function renderJoin(search: string, answer: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const fetcher = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => json(answer(JSON.parse(String(init?.body)))));
  vi.stubGlobal('fetch', fetcher);
  const router = createMemoryRouter(
    [
      { path: '/join', element: <JoinScreen /> },
      { path: '/room', element: <p>In the room</p> },
    ],
    { initialEntries: [`/join${search}`] },
  );
  render(
    <LiveRegionProvider>
      <RouterProvider router={router} />
    </LiveRegionProvider>,
  );
  return { fetcher, router };
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('JoinScreen, a guest joining from their phone', () => {
  it('takes the code from the link into the form (and out of the address), says what is kept, and names each missing field', async () => {
    const user = userEvent.setup();
    const { router, fetcher } = renderJoin('?code=ABCDE-FGHJK', () => ({}));
    const code = await screen.findByRole('textbox', { name: 'Code from the room' });
    expect(code).toHaveValue('ABCDE-FGHJK');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByText(/Your name is shown to everyone in the room and kept with this workshop’s record/)).toBeInTheDocument();

    await user.clear(code);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Code from the room' })).toHaveAccessibleDescription(/Type the code shown in the room\./);
    expect(screen.getByRole('textbox', { name: 'Your name for the room' })).toHaveAccessibleDescription(
      /Type a name the room can call you\./,
    );
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('shows a wrong code next to the code field, then joins: the pass goes to this tab’s storage, never the address', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { router, fetcher } = renderJoin('', ({ variables }) => {
      calls += 1;
      const input = variables.input as { code: string; displayName: string };
      if (input.code === 'ABCDE-FGHJX')
        return {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'input.code', message: 'matches no workshop open to guests: check it with the facilitator' }],
              },
            },
          ],
        };
      return {
        data: {
          joinWorkshop: { __typename: 'GuestPass', pass: 'wsg_secret-pass-value-123456', expiresAt: '2027-03-04T17:30:00Z', room: ROOM },
        },
      };
    });
    await user.type(await screen.findByRole('textbox', { name: 'Code from the room' }), 'ABCDE-FGHJX');
    await user.type(screen.getByRole('textbox', { name: 'Your name for the room' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    const code = screen.getByRole('textbox', { name: 'Code from the room' });
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Matches no workshop open to guests: check it with the facilitator\./));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(fetcher.mock.calls[0][1]).toMatchObject({ credentials: 'omit' });

    await user.clear(code);
    await user.type(code, 'ABCDE-FGHJK');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('In the room')).toBeInTheDocument();
    expect(calls).toBe(2);
    expect(readPass()).toEqual({ pass: 'wsg_secret-pass-value-123456', expiresAt: '2027-03-04T17:30:00Z' });
    expect(window.localStorage.length).toBe(0);
    expect(router.state.location.pathname + router.state.location.search).toBe('/room');
  });

  it('says when a network that tried too many wrong codes may try again', async () => {
    const user = userEvent.setup();
    renderJoin('?code=ABCDE-FGHJK', () => ({
      errors: [{ message: 'Too many failed attempts', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1800 } }],
    }));
    await user.type(await screen.findByRole('textbox', { name: 'Your name for the room' }), 'Sam');
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Join' }));
    const alert = await screen.findByRole('alert');
    const at = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    const expected = [at.format(before + 1800_000), at.format(Date.now() + 1800_000)];
    expect(alert.textContent).toMatch(/Too many wrong codes have been tried from this network\. You can try again after (\d\d:\d\d)\./);
    expect(expected).toContain(alert.textContent!.match(/after (\d\d:\d\d)/)![1]);
    expect(readPass()).toBeNull();
  });
});
