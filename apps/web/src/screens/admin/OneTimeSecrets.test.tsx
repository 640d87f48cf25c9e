import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ORGANISATION, renderScreen } from '../../test/render';
import { ApiKeysSection } from './ApiKeysSection';
import { InvitationsSection } from './InvitationsSection';
import { API_KEYS, CREATE_API_KEY, INVITE_MEMBER, PAGE, PENDING_INVITATIONS } from './operations';

const ADMIN = { ...ORGANISATION, role: 'ADMIN' as const };
const ACCEPT_URL = 'http://localhost:3000/invitations/accept?token=tok_9f3a1c7e5b2d4a6c8e0f1a3b5c7d9e1f';
const SECRET = 'cpk_5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';

/** Lets a test look into the Apollo cache the screen used. */
function CacheProbe({ onClient }: { onClient: (client: ApolloClient) => void }) {
  onClient(useApolloClient());
  return null;
}

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };
const invitation = {
  __typename: 'Invitation',
  id: 'inv-1',
  email: 'sam@example.org',
  role: 'PROGRAMME_MANAGER',
  status: 'PENDING',
  createdAt: '2026-12-02T10:00:00.000Z',
  expiresAt: '2026-12-16T10:00:00.000Z',
};
const pending = (nodes: object[]) => ({
  data: {
    invitations: {
      __typename: 'InvitationConnection',
      totalCount: nodes.length,
      pageInfo,
      edges: nodes.map((node, i) => ({ __typename: 'InvitationEdge', cursor: String(i), node })),
    },
  },
});

describe('the one-time invitation link', () => {
  it('is shown once with a copy button, then forgotten: not on the page, not in the cache, not in the list', async () => {
    const user = userEvent.setup();
    let client: ApolloClient | undefined;
    const mocks = [
      { request: { query: PENDING_INVITATIONS, variables: { first: PAGE } }, result: pending([]) },
      {
        request: { query: INVITE_MEMBER, variables: { input: { email: 'sam@example.org', role: 'PROGRAMME_MANAGER' } } },
        result: { data: { inviteMember: { __typename: 'IssuedInvitation', acceptUrl: ACCEPT_URL, invitation } } },
      },
      { request: { query: PENDING_INVITATIONS, variables: { first: PAGE } }, result: pending([invitation]) },
    ];
    renderScreen(
      <>
        <InvitationsSection />
        <CacheProbe onClient={(c) => (client = c)} />
      </>,
      { organisation: ADMIN, mocks },
    );

    expect(await screen.findByText('No invitations are waiting')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email address'), 'sam@example.org');
    await user.selectOptions(screen.getByLabelText('Role'), 'Programme manager');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));

    const panel = await screen.findByRole('region', { name: 'Invitation link for sam@example.org' });
    expect(within(panel).getByRole('heading', { name: 'Invitation link for sam@example.org' })).toHaveFocus();
    expect(within(panel).getByText('Shown only this once.')).toBeInTheDocument();
    expect(within(panel).getByLabelText('One-time invitation link')).toHaveValue(ACCEPT_URL);
    // The form is empty again for the next invitation; the list shows the new one, without its link.
    expect(screen.getByLabelText('Email address')).toHaveValue('');
    const list = await screen.findByRole('table');
    expect(within(list).getByRole('rowheader', { name: 'sam@example.org' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Revoke the invitation for sam@example.org' })).toBeInTheDocument();
    expect(list.textContent).not.toContain('tok_');

    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await within(panel).findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(ACCEPT_URL);

    await user.click(within(panel).getByRole('button', { name: 'I have copied it: hide it' }));
    expect(screen.queryByRole('region', { name: /Invitation link/ })).toBeNull();
    expect(document.body.innerHTML).not.toContain('tok_');
    expect(JSON.stringify(client!.cache.extract())).not.toContain('tok_');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('tok_');
  });
});

const key = {
  __typename: 'ApiKey',
  id: 'key-1',
  name: 'Intranet status page',
  role: 'VIEWER',
  prefix: 'cpk_5e7a',
  createdAt: '2026-12-02T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  parentKeyId: null,
};

describe('the API key secret', () => {
  it('asks for a name first, then shows the secret once with a warning and a copy button, then forgets it', async () => {
    const user = userEvent.setup();
    let client: ApolloClient | undefined;
    const mocks = [
      { request: { query: API_KEYS }, result: { data: { apiKeys: [] } } },
      {
        request: { query: CREATE_API_KEY, variables: { input: { name: 'Intranet status page', role: 'VIEWER' } } },
        result: { data: { createApiKey: { __typename: 'IssuedApiKey', secret: SECRET, apiKey: key } } },
      },
      { request: { query: API_KEYS }, result: { data: { apiKeys: [key] } } },
    ];
    renderScreen(
      <>
        <ApiKeysSection />
        <CacheProbe onClient={(c) => (client = c)} />
      </>,
      { organisation: ADMIN, mocks },
    );

    expect(await screen.findByText('No keys in use')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByLabelText('Key name')).toHaveAccessibleDescription(expect.stringContaining('Enter a name for the key.'));
    expect(screen.getByLabelText('Key name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText('Key name'), 'Intranet status page');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const panel = await screen.findByRole('region', { name: 'Secret of the key “Intranet status page”' });
    expect(within(panel).getByRole('heading')).toHaveFocus();
    expect(within(panel).getByText('Shown only this once.')).toBeInTheDocument();
    expect(within(panel).getByText(/nobody can see the secret again/)).toBeInTheDocument();
    expect(within(panel).getByLabelText('API key secret')).toHaveValue(SECRET);
    const list = await screen.findByRole('table');
    expect(within(list).getByRole('rowheader', { name: 'Intranet status page' })).toBeInTheDocument();
    expect(within(list).getByText('cpk_5e7a…')).toBeInTheDocument();
    expect(list.textContent).not.toContain(SECRET);

    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    await user.click(within(panel).getByRole('button', { name: 'I have copied it: hide it' }));
    expect(screen.queryByRole('region', { name: /Secret of the key/ })).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(JSON.stringify(client!.cache.extract())).not.toContain(SECRET);
    expect(JSON.stringify(window.sessionStorage)).not.toContain(SECRET);
  });

  it('says so when the clipboard is refused, and selects the secret to copy by hand', async () => {
    const user = userEvent.setup();
    const mocks = [
      { request: { query: API_KEYS }, result: { data: { apiKeys: [] } } },
      {
        request: { query: CREATE_API_KEY, variables: { input: { name: 'Reports', role: 'VIEWER' } } },
        result: { data: { createApiKey: { __typename: 'IssuedApiKey', secret: SECRET, apiKey: { ...key, name: 'Reports' } } } },
      },
      { request: { query: API_KEYS }, result: { data: { apiKeys: [{ ...key, name: 'Reports' }] } } },
    ];
    renderScreen(<ApiKeysSection />, { organisation: ADMIN, mocks });
    await user.type(await screen.findByLabelText('Key name'), 'Reports');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const panel = await screen.findByRole('region', { name: 'Secret of the key “Reports”' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await within(panel).findByText(/Could not copy automatically/)).toBeInTheDocument();
    const box = within(panel).getByLabelText<HTMLInputElement>('API key secret');
    expect(box).toHaveFocus();
    expect(box.value.slice(box.selectionStart!, box.selectionEnd!)).toBe(SECRET);
  });
});
