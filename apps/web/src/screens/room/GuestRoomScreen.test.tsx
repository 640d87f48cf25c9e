import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveRegionProvider } from '../../components/LiveRegion';
import { keepPass, readPass } from './guestClient';
import { GuestRoomScreen } from './GuestRoomScreen';

const PASS = 'wsg_secret-pass-value-123456';
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const sockets: string[] = [];

/** A socket that never opens: these tests follow the room over HTTP only. */
class SilentSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly readyState = 0;
  readonly protocol = '';
  constructor(readonly url: string) {
    sockets.push(url);
  }
  onopen = null;
  onclose = null;
  onerror = null;
  onmessage = null;
  send() {}
  close() {}
  addEventListener() {}
  removeEventListener() {}
}

const round = {
  __typename: 'VoteRound',
  id: 'r-1',
  position: 1,
  question: 'Where do we start?',
  dotsPerVoter: 2,
  anonymous: true,
  status: 'OPEN',
  voterCount: 1,
  myDotsLeft: 2,
  canVote: true,
  decisionOutputId: null,
  closedAt: null,
  version: 1,
  myBallot: [],
  options: ['Allotments', 'Play streets'].map((label, i) => ({
    __typename: 'VoteOption',
    id: `o-${i + 1}`,
    position: i + 1,
    label,
    dots: i,
    rank: 2 - i,
    share: i,
    voters: [],
    priorityAreaId: null,
    initiativeId: null,
  })),
};
const ROOM = {
  __typename: 'WorkshopRoom',
  workshopId: 'w-1',
  title: 'Choosing where to start',
  status: 'RUNNING',
  guestName: 'Sam',
  agenda: [{ __typename: 'RoomAgendaItem', position: 1, title: 'Welcome and aims', minutes: 15 }],
  round,
};

function renderRoom(answer: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const fetcher = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => json(answer(JSON.parse(String(init?.body)))));
  vi.stubGlobal('fetch', fetcher);
  const router = createMemoryRouter(
    [
      { path: '/room', element: <GuestRoomScreen /> },
      { path: '/join', element: <p>The join page</p> },
    ],
    { initialEntries: ['/room'] },
  );
  render(
    <LiveRegionProvider>
      <RouterProvider router={router} />
    </LiveRegionProvider>,
  );
  return { fetcher, router };
}

beforeEach(() => {
  sockets.length = 0;
  vi.stubGlobal('WebSocket', SilentSocket);
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('GuestRoomScreen, the room on a guest’s phone', () => {
  it('opens the room with the pass from this tab: title, name, the vote with dots to place, the agenda and a note box', async () => {
    const user = userEvent.setup();
    keepPass({ pass: PASS, expiresAt: '2027-03-04T17:30:00Z' });
    const { fetcher } = renderRoom(({ query, variables }) => {
      if (query.includes('castGuestVotes')) {
        expect(variables.input).toEqual({ pass: PASS, roundId: 'r-1', ballot: [{ optionId: 'o-1', dots: 1 }] });
        return {
          data: {
            castGuestVotes: { ...round, myDotsLeft: 1, voterCount: 2, myBallot: [{ __typename: 'BallotLine', optionId: 'o-1', dots: 1 }] },
          },
        };
      }
      return { data: { guestRoom: ROOM } };
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choosing where to start' })).toBeInTheDocument();
    expect(screen.getByText('You are in the room as Sam.')).toBeInTheDocument();
    expect(screen.getByText('You have 2 dots left')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Agenda' })).getByText('Welcome and aims')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your note' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Put a dot on Allotments' }));
    expect(await screen.findByText('You have 1 dot left')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('2 people have voted', { exact: false })).toBeInTheDocument());
    // The pass travels in the body, never in an address or a cookie.
    for (const [input, init] of fetcher.mock.calls) {
      expect(String(input)).not.toContain(PASS);
      expect(init).toMatchObject({ credentials: 'omit' });
    }
    // The socket presents the pass in connectionParams, not in its address.
    await waitFor(() => expect(sockets.length).toBeGreaterThan(0));
    expect(sockets.every((url) => !url.includes(PASS))).toBe(true);
  });

  it('thanks the guest once the workshop is over (the pass has ended) and forgets the pass', async () => {
    keepPass({ pass: PASS, expiresAt: '2027-03-04T17:30:00Z' });
    renderRoom(() => ({
      errors: [{ message: 'Your pass to this workshop has ended', extensions: { code: 'UNAUTHENTICATED' } }],
      data: null,
    }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The workshop has ended, thank you' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    await waitFor(() => expect(readPass()).toBeNull());
  });

  it('sends someone without a pass to join with a code', async () => {
    const user = userEvent.setup();
    const { fetcher } = renderRoom(() => ({}));
    expect(await screen.findByRole('heading', { level: 1, name: 'You have not joined a workshop here' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Join with a code' }));
    expect(await screen.findByText('The join page')).toBeInTheDocument();
    expect(fetcher).not.toHaveBeenCalled();
  });
});
