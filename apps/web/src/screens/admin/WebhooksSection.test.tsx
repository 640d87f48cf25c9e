import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ORGANISATION, renderScreen } from '../../test/render';
import { withDialogs } from '../../test/dialog';
import { AdminScreen } from './AdminScreen';
import { ADMIN_MEMBERS, ADMIN_ORGANISATION, API_KEYS, PAGE, PENDING_INVITATIONS } from './operations';
import { OIDC_CONFIGURATION } from './singleSignOnOperations';
import {
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  DELIVERY_PAGE,
  REDELIVER_WEBHOOK,
  ROTATE_WEBHOOK_SECRET,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
  WEBHOOK_EVENT_TYPES,
} from './webhookOperations';
import { groupByKind, keepPreviousHours, toggleKind, toggleType } from './webhookTypes';
import { WebhooksSection } from './WebhooksSection';

withDialogs();

const ADMIN = { ...ORGANISATION, role: 'ADMIN' as const };
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const URL_ = 'https://intranet.example.org/hooks/coprod';

const CATALOGUE = [
  { type: 'STEP_ADVANCED', kind: 'MOVE', description: 'A programme moved on to its next step.' },
  { type: 'PROGRAMME_PAUSED', kind: 'MOVE', description: 'Work on a programme was paused.' },
  { type: 'PILOT_APPROVED', kind: 'DECISION', description: 'A pilot was approved to go ahead.' },
  { type: 'MEMBER_ADDED', kind: 'ACCESS', description: 'Someone joined the organisation.' },
  { type: 'TASK_CREATED', kind: 'EDIT', description: 'A task was added.' },
  { type: 'ITEM_TICKED', kind: 'EVIDENCE', description: 'A checklist item was ticked with evidence.' },
].map((info) => ({ __typename: 'HistoryEventTypeInfo', ...info }));
const catalogue = { request: { query: WEBHOOK_EVENT_TYPES }, result: { data: { historyEventTypes: CATALOGUE } } };

const endpoint = (overrides: object = {}) => ({
  __typename: 'WebhookEndpoint',
  id: 'wh-1',
  url: URL_,
  description: 'Intranet status board',
  eventTypes: ['STEP_ADVANCED', 'PILOT_APPROVED'],
  active: true,
  disabledReason: null,
  failingSince: null,
  previousSecretValidUntil: null,
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
  version: 1,
  ...overrides,
});
const endpoints = (list: object[]) => ({ request: { query: WEBHOOK_ENDPOINTS }, result: { data: { webhookEndpoints: list } } });

const delivery = (id: string, overrides: object = {}) => ({
  __typename: 'WebhookDelivery',
  id,
  eventId: `evt-${id}`,
  eventType: 'STEP_ADVANCED',
  status: 'DELIVERED',
  attemptCount: 1,
  nextAttemptAt: null,
  lastStatusCode: 204,
  lastError: null,
  deliveredAt: '2026-12-01T10:00:02.000Z',
  createdAt: '2026-12-01T10:00:00.000Z',
  attempts: [{ __typename: 'WebhookAttempt', attemptedAt: '2026-12-01T10:00:02.000Z', statusCode: 204, durationMs: 41, error: null }],
  ...overrides,
});
const deliveries = (nodes: object[], { total = nodes.length, next = false }: { total?: number; next?: boolean } = {}) => ({
  data: {
    webhookEndpoint: {
      __typename: 'WebhookEndpoint',
      id: 'wh-1',
      deliveries: {
        __typename: 'WebhookDeliveryConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: next, endCursor: next ? 'cursor-2' : null },
        edges: nodes.map((node, i) => ({ __typename: 'WebhookDeliveryEdge', cursor: `cursor-${i + 1}`, node })),
      },
    },
  },
});

/** Lets a test look into the Apollo cache the screen used. */
function CacheProbe({ onClient }: { onClient: (client: ApolloClient) => void }) {
  onClient(useApolloClient());
  return null;
}

