import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { REQUEST_PASSWORD_RESET } from '../notifications/operations';
import { ForgotPasswordScreen } from './ForgotPasswordScreen';
import { SignInScreen } from './SignInScreen';

const ANSWER = 'If the address is known, we have sent a link to it to choose a new password. The link works once, within 24 hours.';

describe('ForgotPasswordScreen', () => {
  it('is reached from the sign-in page by keyboard', async () => {
    const { router } = renderScreen(<SignInScreen />, {
      path: '/sign-in',
      signedIn: false,
      organisation: null,
      otherRoutes: ['/forgot-password'],
    });
    screen.getByRole('link', { name: 'Forgot your password?' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/forgot-password');
  });

  it('asks for the address and then says a link was sent if the address is known, never whether it is', async () => {
    renderScreen(<ForgotPasswordScreen />, {
      path: '/forgot-password',
      signedIn: false,
      organisation: null,
      mocks: [
        {
          request: { query: REQUEST_PASSWORD_RESET, variables: { input: { email: 'pat@example.org' } } },
          result: { data: { requestPasswordReset: { message: ANSWER } } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByLabelText('Email address')).toHaveAccessibleDescription(/./);
    await userEvent.type(screen.getByLabelText('Email address'), ' pat@example.org ');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/^If the address is known, we have sent a link to it\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
