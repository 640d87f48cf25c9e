import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { OrganisationSignIn, refusalMessage } from './OrganisationSignIn';
import { SignInScreen } from './SignInScreen';

describe('Sign in with your organisation', () => {
  it('sends the browser to the server with the short name, typed with the keyboard alone', async () => {
    const go = vi.fn();
    renderScreen(<OrganisationSignIn refused={null} go={go} />, { signedIn: false, organisation: null });
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByLabelText('Your organisation’s short name')).toHaveFocus();
    await user.keyboard('  Riverside-Council{Enter}');
    expect(go).toHaveBeenCalledWith('/auth/oidc/riverside-council/start');
  });

  it('names an empty or malformed short name next to the field, and goes nowhere', async () => {
    const go = vi.fn();
    renderScreen(<OrganisationSignIn refused={null} go={go} />, { signedIn: false, organisation: null });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Continue to your organisation' }));
    expect(screen.getByLabelText('Your organisation’s short name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter your organisation’s short name.'),
    );
    await user.type(screen.getByLabelText('Your organisation’s short name'), 'our council!');
    await user.click(screen.getByRole('button', { name: 'Continue to your organisation' }));
    expect(screen.getByLabelText('Your organisation’s short name')).toHaveAccessibleDescription(
      expect.stringContaining('lower-case letters, digits and hyphens only'),
    );
    expect(go).not.toHaveBeenCalled();
  });

  it('says in words why the last sign-in was refused, on the sign-in page, and ignores a reason it does not know', () => {
    renderScreen(<SignInScreen />, { path: '/sign-in?sso=NO_ROLE', route: '/sign-in', signedIn: false, organisation: null });
    const section = screen.getByRole('region', { name: 'Sign in with your organisation' });
    expect(within(section).getByRole('alert')).toHaveTextContent('does not place you in any group that has access to coprod');
    expect(refusalMessage('ACCOUNT_EXISTS')).toMatch(/Sign in with its password first/);
    expect(refusalMessage('<script>')).toBeNull();
    expect(refusalMessage('SOMETHING_NEW')).toBeNull();
    expect(refusalMessage(null)).toBeNull();
  });
});
