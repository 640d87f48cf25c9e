import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import type { GrowPilot } from './GrowScreen';
import { PilotDecisions } from './PilotDecisions';
import { DECIDE_PILOT, START_PILOT } from '../focus/operations';

withDialogs();

const base = { iteration: 1, lastDecision: null, lastReason: null, scalingPlan: null } as const;
const decide = (decision: 'SCALE' | 'ADAPT' | 'STOP', to: 'SCALE' | 'APPROVED' | 'STOP') =>
  ({ type: 'DECIDE', decision, to, reason: 'REQUIRED' }) as const;

const EVALUATING: GrowPilot = {
  ...base,
  id: 'pilot-1',
  name: 'Tenant repair panel',
  status: 'EVALUATING',
  version: 5,
  allowedMoves: [decide('SCALE', 'SCALE'), decide('ADAPT', 'APPROVED'), decide('STOP', 'STOP')],
};
const APPROVED: GrowPilot = {
  ...base,
  id: 'pilot-2',
  name: 'Garden share',
  status: 'APPROVED',
  version: 2,
  allowedMoves: [
    { type: 'START', decision: null, to: 'RUNNING', reason: 'NONE' },
    { type: 'REJECT', decision: null, to: 'REJECTED', reason: 'REQUIRED' },
  ],
};

function renderDecisions(
  options: { mayDecide?: boolean; mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks']; onChanged?: () => Promise<void> } = {},
) {
  return renderScreen(
    <PilotDecisions
      pilots={[EVALUATING, APPROVED]}
      mayPlan
      mayDecide={options.mayDecide ?? true}
      onChanged={options.onChanged ?? (async () => undefined)}
    />,
    {
      path: '/o/org-1/programmes/p-1/grow',
      mocks: options.mocks,
    },
  );
}

describe('PilotDecisions', () => {
  it('offers each pilot the next move toward a decision, and never approval or rejection (Focus it’s)', () => {
    renderDecisions();
    expect(screen.getByRole('button', { name: 'Decide on Tenant repair panel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the pilot Garden share' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reject/ })).not.toBeInTheDocument();
  });

  it('starts a pilot with the version it was read at', async () => {
    const onChanged = vi.fn(async () => undefined);
    renderDecisions({
      onChanged,
      mocks: [
        {
          request: { query: START_PILOT, variables: { input: { pilotId: 'pilot-2', version: 2 } } },
          result: {
            data: {
              startPilot: {
                __typename: 'Pilot',
                id: 'pilot-2',
                status: 'RUNNING',
                iteration: 1,
                lastDecision: null,
                version: 3,
                lastReason: null,
                allowedMoves: [
                  { __typename: 'AllowedPilotMove', type: 'BEGIN_EVALUATION', decision: null, to: 'EVALUATING', reason: 'NONE' },
                ],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Start the pilot Garden share' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('after a move, gives the focus to the pilot’s name in its row (the button pressed is gone) and says where it stands', async () => {
    renderDecisions({
      mocks: [
        {
          request: { query: START_PILOT, variables: { input: { pilotId: 'pilot-2', version: 2 } } },
          result: {
            data: {
              startPilot: {
                __typename: 'Pilot',
                id: 'pilot-2',
                status: 'RUNNING',
                iteration: 1,
                lastDecision: null,
                version: 3,
                lastReason: null,
                allowedMoves: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Start the pilot Garden share' }));
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Garden share' })).toHaveFocus());
    expect(screen.getByText('Garden share is now running.')).toBeInTheDocument();
  });

  it('asks for a decision and a reason of a few words before deciding, then records it', async () => {
    const onChanged = vi.fn(async () => undefined);
    const reason = 'Repairs were fixed a week sooner on average.';
    renderDecisions({
      onChanged,
      mocks: [
        {
          request: { query: DECIDE_PILOT, variables: { input: { pilotId: 'pilot-1', version: 5, decision: 'SCALE', reason } } },
          result: {
            data: {
              decidePilot: {
                __typename: 'Pilot',
                id: 'pilot-1',
                status: 'SCALE',
                iteration: 1,
                version: 6,
                lastDecision: 'SCALE',
                lastReason: reason,
                allowedMoves: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Decide on Tenant repair panel' }));
    const form = screen.getByRole('form', { name: 'Decision on Tenant repair panel' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose a decision.');
    expect(within(form).getByRole('textbox', { name: 'Why' })).toHaveAccessibleDescription(
      expect.stringContaining('Say why you decided this.'),
    );

    await userEvent.click(within(form).getByRole('radio', { name: /^Scale it up/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Why' }), 'Worked well');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(within(form).getByRole('textbox', { name: 'Why' })).toHaveAccessibleDescription(expect.stringContaining('Give a fuller reason'));

    await userEvent.clear(within(form).getByRole('textbox', { name: 'Why' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Why' }), reason);
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('does not offer the decision to a role that may not decide, and says who does', () => {
    renderDecisions({ mayDecide: false });
    expect(screen.queryByRole('button', { name: 'Decide on Tenant repair panel' })).not.toBeInTheDocument();
    expect(screen.getByText(/the decision itself is taken by an administrator or a programme manager/)).toBeInTheDocument();
  });
});
