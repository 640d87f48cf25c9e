import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../format/format';
import { withDialogs } from '../../test/dialog';
import { ORGANISATION, renderScreen } from '../../test/render';
import { MyCalendarSection } from './MyCalendarSection';
import { MY_CALENDAR_FEED, PROGRAMME_CALENDAR_FEED, RESET_MY_CALENDAR_FEED, RESET_PROGRAMME_CALENDAR_FEED } from './operations';
import { ProgrammeCalendarCard } from './ProgrammeCalendarCard';

const FIRST = 'http://localhost:3000/calendars/cpcu_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics';
const SECOND = 'http://localhost:3000/calendars/cpcu_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.ics';
const PROGRAMME_LINK = 'http://localhost:3000/calendars/cpcp_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC.ics';

const mine = (issuedAt: string | null) => ({
  request: { query: MY_CALENDAR_FEED },
  result: { data: { me: { __typename: 'Me', id: 'user-1', calendarFeed: issuedAt ? { __typename: 'CalendarFeed', issuedAt } : null } } },
});
const resetMine = (url: string, issuedAt: string) => ({
  request: { query: RESET_MY_CALENDAR_FEED },
  result: { data: { resetMyCalendarFeed: { __typename: 'IssuedCalendarFeed', url, issuedAt } } },
});

withDialogs();

/** Lets a test look into the Apollo cache the screen used. */
function CacheProbe({ onClient }: { onClient: (client: ApolloClient) => void }) {
  onClient(useApolloClient());
  return null;
}

describe('the Calendar section of the account page', () => {
  it('makes a first link, shows it once to copy, and resets it after a warning, all from the keyboard', async () => {
    const user = userEvent.setup();
    let client: ApolloClient | undefined;
    const mocks = [
      mine(null),
      resetMine(FIRST, '2026-12-04T10:00:00.000Z'),
      mine('2026-12-04T10:00:00.000Z'),
      resetMine(SECOND, '2026-12-04T11:00:00.000Z'),
      mine('2026-12-04T11:00:00.000Z'),
    ];
    renderScreen(
      <>
        <MyCalendarSection />
        <CacheProbe onClient={(c) => (client = c)} />
      </>,
      { path: '/account', organisation: null, mocks },
    );
    const section = screen.getByRole('region', { name: 'Calendar' });
    expect(within(section).getByRole('status')).toHaveTextContent('Checking for your calendar link…');
    expect(await within(section).findByText('There is no calendar link yet.')).toBeInTheDocument();

    await user.tab();
    expect(within(section).getByRole('button', { name: 'Make a calendar link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const box = await within(section).findByLabelText('Calendar link');
    expect(box).toHaveValue(FIRST);
    expect(box).toHaveAttribute('readonly');
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveAccessibleDescription(/Shown only now/);

    await user.tab();
    expect(within(section).getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(section).findByText('The link is copied. Paste it into your calendar program.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(FIRST);

    await user.tab();
    expect(within(section).getByRole('button', { name: 'Reset link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reset the calendar link?' });
    expect(within(dialog).getByText(/The old link stops working at once/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Reset link' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(section).getByLabelText('Calendar link')).toHaveValue(SECOND));
    expect(screen.queryByRole('dialog')).toBeNull();
    // The link lives in the section's state only: never in Apollo's cache.
    expect(JSON.stringify(client!.cache.extract())).not.toContain('cpcu_');
  });

  it('says when an earlier link was made without showing it, and Cancel leaves it as it is', async () => {
    const user = userEvent.setup();
    renderScreen(<MyCalendarSection />, { path: '/account', organisation: null, mocks: [mine('2026-11-20T09:30:00.000Z')] });
    const when = createFormatter(Intl.DateTimeFormat().resolvedOptions().timeZone, 'GBP').dateTime('2026-11-20T09:30:00.000Z');
    expect(await screen.findByText(new RegExp(`A link was made on ${when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).toBeInTheDocument();
    expect(screen.queryByLabelText('Calendar link')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the calendar link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByLabelText('Calendar link')).toBeNull();
  });

  it('explains a refusal in plain words inside the confirm, and a failed read with a way to try again', async () => {
    const user = userEvent.setup();
    const mocks = [
      mine('2026-11-20T09:30:00.000Z'),
      {
        request: { query: RESET_MY_CALENDAR_FEED },
        result: { errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ];
    renderScreen(<MyCalendarSection />, { path: '/account', organisation: null, mocks });
    await user.click(await screen.findByRole('button', { name: 'Reset link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the calendar link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset link' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/sign/i);
    expect(alert.textContent).not.toContain('UNAUTHENTICATED');

    const failing = [{ request: { query: MY_CALENDAR_FEED }, error: new Error('Failed to fetch') }, mine(null)];
    renderScreen(<MyCalendarSection />, { path: '/account', organisation: null, mocks: failing });
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    await user.click(tryAgain);
    expect(await screen.findByText('There is no calendar link yet.')).toBeInTheDocument();
  });
});

describe("a programme's Subscribe in your calendar card", () => {
  const format = createFormatter('Europe/London', 'GBP');
  const feed = (issuedAt: string | null) => ({
    request: { query: PROGRAMME_CALENDAR_FEED, variables: { id: 'prog-1' } },
    result: {
      data: {
        programme: { __typename: 'Programme', id: 'prog-1', calendarFeed: issuedAt ? { __typename: 'CalendarFeed', issuedAt } : null },
      },
    },
  });

  it('lets a programme manager make the link for that programme', async () => {
    const user = userEvent.setup();
    const mocks = [
      feed(null),
      {
        request: { query: RESET_PROGRAMME_CALENDAR_FEED, variables: { input: { programmeId: 'prog-1' } } },
        result: {
          data: {
            resetProgrammeCalendarFeed: { __typename: 'IssuedCalendarFeed', url: PROGRAMME_LINK, issuedAt: '2026-12-04T10:00:00.000Z' },
          },
        },
      },
      feed('2026-12-04T10:00:00.000Z'),
    ];
    renderScreen(<ProgrammeCalendarCard programmeId="prog-1" format={format} />, { mocks });
    const card = screen.getByRole('region', { name: 'Subscribe in your calendar' });
    await user.click(await within(card).findByRole('button', { name: 'Make a calendar link' }));
    expect(await within(card).findByLabelText('Calendar link')).toHaveValue(PROGRAMME_LINK);
    expect(within(card).getByRole('button', { name: 'Reset link' })).toBeInTheDocument();
  });

  it('is not offered to a role that may not publish', () => {
    renderScreen(<ProgrammeCalendarCard programmeId="prog-1" format={format} />, {
      organisation: { ...ORGANISATION, role: 'CONTRIBUTOR' },
      mocks: [],
    });
    expect(screen.queryByRole('region', { name: 'Subscribe in your calendar' })).toBeNull();
  });
});
