import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Field } from '../components/Field';
import { renderScreen } from '../test/render';
import { draftKey, useDraft } from './useDraft';

function NoteForm() {
  const draft = useDraft('note', { title: '', secret: '' }, { secret: ['secret'] });
  return (
    <form>
      {draft.restored && <p>Restored</p>}
      <Field label="Title" name="title" value={draft.values.title} onChange={(e) => draft.set('title', e.target.value)} />
      <Field label="Secret" name="secret" value={draft.values.secret} onChange={(e) => draft.set('secret', e.target.value)} />
      <button type="button" onClick={draft.clear}>
        Saved
      </button>
    </form>
  );
}

describe('useDraft', () => {
  it('brings back what was typed when the page is opened again (after signing in anew), but never a secret', async () => {
    const first = renderScreen(<NoteForm />, { path: '/o/org-1/notes' });
    await userEvent.type(screen.getByLabelText('Title'), 'Half-written evidence');
    await userEvent.type(screen.getByLabelText('Secret'), 'hunter2');
    expect(JSON.parse(window.sessionStorage.getItem(draftKey('/o/org-1/notes', 'note'))!)).toEqual({ title: 'Half-written evidence' });
    first.unmount();

    renderScreen(<NoteForm />, { path: '/o/org-1/notes' });
    expect(screen.getByLabelText('Title')).toHaveValue('Half-written evidence');
    expect(screen.getByLabelText('Secret')).toHaveValue('');
    expect(screen.getByText('Restored')).toBeInTheDocument();
  });

  it('keeps drafts apart by page, and forgets one once saved', async () => {
    const first = renderScreen(<NoteForm />, { path: '/o/org-1/notes' });
    await userEvent.type(screen.getByLabelText('Title'), 'One');
    first.unmount();

    const other = renderScreen(<NoteForm />, { path: '/o/org-2/notes' });
    expect(screen.getByLabelText('Title')).toHaveValue('');
    other.unmount();

    renderScreen(<NoteForm />, { path: '/o/org-1/notes' });
    expect(screen.getByLabelText('Title')).toHaveValue('One');
    await userEvent.click(screen.getByRole('button', { name: 'Saved' }));
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(window.sessionStorage.getItem(draftKey('/o/org-1/notes', 'note'))).toBeNull();
  });
});
