import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GrowScalingPlanFragment } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import type { GrowPilot } from './GrowScreen';
import { UPDATE_SCALING_PLAN } from './operations';
import { PlanForm, ScalingPlanCard } from './ScalingPlanCard';

const gbp = (amount: string) => ({ __typename: 'Money', amount, currency: 'GBP' }) as const;

const PLAN: GrowScalingPlanFragment = {
  __typename: 'ScalingPlan',
  id: 'plan-1',
  version: 4,
  mechanism: 'REPLICATE',
  mechanismNote: '',
  expectedReach: 300,
  transparencyMeasures: 'Results each quarter',
  cost: null,
  scalingCost: { __typename: 'ScalingCost', total: gbp('1500.07'), known: false, itemsWithoutCost: 1 },
  targetServiceAreas: [],
  trainingActions: [
    {
      __typename: 'TrainingAction',
      id: 't-1',
      topic: 'Working with volunteers',
      audience: 'STAFF',
      sessions: 2,
      done: false,
      cost: gbp('1500.07'),
    },
  ],
  progress: {
    __typename: 'TrainingProgress',
    done: 0,
    total: 1,
    fraction: 0,
    staff: { __typename: 'TrainingCount', done: 0, total: 1 },
    citizens: { __typename: 'TrainingCount', done: 0, total: 0 },
  },
} as unknown as GrowScalingPlanFragment;

const PILOT = {
  id: 'pilot-1',
  name: 'Peer support',
  status: 'SCALE',
  version: 7,
  iteration: 1,
  lastDecision: 'SCALE',
  lastReason: 'It worked.',
  allowedMoves: [],
  scalingPlan: PLAN,
} as GrowPilot;

describe('the cost of growing a pilot', () => {
  it('shows what is costed and says when a part still has no cost, so the total is too low', async () => {
    renderScreen(<ScalingPlanCard pilot={PILOT} serviceAreas={[]} mayPlan={false} onChanged={async () => {}} />, {
      path: '/o/org-1/programmes/p-1/grow',
    });
    const facts = (await screen.findByText('Cost of growing it')).closest('dl')!;
    expect(facts).toHaveTextContent('Cost besides trainingNot known yet');
    expect(facts).toHaveTextContent('£1,500.07');
    expect(facts).toHaveTextContent('1 part has no cost yet, so this is too low.');
    const training = screen.getByRole('table');
    expect(within(training).getByRole('rowheader', { name: 'Working with volunteers' }).closest('tr')).toHaveTextContent('£1,500.07');
  });

  it('refuses a cost written with a sign or commas before sending, then records it with the version seen', async () => {
    const onSaved = vi.fn(async () => {});
    const input = {
      scalingPlanId: 'plan-1',
      version: 4,
      mechanism: 'REPLICATE',
      mechanismNote: '',
      targetServiceAreaIds: [],
      transparencyMeasures: 'Results each quarter',
      expectedReach: 300,
      cost: '12000.30',
    };
    renderScreen(<PlanForm pilotId="pilot-1" plan={PLAN} serviceAreas={[]} onSaved={onSaved} />, {
      path: '/o/org-1/programmes/p-1/grow',
      mocks: [
        {
          request: { query: UPDATE_SCALING_PLAN, variables: { input } },
          result: { data: { updateScalingPlan: { ...PLAN, version: 5, cost: gbp('12000.30') } } },
        },
      ],
    });
    const cost = await screen.findByRole('textbox', { name: 'Cost besides training (optional)' });
    await userEvent.type(cost, '£12,000.30');
    await userEvent.click(screen.getByRole('button', { name: /save|write|change/i }));
    expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect(cost).toHaveAccessibleDescription(expect.stringContaining('without a currency sign or commas'));
    expect(onSaved).not.toHaveBeenCalled();
    await userEvent.clear(cost);
    await userEvent.type(cost, '12000.30');
    await userEvent.click(screen.getByRole('button', { name: /save|write|change/i }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });
});