describe('webhookTypes', () => {
  const groups = groupByKind(CATALOGUE as never);

  it('groups the catalogue by kind, moves first and edits last, each kind’s types in order', () => {
    expect(groups.map((g) => [g.kind, g.types.map((i) => i.type)])).toEqual([
      ['MOVE', ['PROGRAMME_PAUSED', 'STEP_ADVANCED']],
      ['DECISION', ['PILOT_APPROVED']],
      ['EVIDENCE', ['ITEM_TICKED']],
      ['ACCESS', ['MEMBER_ADDED']],
      ['EDIT', ['TASK_CREATED']],
    ]);
  });

  it('selects every type of a kind, keeping the other kinds’ choices, and clears them when all were chosen', () => {
    const moves = groups[0];
    const all = toggleKind(['PILOT_APPROVED', 'STEP_ADVANCED'], moves);
    expect(all.sort()).toEqual(['PILOT_APPROVED', 'PROGRAMME_PAUSED', 'STEP_ADVANCED']);
    expect(toggleKind(all, moves)).toEqual(['PILOT_APPROVED']);
    expect(toggleType(['STEP_ADVANCED'], 'STEP_ADVANCED', true)).toEqual(['STEP_ADVANCED']);
    expect(toggleType(['STEP_ADVANCED'], 'STEP_ADVANCED', false)).toEqual([]);
  });

  it('takes whole hours from 0 to 168 for the old secret, and nothing else', () => {
    expect(keepPreviousHours(' 24 ')).toBe(24);
    expect(keepPreviousHours('0')).toBe(0);
    expect(keepPreviousHours('168')).toBe(168);
    for (const wrong of ['169', '-1', '1.5', '', 'a day']) expect(keepPreviousHours(wrong)).toBeNull();
  });
});

