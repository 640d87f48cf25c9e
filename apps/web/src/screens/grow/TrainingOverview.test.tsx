import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import type { GrowPilot } from './GrowScreen';
import { TrainingOverview, trainingRows, trainingSummary } from './TrainingOverview';

function scaled(id: string, name: string, staff: [number, number], citizens: [number, number]): GrowPilot {
  return {
    id,
    name,
    status: 'SCALE',
    version: 7,
    iteration: 1,
    lastDecision: 'SCALE',
    lastReason: 'It worked.',
    allowedMoves: [],
    scalingPlan: {
      id: `plan-${id}`,
      version: 3,
      mechanism: 'REPLICATE',
      mechanismNote: '',
      expectedReach: null,
      transparencyMeasures: '',
      cost: null,
      scalingCost: { total: { amount: '0.00', currency: 'GBP' }, known: false, itemsWithoutCost: 1 },
      targetServiceAreas: [],
      trainingActions: [],
      progress: {
        done: staff[0] + citizens[0],
        total: staff[1] + citizens[1],
        fraction: null,
        staff: { done: staff[0], total: staff[1] },
        citizens: { done: citizens[0], total: citizens[1] },
      },
    },
  };
}

describe('TrainingOverview', () => {
  it('sums training over the pilots being scaled up, in one sentence', () => {
    const rows = trainingRows([scaled('a', 'Repair panel', [1, 2], [0, 3]), scaled('b', 'Garden share', [2, 2], [1, 1])]);
    expect(trainingSummary(rows)).toBe(
      'Across 2 pilots being scaled up, 3 of 4 staff training actions and 1 of 4 resident training actions are done.',
    );
  });

  it('gives the chart its summary and the figures as a table', async () => {
    renderScreen(<TrainingOverview pilots={[scaled('a', 'Repair panel', [1, 1], [0, 1])]} />);
    const figure = screen.getByRole('figure');
    expect(
      within(figure).getByText('Training done and still to do, by pilot and audience', { selector: 'figcaption' }),
    ).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription(
      'For the one pilot being scaled up, 1 of 1 staff training actions and 0 of 1 resident training actions are done.',
    );
    const row = within(figure).getByRole('row', { name: /Repair panel/ });
    expect(row).toHaveTextContent('1 of 1 done');
    expect(row).toHaveTextContent('0 of 1 done');
  });

  it('says nothing is planned rather than drawing an empty chart', () => {
    renderScreen(<TrainingOverview pilots={[scaled('a', 'Repair panel', [0, 0], [0, 0])]} />);
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByText('No training is planned yet. Add training to each scaling plan below.')).toBeInTheDocument();
  });
});
