import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Field } from '../components/Field';
import { FormSummary } from '../components/FormSummary';
import { renderScreen } from '../test/render';
import { useDraft } from './useDraft';
import { useFormErrors } from './useFormErrors';

const refusal = new CombinedGraphQLErrors({
  errors: [
    {
      message: 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.rows[0].title', message: 'is too long' }] },
    },
  ],
});

function RowForm() {
  const draft = useDraft('rows', { rows: [{ title: 'A very long title' }] });
  const errors = useFormErrors(draft.values);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        errors.fromError(refusal);
      }}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label="Title"
        name="rows.0.title"
        value={draft.values.rows[0].title}
        onChange={(e) => draft.set('rows', [{ title: e.target.value }])}
        error={errors.field('rows.0.title')}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('useFormErrors', () => {
  it('drops an API field message (nested names too) once that field changes, with the summary it alone needed', async () => {
    renderScreen(<RowForm />, { path: '/rows' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Is too long.');
    expect(screen.getByRole('alert')).toHaveFocus();

    await userEvent.type(screen.getByLabelText('Title'), '!');
    expect(screen.getByLabelText('Title')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();

    // Refused again: the message is back, and the summary takes focus again.
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Is too long.');
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