describe('WebhooksSection', () => {
  it('says it is loading, then that there are none yet and what webhooks are for', async () => {
    renderScreen(<WebhooksSection />, { organisation: ADMIN, mocks: [endpoints([]), catalogue] });
    const section = screen.getByRole('region', { name: 'Webhooks' });
    expect(within(section).getByText('Loading…')).toBeInTheDocument();
    expect(await within(section).findByText('No webhooks yet')).toBeInTheDocument();
    expect(within(section).getByText(/keep an intranet page, a status board or a reporting system up to date/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Add a webhook' })).toBeInTheDocument();
  });

  it('says when the list could not be loaded, and reads it again on request', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [{ request: { query: WEBHOOK_ENDPOINTS }, error: new Error('socket hang up') }, catalogue, endpoints([endpoint()])],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The server cannot be reached/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: URL_ })).toBeInTheDocument();
  });

  it('is shown to an ADMIN on the Administration screen, and not to anyone else', async () => {
    const members = {
      request: { query: ADMIN_MEMBERS, variables: { first: PAGE } },
      result: {
        data: {
          members: {
            __typename: 'MembershipConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
    };
    const organisation = {
      request: { query: ADMIN_ORGANISATION },
      result: {
        data: {
          organisation: {
            __typename: 'Organisation',
            id: 'org-1',
            name: 'Northshire Council',
            timeZone: 'Europe/London',
            currency: 'GBP',
            version: 1,
          },
        },
      },
    };
    const viewer = renderScreen(<AdminScreen />, { organisation: { ...ORGANISATION, role: 'VIEWER' }, mocks: [members, organisation] });
    await screen.findByRole('region', { name: 'Settings' });
    expect(screen.queryByRole('region', { name: 'Webhooks' })).toBeNull();
    viewer.unmount();
    const invitations = {
      request: { query: PENDING_INVITATIONS, variables: { first: PAGE } },
      result: {
        data: {
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
    };
    const keys = { request: { query: API_KEYS }, result: { data: { apiKeys: [] } } };
    // The page's single sign-on section, not set up in this organisation.
    const singleSignOn = { request: { query: OIDC_CONFIGURATION }, result: { data: { oidcConfiguration: null } } };
    renderScreen(<AdminScreen />, {
      organisation: ADMIN,
      mocks: [members, organisation, invitations, keys, singleSignOn, endpoints([]), catalogue],
    });
    expect(await screen.findByRole('region', { name: 'Webhooks' })).toBeInTheDocument();
  });

  it('shows an endpoint’s address, description, state and what it receives, grouped by kind', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, { organisation: ADMIN, mocks: [endpoints([endpoint()]), catalogue] });
    const card = await screen.findByRole('article', { name: URL_ });
    expect(within(card).getByText('Intranet status board')).toBeInTheDocument();
    expect(within(card).getByText('On')).toBeInTheDocument();
    expect(within(card).getByText('Sends events as they happen.')).toBeInTheDocument();
    await user.click(within(card).getByText('Receives 2 event types'));
    expect(within(card).getByText('Moves')).toBeInTheDocument();
    expect(within(card).getByText('A programme moved on to its next step.')).toBeInTheDocument();
    expect(within(card).getByText('Decisions')).toBeInTheDocument();
    expect(within(card).queryByText('Edits')).toBeNull();
  });

  it('says in words why the product turned an endpoint off and what to do, and that turning it on sends what is owed, in order', async () => {
    const user = userEvent.setup();
    const off = endpoint({
      active: false,
      version: 4,
      disabledReason: 'The receiver answered 410 Gone: it asked for no more deliveries.',
      failingSince: '2026-12-01T09:30:00.000Z',
    });
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([off]),
        catalogue,
        {
          request: { query: UPDATE_WEBHOOK_ENDPOINT, variables: { input: { id: 'wh-1', version: 4, active: true } } },
          result: { data: { updateWebhookEndpoint: endpoint({ version: 5 }) } },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    expect(within(card).getByText('Off')).toBeInTheDocument();
    expect(within(card).getAllByText(/Turned off by coprod/).length).toBeGreaterThan(0);
    expect(within(card).getByText(/The receiver answered 410 Gone: it asked for no more deliveries\./)).toBeInTheDocument();
    expect(within(card).getByText(/make sure the receiver at this address works again, then turn the webhook on/)).toBeInTheDocument();
    // In the organisation's zone (Europe/London): 09:30 UTC on 1 December is 09:30 there.
    expect(within(card).getByText('Failing since 1 Dec 2026, 09:30.')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: `Turn on for ${URL_}` }));
    const dialog = await screen.findByRole('dialog', { name: `Turn on the webhook to ${URL_}?` });
    expect(dialog).toHaveTextContent(/sends the deliveries it was owed since it was turned off, oldest first/);
    await user.click(within(dialog).getByRole('button', { name: 'Turn on and send what is owed' }));
    expect(
      await screen.findByText(`The webhook to ${URL_} is on again: the deliveries it was owed are being sent, oldest first.`),
    ).toBeInTheDocument();
    expect(within(card).getByText('On')).toBeInTheDocument();
    expect(within(card).queryByText(/410 Gone/)).toBeNull();
  });

  it('shows until when the old secret still signs during a rotation', async () => {
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [endpoints([endpoint({ previousSecretValidUntil: '2099-06-01T12:00:00.000Z' })]), catalogue],
    });
    expect(await screen.findByText(/the old secret also signs each delivery until 1 Jun 2099, 13:00/)).toBeInTheDocument();
  });

  it('adds an endpoint with types chosen by kind, and shows its secret once, kept out of the cache', async () => {
    const user = userEvent.setup();
    let client: ApolloClient | undefined;
    const input = {
      url: URL_,
      description: 'Intranet status board',
      eventTypes: ['PROGRAMME_PAUSED', 'STEP_ADVANCED', 'MEMBER_ADDED'],
      active: true,
    };
    renderScreen(
      <>
        <WebhooksSection />
        <CacheProbe onClient={(c) => (client = c)} />
      </>,
      {
        organisation: ADMIN,
        mocks: [
          endpoints([]),
          catalogue,
          {
            request: { query: CREATE_WEBHOOK_ENDPOINT, variables: { input } },
            result: {
              data: {
                createWebhookEndpoint: {
                  __typename: 'IssuedWebhookSecret',
                  secret: SECRET,
                  endpoint: endpoint({ eventTypes: input.eventTypes }),
                },
              },
            },
          },
          endpoints([endpoint({ eventTypes: input.eventTypes })]),
        ],
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Add a webhook' }));
    const form = screen.getByRole('form', { name: 'Add a webhook' });
    expect(within(form).getByRole('heading', { name: 'Add a webhook' })).toHaveFocus();

    // Nothing chosen: refused before sending, at the list.
    await user.type(within(form).getByLabelText('Address (URL)'), URL_);
    await user.click(within(form).getByRole('button', { name: 'Add webhook' }));
    expect(within(form).getByRole('group', { name: 'Events to send' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose at least one event to send.'),
    );

    const kinds = [...form.querySelectorAll('fieldset fieldset')];
    expect(kinds.map((group) => group.querySelector('legend')!.textContent)).toEqual([
      'Moves (none chosen)',
      'Decisions (none chosen)',
      'Evidence (none chosen)',
      'Access (none chosen)',
      'Edits (none chosen)',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Select all moves' }));
    expect(within(form).getByRole('group', { name: /Moves \(2 of 2 chosen\)/ })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Clear all moves' })).toBeInTheDocument();
    const access = within(form).getByRole('group', { name: /Access/ });
    await user.click(within(access).getByText('Show the 1 type'));
    const member = within(access).getByRole('checkbox', { name: 'MEMBER_ADDED' });
    expect(member).toHaveAccessibleDescription('Someone joined the organisation.');
    await user.click(member);
    await user.type(within(form).getByLabelText('Description (optional)'), 'Intranet status board');
    await user.click(within(form).getByRole('button', { name: 'Add webhook' }));

    const secret = await screen.findByRole('region', { name: `Secret for ${URL_}` });
    expect(within(secret).getByRole('heading', { name: `Secret for ${URL_}` })).toHaveFocus();
    expect(within(secret).getByLabelText('Signing secret')).toHaveValue(SECRET);
    expect(secret).toHaveTextContent(/put it in the receiving system’s settings/);
    await user.click(within(secret).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByText(`The webhook to ${URL_} has been added.`)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: URL_ })).toBeInTheDocument();

    await user.click(within(secret).getByRole('button', { name: 'I have copied it: hide it' }));
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(JSON.stringify(client!.cache.extract())).not.toContain(SECRET);
  });

  it('shows the API’s refusal of a private address at the URL field', async () => {
    const user = userEvent.setup();
    const url = 'http://10.0.0.5/x';
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([]),
        catalogue,
        {
          request: {
            query: CREATE_WEBHOOK_ENDPOINT,
            variables: { input: { url, description: '', eventTypes: ['PILOT_APPROVED'], active: true } },
          },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'input.url', message: '10.0.0.5 is a private address; webhooks may not reach it' }],
                },
              }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Add a webhook' }));
    const form = screen.getByRole('form', { name: 'Add a webhook' });
    const field = within(form).getByLabelText('Address (URL)');
    await user.type(field, url);
    await user.click(within(form).getByRole('button', { name: 'Select all decisions' }));
    await user.click(within(form).getByRole('button', { name: 'Add webhook' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('10.0.0.5 is a private address; webhooks may not reach it.'));
    expect(screen.getByRole('alert')).toHaveTextContent(/private address/);
    expect(screen.queryByRole('region', { name: /Secret for/ })).toBeNull();
  });

  it('changes only what was changed, sending the version it saw', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([endpoint({ version: 3 })]),
        catalogue,
        {
          request: {
            query: UPDATE_WEBHOOK_ENDPOINT,
            variables: { input: { id: 'wh-1', version: 3, description: 'Status board', eventTypes: ['PILOT_APPROVED'] } },
          },
          result: {
            data: { updateWebhookEndpoint: endpoint({ version: 4, description: 'Status board', eventTypes: ['PILOT_APPROVED'] }) },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    await user.click(within(card).getByRole('button', { name: `Change for ${URL_}` }));
    const form = within(card).getByRole('form', { name: `Change the webhook to ${URL_}` });
    expect(within(form).getByLabelText('Address (URL)')).toHaveValue(URL_);
    expect(await within(form).findByRole('group', { name: /Moves \(1 of 2 chosen\)/ })).toBeInTheDocument();
    const description = within(form).getByLabelText('Description (optional)');
    await user.clear(description);
    await user.type(description, 'Status board');
    const moves = within(form).getByRole('group', { name: /Moves/ });
    await user.click(within(moves).getByText('Show the 2 types'));
    await user.click(within(moves).getByRole('checkbox', { name: 'STEP_ADVANCED' }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(`The changes to the webhook to ${URL_} have been saved.`)).toBeInTheDocument();
    expect(within(card).getByText('Status board')).toBeInTheDocument();
    expect(within(card).queryByRole('form')).toBeNull();
  });

  it('makes a new secret, keeping the old one for the hours chosen (24 unless changed), and shows it once', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([endpoint({ version: 2 })]),
        catalogue,
        {
          request: { query: ROTATE_WEBHOOK_SECRET, variables: { input: { id: 'wh-1', version: 2, keepPreviousForHours: 48 } } },
          result: {
            data: {
              rotateWebhookSecret: {
                __typename: 'IssuedWebhookSecret',
                secret: SECRET,
                endpoint: endpoint({ version: 3, previousSecretValidUntil: '2099-01-03T10:00:00.000Z' }),
              },
            },
          },
        },
        endpoints([endpoint({ version: 3, previousSecretValidUntil: '2099-01-03T10:00:00.000Z' })]),
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    await user.click(within(card).getByRole('button', { name: `New secret for ${URL_}` }));
    const dialog = await screen.findByRole('dialog', { name: `A new secret for ${URL_}` });
    const hours = within(dialog).getByLabelText('Hours the old secret keeps signing');
    expect(hours).toHaveValue(24);
    await user.clear(hours);
    await user.type(hours, '500');
    await user.click(within(dialog).getByRole('button', { name: 'Make a new secret' }));
    expect(hours).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number of hours from 0 to 168.'));
    await user.clear(hours);
    await user.type(hours, '48');
    await user.click(within(dialog).getByRole('button', { name: 'Make a new secret' }));
    const secret = await within(card).findByRole('region', { name: `Secret for ${URL_}` });
    expect(within(secret).getByLabelText('Signing secret')).toHaveValue(SECRET);
    expect(await within(card).findByText(/the old secret also signs each delivery until 3 Jan 2099, 10:00/)).toBeInTheDocument();
  });

  it('deletes an endpoint only after a confirmation that names its address', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([endpoint()]),
        catalogue,
        {
          request: { query: DELETE_WEBHOOK_ENDPOINT, variables: { input: { id: 'wh-1' } } },
          result: { data: { deleteWebhookEndpoint: 'wh-1' } },
        },
        endpoints([]),
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    await user.click(within(card).getByRole('button', { name: `Delete for ${URL_}` }));
    const dialog = await screen.findByRole('dialog', { name: `Delete the webhook to ${URL_}?` });
    expect(dialog).toHaveTextContent(`coprod stops sending to ${URL_} at once`);
    await user.click(within(dialog).getByRole('button', { name: 'Delete webhook' }));
    expect(await screen.findByText(`The webhook to ${URL_} has been deleted.`)).toBeInTheDocument();
    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
  });
});

describe('the delivery log', () => {
  const logMocks = [
    endpoints([endpoint()]),
    catalogue,
    {
      request: { query: WEBHOOK_DELIVERIES, variables: { id: 'wh-1', first: DELIVERY_PAGE } },
      result: deliveries(
        [
          delivery('d-3', {
            eventType: 'PILOT_APPROVED',
            status: 'PENDING',
            attemptCount: 2,
            nextAttemptAt: '2026-12-01T10:05:00.000Z',
            lastStatusCode: 503,
            lastError: 'Service Unavailable',
            deliveredAt: null,
            attempts: [
              {
                __typename: 'WebhookAttempt',
                attemptedAt: '2026-12-01T10:00:01.000Z',
                statusCode: null,
                durationMs: 5000,
                error: 'timed out',
              },
              {
                __typename: 'WebhookAttempt',
                attemptedAt: '2026-12-01T10:01:00.000Z',
                statusCode: 503,
                durationMs: 12,
                error: 'Service Unavailable',
              },
            ],
          }),
          delivery('d-2', {
            status: 'FAILED',
            attemptCount: 8,
            lastStatusCode: 500,
            lastError: 'Internal Server Error',
            deliveredAt: null,
          }),
          delivery('d-1'),
        ],
        { total: 4, next: true },
      ),
    },
  ];

  it('shows each delivery’s state in words, its attempts on demand, and pages with “Show more”', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        ...logMocks,
        {
          request: { query: WEBHOOK_DELIVERIES, variables: { id: 'wh-1', first: DELIVERY_PAGE, after: 'cursor-2' } },
          result: deliveries([delivery('d-0', { eventType: 'TASK_CREATED' })], { total: 4 }),
        },
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    const open = within(card).getByRole('button', { name: `Delivery log for ${URL_}` });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const log = await within(card).findByRole('region', { name: `Delivery log of ${URL_}` });
    const rows = await within(log).findAllByRole('row');
    const body = rows.filter((row) => row.querySelector('th[scope="row"]'));
    expect(body.map((row) => row.querySelector('td')!.textContent!.trim())).toEqual([
      'Waiting',
      'Given up',
      'Delivered at 1 Dec 2026, 10:00',
    ]);
    expect(body[0]).toHaveTextContent('HTTP 503: Service Unavailable');
    expect(body[0]).toHaveTextContent('1 Dec 2026, 10:05');
    expect(body[1]).toHaveTextContent('None: given up');
    expect(within(body[0]).getByText('Waiting')).toHaveClass('delivery-status--pending');
    expect(within(body[1]).getByText('Given up')).toHaveClass('delivery-status--failed');
    expect(within(body[2]).getByText('Delivered')).toHaveClass('delivery-status--delivered');

    const attempts = within(body[0]).getByRole('button', { name: /^Show attempts of PILOT_APPROVED/ });
    await user.click(attempts);
    expect(attempts).toHaveAttribute('aria-expanded', 'true');
    const table = within(log).getByRole('table', { name: 'Attempts at PILOT_APPROVED' });
    expect(within(table).getByText('No answer: timed out')).toBeInTheDocument();
    expect(within(table).getByText('HTTP 503: Service Unavailable')).toBeInTheDocument();
    expect(within(table).getByText('5,000 ms')).toBeInTheDocument();

    expect(within(log).getByText('Showing 3 of 4')).toBeInTheDocument();
    await user.click(within(log).getByRole('button', { name: 'Show more' }));
    expect(await within(log).findByText('TASK_CREATED')).toBeInTheDocument();
    expect(within(log).getByText('Showing 4 of 4')).toBeInTheDocument();
  });

  it('filters by state, and sends a delivery again with a status message', async () => {
    const user = userEvent.setup();
    const failed = delivery('d-2', {
      status: 'FAILED',
      attemptCount: 8,
      lastStatusCode: 500,
      lastError: 'Internal Server Error',
      deliveredAt: null,
    });
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        ...logMocks,
        {
          request: { query: WEBHOOK_DELIVERIES, variables: { id: 'wh-1', first: DELIVERY_PAGE, status: 'FAILED' } },
          result: deliveries([failed]),
        },
        {
          request: { query: REDELIVER_WEBHOOK, variables: { input: { deliveryId: 'd-2' } } },
          result: {
            data: {
              redeliverWebhook: {
                ...failed,
                status: 'PENDING',
                attemptCount: 0,
                lastStatusCode: null,
                lastError: null,
                nextAttemptAt: '2026-12-01T11:00:00.000Z',
                attempts: [],
              },
            },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    await user.click(within(card).getByRole('button', { name: `Delivery log for ${URL_}` }));
    const log = await within(card).findByRole('region', { name: `Delivery log of ${URL_}` });
    const state = { selector: '.delivery-status' };
    await within(log).findByText('Waiting', state);
    await user.selectOptions(within(log).getByLabelText('Show'), 'Given up');
    await waitFor(() => expect(within(log).queryByText('Waiting', state)).toBeNull());
    await within(log).findByText('Given up', state);
    const row = within(log).getByRole('row', { name: /STEP_ADVANCED/ });
    expect(row).toHaveTextContent('Given up');
    await user.click(within(row).getByRole('button', { name: /^Send again of STEP_ADVANCED/ }));
    await waitFor(() =>
      expect(within(log).getByRole('status')).toHaveTextContent(
        'STEP_ADVANCED will be sent again at once, from its first attempt; its state is Waiting until the receiver answers.',
      ),
    );
    expect(within(row).getByText('Waiting', state)).toBeInTheDocument();
    expect(row).toHaveTextContent('Not tried yet');
  });

  it('says when nothing has been sent yet', async () => {
    const user = userEvent.setup();
    renderScreen(<WebhooksSection />, {
      organisation: ADMIN,
      mocks: [
        endpoints([endpoint()]),
        catalogue,
        { request: { query: WEBHOOK_DELIVERIES, variables: { id: 'wh-1', first: DELIVERY_PAGE } }, result: deliveries([]) },
      ],
    });
    const card = await screen.findByRole('article', { name: URL_ });
    await user.click(within(card).getByRole('button', { name: `Delivery log for ${URL_}` }));
    expect(await within(card).findByText('Nothing has been sent to this webhook yet')).toBeInTheDocument();
  });
});
