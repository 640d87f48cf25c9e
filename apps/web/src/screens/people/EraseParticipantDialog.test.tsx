import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import { EraseParticipantDialog } from './EraseParticipantDialog';
import { ERASE_PARTICIPANT } from './operations';

withDialogs();

const PARTICIPANT = { id: '5d0c1a52-3f0e-4d43-9c1e-6c8b0f0e2a11', name: 'Amira' };
const erased = {
  request: { query: ERASE_PARTICIPANT, variables: { input: { participantId: PARTICIPANT.id } } },
  result: {
    data: {
      eraseParticipant: { __typename: 'Participant', id: PARTICIPANT.id, erased: true, erasedAt: '2026-12-02T10:00:00.000Z', version: 3 },
    },
  },
};

function open(mocks: object[] = [], onExport?: () => void) {
  const onErased = vi.fn();
  const onClose = vi.fn();
  renderScreen(<EraseParticipantDialog participant={PARTICIPANT} onClose={onClose} onErased={onErased} onExport={onExport} />, {
    path: '/o/org-1/programmes/p-1/people/participants/x',
    mocks: mocks as never,
  });
  return { onErased, onClose, dialog: screen.getByRole('dialog', { name: 'Erase Amira’s personal details?' }) };
}

describe('EraseParticipantDialog', () => {
  it('says what erasure removes for good and what it keeps, and has Cancel first in focus', () => {
    const { dialog } = open();
    const removes = within(dialog).getByRole('list', { name: 'Removed for good' });
    expect(
      within(removes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'their name',
      'how to reach them',
      'the notes about them',
      'the wording of their lawful basis: what they consented to and how, or the basis you named',
    ]);
    const keeps = within(dialog).getByRole('list', { name: 'Kept, with nothing to say who they were' });
    expect(keeps).toHaveTextContent('their skills, keenness and hours a month');
    expect(keeps).toHaveTextContent('the pilots they joined, their roles and their self-efficacy readings');
    expect(dialog).toHaveTextContent('Erasure cannot be undone');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('erases nothing until the person ticks that they understand, then erases', async () => {
    const user = userEvent.setup();
    const { onErased, dialog } = open([erased]);
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Tick the box to confirm that you understand erasure cannot be undone.');
    expect(onErased).not.toHaveBeenCalled();

    const understood = within(dialog).getByRole('checkbox', { name: 'I understand that Amira’s details will be gone for good.' });
    expect(understood).toHaveAttribute('aria-invalid', 'true');
    await user.click(understood);
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    await waitFor(() => expect(onErased).toHaveBeenCalledTimes(1));
  });

  it('shows the API’s refusal in plain words and stays open', async () => {
    const user = userEvent.setup();
    const refused = {
      request: erased.request,
      result: {
        errors: [
          new GraphQLError('Your role (CONSULTANT) does not allow this: erase a participant takes ADMIN or PROGRAMME_MANAGER', {
            extensions: { code: 'FORBIDDEN' },
          }),
        ],
      },
    };
    const { onErased, onClose, dialog } = open([refused]);
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('erase a participant takes ADMIN or PROGRAMME_MANAGER');
    expect(onErased).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('offers the download of their data before erasing', async () => {
    const onExport = vi.fn();
    const { dialog } = open([], onExport);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download their data' }));
    expect(onExport).toHaveBeenCalledTimes(1);
  });
});
