import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ORGANISATION, renderScreen } from '../../test/render';
import { OIDC_CONFIGURATION, UPDATE_OIDC_CONFIGURATION } from './singleSignOnOperations';
import { SingleSignOnSection } from './SingleSignOnSection';

const ADMIN = { ...ORGANISATION, role: 'ADMIN' as const };
const saved = {
  __typename: 'OidcConfiguration',
  id: 'sso-1',
  enabled: true,
  slug: 'riverside',
  issuer: 'https://login.riverside.example/realms/staff',
  clientId: 'coprod',
  clientSecretSet: true,
  audience: null,
  roleClaim: 'groups',
  roleMapping: [{ __typename: 'OidcRoleMapping', claimValue: 'coprod-staff', role: 'CONTRIBUTOR' }],
  createMembersOnFirstSignIn: true,
  passwordSignInAllowed: true,
  redirectUri: 'https://coprod.example/auth/oidc/callback',
  signInUrl: 'https://coprod.example/auth/oidc/riverside/start',
  version: 3,
};
const configuration = (value: object | null) => ({
  request: { query: OIDC_CONFIGURATION },
  result: { data: { oidcConfiguration: value } },
});
const input = {
  version: 3,
  enabled: true,
  slug: 'riverside',
  issuer: 'https://login.riverside.example/realms/staff',
  clientId: 'coprod',
  audience: null,
  roleClaim: 'groups',
  roleMapping: [{ claimValue: 'coprod-staff', role: 'CONTRIBUTOR' }],
  createMembersOnFirstSignIn: true,
  passwordSignInAllowed: false,
};

describe('SingleSignOnSection', () => {
  it('shows the address to register and never the secret, only that one is saved', async () => {
    renderScreen(<SingleSignOnSection />, { organisation: ADMIN, mocks: [configuration(saved)] });
    const section = await screen.findByRole('region', { name: 'Single sign-on' });
    expect(await within(section).findByText(saved.redirectUri)).toBeInTheDocument();
    expect(within(section).getByLabelText('Client secret')).toHaveValue('');
    expect(within(section).getByLabelText('Client secret')).toHaveAccessibleDescription(
      expect.stringContaining('A client secret is saved'),
    );
    expect(within(section).getByLabelText('Group 1')).toHaveValue('coprod-staff');
  });

  it('names empty required fields before sending, including a group row left blank', async () => {
    renderScreen(<SingleSignOnSection />, { organisation: ADMIN, mocks: [configuration(null)] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save single sign-on' }));
    expect(screen.getByLabelText('Short name')).toHaveAccessibleDescription(expect.stringContaining('Enter a short name.'));
    expect(screen.getByLabelText('Issuer address')).toHaveAccessibleDescription(expect.stringContaining('Enter the issuer address.'));
    expect(screen.getByLabelText('Group 1')).toHaveAccessibleDescription(expect.stringContaining('Enter the group’s name'));
  });

  it("turns passwords off with the keyboard, and shows the API's refusal in plain words at the field", async () => {
    const refusal = 'can be turned off only by someone signed in with the organisation right now';
    const mocks = [
      configuration(saved),
      {
        request: { query: UPDATE_OIDC_CONFIGURATION, variables: { input } },
        result: {
          errors: [
            new GraphQLError(`Invalid input.passwordSignInAllowed: ${refusal}`, {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.passwordSignInAllowed', message: refusal }] },
            }),
          ],
        },
      },
    ];
    renderScreen(<SingleSignOnSection />, { organisation: ADMIN, mocks });
    const user = userEvent.setup();
    const passwords = await screen.findByRole('checkbox', { name: 'Members may still sign in with a password' });
    passwords.focus();
    await user.keyboard(' ');
    expect(passwords).not.toBeChecked();
    await user.tab();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save single sign-on' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.body.textContent).toMatch(/turned off only by someone signed in with the organisation right now/i));
  });

  it('adds and removes group rows', async () => {
    renderScreen(<SingleSignOnSection />, { organisation: ADMIN, mocks: [configuration(saved)] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a group' }));
    await user.type(screen.getByLabelText('Group 2'), 'coprod-admins');
    await user.selectOptions(screen.getByLabelText('Role for group 2'), 'ADMIN');
    await user.click(screen.getByRole('button', { name: 'Remove group 1' }));
    expect(screen.getByLabelText('Group 1')).toHaveValue('coprod-admins');
    expect(screen.queryByLabelText('Group 2')).toBeNull();
  });
});
