import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { CHANGE_PASSWORD, ChangePasswordSection } from './AccountScreen';

describe('ChangePasswordSection', () => {
  it('says in plain words what to do when the current password is wrong, not the API’s raw field message', async () => {
    const input = { currentPassword: 'not my password at all', newPassword: 'a fresh long password' };
    const mocks = [
      {
        request: { query: CHANGE_PASSWORD, variables: { input } },
        result: {
          errors: [
            new GraphQLError('Invalid input.currentPassword: is not your current password', {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.currentPassword', message: 'is not your current password' }] },
            }),
          ],
        },
      },
    ];
    renderScreen(<ChangePasswordSection />, { path: '/account', organisation: null, mocks });
    await userEvent.type(screen.getByLabelText('Current password'), input.currentPassword);
    await userEvent.type(screen.getByLabelText('New password'), input.newPassword);
    await userEvent.type(screen.getByLabelText('New password again'), input.newPassword);
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    const wrong =
      'That is not your current password. Try again; if you have forgotten it, ask an administrator of your organisation for a reset link.';
    await waitFor(() => expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(wrong));
    expect(screen.getByRole('alert')).toHaveTextContent(wrong);
    expect(screen.queryByText(/Is not your current password/)).toBeNull();
  });
});
