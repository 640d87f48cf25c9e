import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { ME } from '../../app/session';
import { forgetLinkToken, linkToken, takeTokenFromAddressBar } from '../../app/tokens';
import { renderScreen } from '../../test/render';
import { ACCEPT_INVITATION, AcceptInvitationScreen } from './AcceptInvitationScreen';

const signedOut = {
  request: { query: ME },
  result: { errors: [new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })] },
};
const MESSAGE = 'If this address had no account, one has been made. Sign in to carry on.';

function arriveWithLink(token: string) {
  const history = { state: null, replaceState: () => undefined } as unknown as History;
  takeTokenFromAddressBar({ pathname: '/invitations/accept', search: `?token=${token}`, hash: '' } as Location, history);
}

afterEach(() => forgetLinkToken('/invitations/accept'));

describe('AcceptInvitationScreen', () => {
  it('forgets the used invitation after making an account, so signing in leads to the organisation and not to a second join', async () => {
    arriveWithLink('tok-1');
    const input = { token: 'tok-1', displayName: 'Sam Newcomer', password: 'a long enough password' };
    const mocks = [
      signedOut,
      {
        request: { query: ACCEPT_INVITATION, variables: { input } },
        result: { data: { acceptInvitation: { __typename: 'InvitationAcceptance', message: MESSAGE, membership: null } } },
      },
    ];
    const { router } = renderScreen(<AcceptInvitationScreen />, {
      path: '/invitations/accept',
      signedIn: false,
      organisation: null,
      mocks,
      otherRoutes: ['/sign-in'],
    });
    await userEvent.type(await screen.findByLabelText('Your name'), input.displayName);
    await userEvent.type(screen.getByLabelText('Password'), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(await screen.findByText(MESSAGE)).toHaveAttribute('role', 'status');
    expect(linkToken('/invitations/accept')).toBeNull();
    expect(window.sessionStorage.getItem('coprod:invitation-token')).toBeNull();
    // Plain sign-in: afterwards the home page opens the person's organisation (the new membership).
    await userEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
  });

  it('keeps the invitation while the person signs in first, to join afterwards', async () => {
    arriveWithLink('tok-2');
    renderScreen(<AcceptInvitationScreen />, { path: '/invitations/accept', signedIn: false, organisation: null, mocks: [signedOut] });
    expect(await screen.findByRole('link', { name: 'Sign in first' })).toHaveAttribute(
      'href',
      `/sign-in?return=${encodeURIComponent('/invitations/accept')}`,
    );
    expect(linkToken('/invitations/accept')).toBe('tok-2');
  });
});
