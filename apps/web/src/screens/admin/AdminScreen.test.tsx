import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_VALUE, ORGANISATION, renderScreen } from '../../test/render';
import { AdminScreen } from './AdminScreen';
import { ADMIN_MEMBERS, ADMIN_ORGANISATION, CHANGE_MEMBER_ROLE, PAGE, UPDATE_ORGANISATION } from './operations';
import { SettingsSection } from './SettingsSection';

const settings = (overrides: object = {}) => ({
  data: {
    organisation: {
      __typename: 'Organisation',
      id: ORGANISATION.id,
      name: 'Northshire Council',
      timeZone: 'Europe/London',
      currency: 'GBP',
      version: 1,
      ...overrides,
    },
  },
});

const member = (id: string, name: string, role: string, userId = `user-${id}`) => ({
  __typename: 'MembershipEdge',
  cursor: id,
  node: {
    __typename: 'Membership',
    id,
    role,
    createdAt: '2026-11-02T09:00:00.000Z',
    user: { __typename: 'User', id: userId, displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.org` },
  },
});
const members = (edges: object[]) => ({
  data: {
    members: {
      __typename: 'MembershipConnection',
      totalCount: edges.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges,
    },
  },
});

describe('AdminScreen', () => {
  it('shows a VIEWER the members and settings with nothing to change, and says who can', async () => {
    const mocks = [
      {
        request: { query: ADMIN_MEMBERS, variables: { first: PAGE } },
        result: members([member('m-1', 'Alex Admin', 'ADMIN'), member('m-2', 'Pat Example', 'VIEWER', ME_VALUE.id)]),
      },
      { request: { query: ADMIN_ORGANISATION }, result: settings() },
    ];
    renderScreen(<AdminScreen />, { organisation: { ...ORGANISATION, role: 'VIEWER' }, mocks });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Administration · Northshire Council');
    expect(screen.getByText(/Your role here is Viewer\. Only an administrator can change members/)).toBeInTheDocument();
    const list = await screen.findByRole('region', { name: '2 members' });
    expect(within(list).getByRole('row', { name: /Alex Admin/ })).toHaveTextContent('Administrator');
    expect(within(list).getByRole('row', { name: /Pat Example/ })).toHaveTextContent('you');
    const facts = await screen.findByRole('region', { name: 'Settings' });
    expect(await within(facts).findByText('GBP · British Pound')).toBeInTheDocument();
    // Nothing to press or choose, and no invitations or keys, which the API shows only to an ADMIN.
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Invitations' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'API keys' })).toBeNull();
  });

  it('shows the API’s refusal to demote the last ADMIN next to that member’s role', async () => {
    const mocks = [
      {
        request: { query: ADMIN_MEMBERS, variables: { first: PAGE } },
        result: members([member('m-1', 'Pat Example', 'ADMIN', ME_VALUE.id)]),
      },
      {
        request: { query: CHANGE_MEMBER_ROLE, variables: { input: { membershipId: 'm-1', role: 'VIEWER' } } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'input.role', message: 'cannot demote the last ADMIN; make someone else ADMIN first' }],
              },
            }),
          ],
        },
      },
    ];
    const user = userEvent.setup();
    renderScreen(<AdminScreen />, {
      organisation: { ...ORGANISATION, role: 'ADMIN' },
      mocks: [...mocks, { request: { query: ADMIN_ORGANISATION }, result: settings() }],
    });
    const role = await screen.findByRole('combobox', { name: 'Role of Pat Example' });
    await user.selectOptions(role, 'Viewer');
    await user.click(screen.getByRole('button', { name: 'Save role of Pat Example' }));
    expect(await screen.findByText('Cannot demote the last ADMIN; make someone else ADMIN first.')).toBeInTheDocument();
    expect(role).toHaveAttribute('aria-invalid', 'true');
    expect(role).toHaveAccessibleDescription('Cannot demote the last ADMIN; make someone else ADMIN first.');
  });
});

describe('SettingsSection', () => {
  it('refuses a blank name next to the field, before sending', async () => {
    const user = userEvent.setup();
    renderScreen(<SettingsSection canManage />, {
      organisation: { ...ORGANISATION, role: 'ADMIN' },
      mocks: [{ request: { query: ADMIN_ORGANISATION }, result: settings() }],
    });
    const name = await screen.findByLabelText('Organisation name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Saved: Northshire Council. Enter the organisation’s name.');
  });

  it('meets a conflict, then reloads: keeps what was changed here, takes what someone else changed, and saves', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError('Organisation was changed by someone else', { extensions: { code: 'CONFLICT', currentVersion: 2 } });
    const mocks = [
      { request: { query: ADMIN_ORGANISATION }, result: settings() },
      {
        request: { query: UPDATE_ORGANISATION, variables: { input: { timeZone: 'Europe/Dublin', version: 1 } } },
        result: { errors: [conflict] },
      },
      // Meanwhile someone else moved the organisation to euros.
      { request: { query: ADMIN_ORGANISATION }, result: settings({ currency: 'EUR', version: 2 }) },
      {
        request: { query: UPDATE_ORGANISATION, variables: { input: { timeZone: 'Europe/Dublin', version: 2 } } },
        result: {
          data: {
            updateOrganisation: {
              __typename: 'Organisation',
              id: ORGANISATION.id,
              name: 'Northshire Council',
              timeZone: 'Europe/Dublin',
              currency: 'EUR',
              version: 3,
            },
          },
        },
      },
    ];
    renderScreen(<SettingsSection canManage />, { organisation: { ...ORGANISATION, role: 'ADMIN' }, mocks });

    await user.selectOptions(await screen.findByLabelText('Time zone'), 'Europe/Dublin');
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(/Saved: Europe\/London\./);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Someone else saved the settings while you were editing them/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load the latest settings' }));
    expect(await screen.findByText(/Someone else had changed: Currency\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Dublin');
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    // The button is busy (disabled) while the save is under way: wait for the save to end.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' })).toBeEnabled());
    expect(screen.queryByText(/Someone else/)).toBeNull();
    expect(screen.getByLabelText('Time zone')).not.toHaveAccessibleDescription(/Saved:/);
  });
});
