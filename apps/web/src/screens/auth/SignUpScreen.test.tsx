import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { SignUpScreen } from './SignUpScreen';

describe('SignUpScreen', () => {
  it('says what each empty field needs in a plain sentence, with no word doubled', async () => {
    renderScreen(<SignUpScreen />, { path: '/sign-up', signedIn: false, organisation: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('Choose a password.'));
    expect(screen.getByRole('alert')).not.toHaveTextContent(/\b(\w+) \1\b/i);
  });

  it('takes a field’s message away once the person changes that field, leaving the others until they do', async () => {
    renderScreen(<SignUpScreen />, { path: '/sign-up', signedIn: false, organisation: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Create account' }));
    const name = screen.getByLabelText('Your name');
    await userEvent.type(name, 'S');

    expect(name).not.toHaveAttribute('aria-invalid');
    expect(name).not.toHaveAccessibleDescription('Enter your name.');
    expect(name).toHaveFocus(); // the summary shrinking does not pull focus away from typing
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Enter your name.');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email address.');
  });
});
