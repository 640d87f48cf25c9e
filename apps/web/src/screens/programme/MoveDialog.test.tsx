import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import { type MoveChoice, MoveDialog, type OfferedMove } from './MoveDialog';

withDialogs();

const OVERRIDE: OfferedMove = { type: 'ADVANCE', reasonRequired: true, overridesGate: true, steps: [] };
const REOPEN: OfferedMove = { type: 'REOPEN', reasonRequired: true, overridesGate: false, steps: ['MAP', 'FOCUS'] };
const PAUSE: OfferedMove = { type: 'PAUSE', reasonRequired: false, overridesGate: false, steps: [] };

/** The board's part: a button opens the dialog for one move; a confirmed move closes it. */
function Board({ move, onConfirm }: { move: OfferedMove; onConfirm: (choice: MoveChoice) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open the move
      </button>
      <MoveDialog
        move={open ? move : null}
        programmeName="Safer streets"
        currentStep="FOCUS"
        onConfirm={async (choice) => {
          await onConfirm(choice);
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

async function openWith(move: OfferedMove, onConfirm = vi.fn(async (_choice: MoveChoice) => undefined)) {
  renderScreen(<Board move={move} onConfirm={onConfirm} />, { path: '/o/org-1/programmes/p-1' });
  const opener = screen.getByRole('button', { name: 'Open the move' });
  await userEvent.click(opener);
  return { opener, onConfirm, dialog: await screen.findByRole('dialog') };
}

describe('MoveDialog', () => {
  it('asks for a reason to override the gate, refuses too short a one next to the field, and sends a sufficient one', async () => {
    const { onConfirm, dialog } = await openWith(OVERRIDE);
    expect(dialog).toHaveAccessibleName('Override the gate and advance');
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();

    await userEvent.type(reason, 'go');
    await userEvent.click(screen.getByRole('button', { name: 'Override the gate and advance' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Give a reason of at least 3 words.'));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(onConfirm).not.toHaveBeenCalled();

    await userEvent.clear(reason);
    await userEvent.type(reason, 'The board agreed to move on');
    await userEvent.click(screen.getByRole('button', { name: 'Override the gate and advance' }));
    expect(onConfirm).toHaveBeenCalledWith({ reason: 'The board agreed to move on', step: undefined });
  });

  it('asks which step to reopen and why', async () => {
    const { onConfirm } = await openWith(REOPEN);
    const step = screen.getByRole('combobox', { name: 'Step to reopen' });
    expect(step).toHaveFocus();
    expect(step).toHaveValue('FOCUS');
    await userEvent.selectOptions(step, 'MAP');
    await userEvent.click(screen.getByRole('button', { name: 'Reopen a step' }));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      expect.stringContaining('Give a reason of at least 3 words.'),
    );
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Reason' }), 'Two estates were missed');
    await userEvent.click(screen.getByRole('button', { name: 'Reopen a step' }));
    expect(onConfirm).toHaveBeenCalledWith({ reason: 'Two estates were missed', step: 'MAP' });
  });

  it('needs no reason to pause, closes on Escape and gives focus back to the button that opened it', async () => {
    const { opener, onConfirm } = await openWith(PAUSE);
    expect(screen.queryByRole('textbox', { name: 'Reason' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause the programme' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('gives focus back to the opener after a confirmed move too', async () => {
    const { opener, onConfirm } = await openWith(PAUSE);
    await userEvent.click(screen.getByRole('button', { name: 'Pause the programme' }));
    expect(onConfirm).toHaveBeenCalledWith({ reason: undefined, step: undefined });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('shows the API’s objection to the reason next to the field, and keeps the reason', async () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input.overrideReason: give a reason for this change in a few words',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.overrideReason', message: 'give a reason for this change in a few words' }],
          },
        },
      ],
    });
    await openWith(
      OVERRIDE,
      vi.fn(async () => {
        throw refusal;
      }),
    );
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    await userEvent.type(reason, 'Because we said so today');
    await userEvent.click(screen.getByRole('button', { name: 'Override the gate and advance' }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(expect.stringContaining('Give a reason for this change in a few words.')),
    );
    expect(reason).toHaveValue('Because we said so today');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
