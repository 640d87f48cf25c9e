import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { CANCEL_WORKSHOP, START_WORKSHOP, type WorkshopDetail } from './operations';
import { WorkshopMoves } from './WorkshopMoves';

const workshop = (status: WorkshopDetail['status']) => ({ id: 'w-1', status, version: 4 }) as WorkshopDetail;

function renderMoves(status: WorkshopDetail['status'], mayPlan: boolean, mocks: object[] = []) {
  renderScreen(<WorkshopMoves workshop={workshop(status)} mayPlan={mayPlan} runPath="/o/org-1/workshops/w-1/run" />, {
    path: '/o/org-1/workshops/w-1',
    mocks: mocks as never,
  });
}

describe('WorkshopMoves (only the moves the status allows, only to those who plan)', () => {
  it('offers a planned workshop Start and Cancel, and asks before cancelling', async () => {
    renderMoves('PLANNED', true, [
      {
        request: { query: CANCEL_WORKSHOP, variables: { input: { workshopId: 'w-1', version: 4 } } },
        result: { data: { cancelWorkshop: { __typename: 'Workshop', id: 'w-1', status: 'CANCELLED', version: 5 } } },
      },
    ]);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start the workshop', 'Cancel the workshop']);
    expect(screen.queryByRole('link', { name: 'Open run mode' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the workshop' }));
    const ask = screen.getByRole('group', { name: 'Cancel the workshop' });
    expect(ask).toHaveTextContent('Nothing can be captured from a cancelled workshop.');
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel the workshop' }));
    await waitFor(() => expect(screen.getByText('The workshop is now cancelled.')).toBeInTheDocument());
  });

  it('offers a running workshop End and run mode; a member who does not plan gets no moves', () => {
    renderMoves('RUNNING', true);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['End the workshop']);
    expect(screen.getByRole('link', { name: 'Open run mode' })).toHaveAttribute('href', '/o/org-1/workshops/w-1/run');
  });

  it('shows a contributor where it stands and nothing to press', () => {
    renderMoves('PLANNED', false);
    expect(screen.getByText('Start it when the room gathers, or cancel it.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says in plain words why a move was refused', async () => {
    const errors = [
      new GraphQLError('Workshop was changed by someone else (version 5, you sent 4).', { extensions: { code: 'CONFLICT' } }),
    ];
    renderMoves('PLANNED', true, [
      { request: { query: START_WORKSHOP, variables: { input: { workshopId: 'w-1', version: 4 } } }, result: { errors } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start the workshop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Workshop was changed by someone else (version 5, you sent 4).');
  });
});
