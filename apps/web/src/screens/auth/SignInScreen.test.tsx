import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { START_SESSION, SignInScreen } from './SignInScreen';

const input = { email: 'pat@example.org', password: 'correct horse battery' };

describe('SignInScreen', () => {
  it('names each empty field next to it, before sending anything', async () => {
    renderScreen(<SignInScreen />, { path: '/sign-in', signedIn: false, organisation: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need changing');
  });

  it('shows the API’s problem with a field next to that field', async () => {
    const mocks = [
      {
        request: { query: START_SESSION, variables: { input: { email: 'pat@', password: input.password } } },
        result: {
          errors: [
            new GraphQLError('Invalid input.email: must be an email address', {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'must be an email address' }] },
            }),
          ],
        },
      },
    ];
    renderScreen(<SignInScreen />, { path: '/sign-in', signedIn: false, organisation: null, mocks });
    await userEvent.type(await screen.findByLabelText('Email address'), 'pat@');
    await userEvent.type(screen.getByLabelText('Password'), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Must be an email address.'));
    expect(screen.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('says plainly when the address and password do not match', async () => {
    const mocks = [
      {
        request: { query: START_SESSION, variables: { input } },
        result: { errors: [new GraphQLError('Wrong email or password', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ];
    renderScreen(<SignInScreen />, { path: '/sign-in', signedIn: false, organisation: null, mocks });
    await userEvent.type(await screen.findByLabelText('Email address'), input.email);
    await userEvent.type(screen.getByLabelText('Password'), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That email address and password do not match an account.');
  });

  it('returns to the page the expired session left, after signing in', async () => {
    const mocks = [
      {
        request: { query: START_SESSION, variables: { input } },
        result: {
          data: {
            startSession: {
              __typename: 'SessionInfo',
              expiresAt: '2026-12-03T10:00:00Z',
              user: { __typename: 'User', id: 'user-1', email: input.email, displayName: 'Pat' },
            },
          },
        },
      },
    ];
    const { router } = renderScreen(<SignInScreen />, {
      path: `/sign-in?return=${encodeURIComponent('/o/org-1/programmes/p-1')}`,
      route: '/sign-in',
      signedIn: false,
      organisation: null,
      mocks,
      otherRoutes: ['/o/:organisationId/programmes/:programmeId'],
    });
    expect(await screen.findByText(/Anything you were typing has been kept/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email address'), input.email);
    await userEvent.type(screen.getByLabelText('Password'), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/o/org-1/programmes/p-1'));
  });
});
