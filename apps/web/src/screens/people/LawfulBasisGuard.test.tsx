import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { type BasisValues, basisInput, LawfulBasisGuard, NO_BASIS } from './LawfulBasisGuard';

function Guarded({ initial = NO_BASIS, errors = {} }: { initial?: BasisValues; errors?: Record<string, string> }) {
  const [values, setValues] = useState(initial);
  return (
    <form>
      <LawfulBasisGuard values={values} onChange={setValues} error={(name) => errors[name]}>
        <label>
          Name
          <input name="displayName" />
        </label>
      </LawfulBasisGuard>
      <output data-testid="sent">{JSON.stringify(basisInput(values) ?? null)}</output>
    </form>
  );
}

describe('LawfulBasisGuard', () => {
  it('renders no personal field until a lawful basis is chosen, and says why', async () => {
    renderScreen(<Guarded />, { path: '/o/org-1/programmes/p-1/people/participants/new' });
    expect(screen.getByRole('group', { name: 'Lawful basis for holding their details' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(document.querySelector('input[name="displayName"]')).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent('Choose a lawful basis above');

    await userEvent.click(screen.getByRole('radio', { name: /Public task/ }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    // A public task needs nothing more: no consent fields.
    expect(screen.queryByLabelText('Date consent was given')).toBeNull();
    expect(screen.getByTestId('sent')).toHaveTextContent('{"basis":"PUBLIC_TASK"}');
  });

  it('asks consent for its date, purpose and means, and sends only the fields of the basis chosen', async () => {
    const user = userEvent.setup();
    renderScreen(<Guarded />, { path: '/o/org-1/programmes/p-1/people/participants/new' });
    await user.click(screen.getByRole('radio', { name: /Consent/ }));
    await user.type(screen.getByLabelText('How consent was given'), 'Signed form at the library');
    await user.type(screen.getByLabelText('What they consented to'), 'Being contacted about the repairs pilot');
    expect(screen.getByLabelText('Date consent was given')).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();

    // Switching to another basis drops the consent wording rather than sending what the API refuses.
    await user.click(screen.getByRole('radio', { name: /Another basis/ }));
    expect(screen.queryByLabelText('How consent was given')).toBeNull();
    await user.type(screen.getByLabelText('Name the basis'), 'Legitimate interests: staff volunteering');
    expect(JSON.parse(screen.getByTestId('sent').textContent!)).toEqual({
      basis: 'OTHER',
      otherBasis: 'Legitimate interests: staff volunteering',
    });
  });

  it('shows the API’s message about a missing basis on the group of choices', () => {
    renderScreen(<Guarded errors={{ lawfulBasis: 'Is needed before anything personal is held.' }} />, { path: '/people' });
    const group = screen.getByRole('group', { name: 'Lawful basis for holding their details' });
    expect(group).toHaveAccessibleDescription('Is needed before anything personal is held.');
    expect(group).toHaveAttribute('aria-invalid', 'true');
  });
});
