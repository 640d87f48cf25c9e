import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../format/format';
import type { FocusPriorityAreaFragment } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import { SCORE_PRIORITY_AREA } from './operations';
import { Priorities } from './Priorities';

const format = createFormatter('Europe/London', 'GBP');
const criterion = (mean: number, min: number, max: number, standardDeviation: number) =>
  ({ __typename: 'CriterionScore', mean, min, max, standardDeviation }) as const;

// Two members scored Housing: they agree on need, and split on feasibility (1 and 5).
const HOUSING = {
  __typename: 'PriorityArea',
  id: 'area-1',
  serviceAreaId: 'sa-housing',
  serviceAreaName: 'Housing',
  rationale: 'Repairs are the top complaint.',
  selected: false,
  scorers: 2,
  overallScore: 3.75,
  version: 3,
  need: criterion(5, 5, 5, 0),
  feasibility: criterion(3, 1, 5, 2),
  appetite: criterion(3.5, 3, 4, 0.5),
  impact: criterion(3.5, 3, 4, 0.5),
  myScores: { __typename: 'PriorityScoreSheet', need: 5, feasibility: 1, appetite: 3, impact: 3 },
} as FocusPriorityAreaFragment;

const UNSCORED = {
  ...HOUSING,
  id: 'area-2',
  serviceAreaId: 'sa-transport',
  serviceAreaName: 'Transport',
  rationale: '',
  scorers: 0,
  overallScore: null,
  version: 1,
  need: criterion(0, 0, 0, 0),
  myScores: null,
} as FocusPriorityAreaFragment;
const EMPTY = { __typename: 'CriterionScore', mean: null, min: null, max: null, standardDeviation: null } as const;
Object.assign(UNSCORED, { need: EMPTY, feasibility: EMPTY, appetite: EMPTY, impact: EMPTY });

function renderPriorities(
  options: {
    mayPlan?: boolean;
    mayChoose?: boolean;
    onChanged?: () => void;
    mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks'];
  } = {},
) {
  return renderScreen(
    <Priorities
      programmeId="p-1"
      areas={[HOUSING, UNSCORED]}
      serviceAreas={[
        { id: 'sa-housing', name: 'Housing', active: true },
        { id: 'sa-transport', name: 'Transport', active: true },
        { id: 'sa-health', name: 'Health', active: true },
      ]}
      mayPlan={options.mayPlan ?? true}
      mayChoose={options.mayChoose ?? true}
      format={format}
      onChanged={options.onChanged ?? (() => undefined)}
    />,
    { path: '/o/org-1/programmes/p-1/focus', mocks: options.mocks },
  );
}

describe('Priorities', () => {
  it('shows each area in rank order with the room’s average, range and spread, in words, beside your own marks', async () => {
    renderPriorities();
    const ranked = await screen.findByRole('list', { name: 'Priority areas, ranked' });
    const [first, second] = within(ranked).getAllByRole('listitem');
    expect(first).toHaveAccessibleName(/^1\. Housing/);
    expect(first).toHaveTextContent('Overall score 3.75 out of 5, from 2 members.');
    const feasibility = within(first).getByRole('row', { name: /Feasibility/ });
    expect(feasibility).toHaveTextContent('1–5');
    expect(feasibility).toHaveTextContent('Split: discuss');
    expect(within(first).getByRole('row', { name: /Need for change/ })).toHaveTextContent('Broadly agree');
    expect(within(first).getByRole('row', { name: /Citizens’ appetite/ })).toHaveTextContent('Some difference');
    expect(second).toHaveAccessibleName(/^Transport/); // no place in the ranking until scored
    expect(second).toHaveTextContent('Not scored yet.');
    expect(within(second).queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/The overall score is the average of those four averages/)).toBeInTheDocument();
  });

  it('asks for every mark before sending, then saves the scores', async () => {
    const onChanged = vi.fn();
    const input = { priorityAreaId: 'area-2', need: 4, feasibility: 3, appetite: 2, impact: 5 };
    renderPriorities({
      onChanged,
      mocks: [
        {
          request: { query: SCORE_PRIORITY_AREA, variables: { input } },
          result: { data: { scorePriorityArea: { ...UNSCORED, scorers: 1 } } },
        },
      ],
    });
    const transport = await screen.findByRole('listitem', { name: /Transport/ });
    await userEvent.click(within(transport).getByRole('button', { name: 'Score this area' }));
    const form = screen.getByRole('form', { name: 'Your scores for Transport' });
    expect(within(form).getByRole('combobox', { name: 'Need for change' })).toHaveFocus();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Need for change' }), '4');
    await userEvent.click(within(form).getByRole('button', { name: 'Save my scores' }));
    expect(within(form).getByRole('combobox', { name: 'Feasibility' })).toHaveAccessibleDescription(
      expect.stringContaining('Give a mark for Feasibility.'),
    );
    expect(within(form).getByRole('combobox', { name: 'Need for change' })).not.toHaveAttribute('aria-invalid');
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Feasibility' }), '3');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Citizens’ appetite' }), '2');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Expected impact' }), '5');
    await userEvent.click(within(form).getByRole('button', { name: 'Save my scores' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('lets a consultant score but not choose, and says so once', async () => {
    renderPriorities({ mayChoose: false });
    await screen.findByRole('list', { name: 'Priority areas, ranked' });
    expect(screen.getAllByRole('button', { name: /Score this area|Change my scores/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Choose for piloting' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/choosing which ones to pilot is left to programme managers/)).toHaveLength(1);
  });

  it('offers a viewer nothing to change', async () => {
    renderPriorities({ mayPlan: false, mayChoose: false });
    await screen.findByRole('list', { name: 'Priority areas, ranked' });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Propose a priority area' })).not.toBeInTheDocument();
    expect(screen.getByText('Your role lets you follow the scores but not propose or score areas.')).toBeInTheDocument();
  });
});
