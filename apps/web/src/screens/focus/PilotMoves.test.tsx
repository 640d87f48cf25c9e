import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import { REJECT_PILOT, START_PILOT } from './operations';
import { type MovablePilot, mayMove, PilotMoves } from './PilotMoves';

withDialogs();

const APPROVED: MovablePilot = {
  id: 'pilot-2',
  name: 'Garden share',
  status: 'APPROVED',
  version: 2,
  allowedMoves: [
    { type: 'REJECT', decision: null, to: 'REJECTED', reason: 'REQUIRED' },
    { type: 'START', decision: null, to: 'RUNNING', reason: 'NONE' },
  ],
};
const afterMove = (status: string) => ({
  __typename: 'Pilot',
  id: 'pilot-2',
  status,
  iteration: 1,
  lastDecision: null,
  lastReason: null,
  version: 3,
  allowedMoves: [],
});

function renderMoves(options: { role?: 'PROGRAMME_MANAGER' | 'CONSULTANT'; mocks?: object[] } = {}) {
  const onMoved = vi.fn();
  renderScreen(<PilotMoves pilot={APPROVED} may={(type) => mayMove(options.role ?? 'PROGRAMME_MANAGER', type)} onMoved={onMoved} />, {
    path: '/o/org-1/programmes/p-1/focus/pilots/pilot-2',
    mocks: (options.mocks ?? []) as never,
  });
  return { onMoved };
}

describe('PilotMoves on a pilot’s page (Focus it)', () => {
  it('lists what can happen next, the moves that end the pilot last, each with what it means', () => {
    renderMoves();
    const moves = screen.getByRole('list', { name: 'What can happen next' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Start the pilot', 'Reject the pilot']);
    expect(screen.getByRole('button', { name: 'Reject the pilot' })).toHaveAccessibleDescription(
      expect.stringContaining('Turns the pilot down for good'),
    );
  });

  it('leaves rejection to those who may decide, and says so once', () => {
    renderMoves({ role: 'CONSULTANT' });
    expect(screen.queryByRole('button', { name: 'Reject the pilot' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the pilot' })).toBeInTheDocument();
    expect(screen.getByText(/Some moves are left to programme managers and administrators/)).toBeInTheDocument();
  });

  it('asks for a reason of a few words before rejecting, then sends it with the version read', async () => {
    const reason = 'The garden site was sold to a developer.';
    const { onMoved } = renderMoves({
      mocks: [
        {
          request: { query: REJECT_PILOT, variables: { input: { pilotId: 'pilot-2', version: 2, reason } } },
          result: { data: { rejectPilot: afterMove('REJECTED') } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reject the pilot' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject the pilot' });
    expect(dialog).toHaveTextContent('Garden share goes from “Approved” to “Rejected”.');
    const field = within(dialog).getByRole('textbox', { name: 'Reason' });
    await userEvent.type(field, 'Sold');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject the pilot' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Write a reason of at least 3 words.'));
    expect(onMoved).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, reason);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject the pilot' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalledWith(APPROVED.allowedMoves[0]));
    // The dialog closes in the render after the move is reported, not with it.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says in plain words when someone else moved the pilot meanwhile, and keeps the dialog open', async () => {
    const errors = [new GraphQLError('Pilot was changed by someone else (version 3, you sent 2).', { extensions: { code: 'CONFLICT' } })];
    const { onMoved } = renderMoves({
      mocks: [{ request: { query: START_PILOT, variables: { input: { pilotId: 'pilot-2', version: 2 } } }, result: { errors } }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Start the pilot' }));
    const dialog = screen.getByRole('dialog', { name: 'Start the pilot' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start the pilot' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone else changed this while you were working on it. Nothing was saved.',
    );
    expect(onMoved).not.toHaveBeenCalled();
  });
});
