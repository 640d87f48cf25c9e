import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { NotificationBell } from './NotificationBell';
import { MARK_NOTIFICATIONS_READ, RECENT_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './operations';

const notification = (id: string, kind: string, title: string, extra: object = {}) => ({
  __typename: 'Notification',
  id,
  kind,
  title,
  context: 'Safer streets',
  dueOn: null,
  startsAt: null,
  readAt: null,
  ...extra,
});
const OVERDUE = notification('n-1', 'TASK_OVERDUE', 'Call the wardens', { dueOn: '2031-03-01' });
const WORKSHOP = notification('n-2', 'WORKSHOP_TOMORROW', 'Ideas evening', { context: 'Town hall', startsAt: '2031-03-12T18:00:00Z' });

const count = (n: number) => ({ request: { query: UNREAD_NOTIFICATION_COUNT }, result: { data: { unreadNotificationCount: n } } });
const list = (nodes: object[]) => ({
  request: { query: RECENT_NOTIFICATIONS, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
      },
    },
  },
});

function renderBell(reads: object[]) {
  const live = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    live,
    new MockLink(reads as never),
  );
  renderScreen(<NotificationBell />, { path: '/o/org-1', link });
  return live;
}

describe('NotificationBell', () => {
  it('shows the unread count, and a new reminder arriving live raises it and is announced', async () => {
    const live = renderBell([count(1), count(2), list([WORKSHOP, OVERDUE])]);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    act(() =>
      live.simulateResult({
        result: {
          data: { notificationAdded: { __typename: 'Notification', id: 'n-2', kind: 'WORKSHOP_TOMORROW', title: 'Ideas evening' } },
        },
      }),
    );
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await waitFor(() => expect(screen.getByText('New reminder: Ideas evening')).toBeInTheDocument());
  });

  it('opens with the keyboard, lists the reminders in words, marks one read, and closes with Escape back on the button', async () => {
    const read = { ...OVERDUE, readAt: '2031-03-11T08:00:00Z' };
    renderBell([
      count(2),
      list([WORKSHOP, OVERDUE]),
      {
        request: { query: MARK_NOTIFICATIONS_READ, variables: { input: { ids: ['n-1'] } } },
        result: {
          data: {
            markNotificationsRead: {
              marked: 1,
              unreadCount: 1,
              notifications: [{ __typename: 'Notification', id: 'n-1', readAt: read.readAt }],
            },
          },
        },
      },
      count(1),
      list([WORKSHOP, read]),
    ]);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    bell.focus();
    await userEvent.keyboard('{Enter}');
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('region', { name: 'Your reminders' });
    expect(screen.getByRole('heading', { name: 'Your reminders' })).toHaveFocus();
    const items = await within(panel).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Workshop tomorrow');
    expect(items[0]).toHaveTextContent('Ideas evening · Town hall · starts');
    expect(items[1]).toHaveTextContent('Task overdue');
    expect(items[1]).toHaveTextContent('Call the wardens · Safer streets · due 1 Mar 2031');

    await userEvent.click(within(panel).getByRole('button', { name: 'Mark read: “Call the wardens”' }));
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')[1]).toHaveTextContent('Read'));
    expect(screen.getByRole('heading', { name: 'Your reminders' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });

  it('says so when there is nothing to show', async () => {
    renderBell([count(0), list([])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, none unread' }));
    expect(await screen.findByText('No reminders')).toBeInTheDocument();
  });
});
