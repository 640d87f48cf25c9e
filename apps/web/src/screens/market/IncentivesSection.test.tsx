import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { IncentivesSection } from './IncentivesSection';
import type { MarketPilot } from './MarketScreen';
import { ADD_INCENTIVE, REMOVE_INCENTIVE } from './operations';

const WARNING = 'Sanctions tend to backfire: penalties make most people less willing to take part.';

const PILOT: MarketPilot = {
  id: 'pilot-1',
  name: 'Tenant repair panel',
  status: 'APPROVED',
  engagementPlan: {
    id: 'plan-1',
    version: 4,
    incentives: [
      { id: 'inc-1', kind: 'SOCIAL', description: 'A seasonal supper for volunteers', audience: 'Repair volunteers', warning: null },
      { id: 'inc-2', kind: 'SANCTION', description: 'Missing three meetings loses the seat', audience: '', warning: WARNING },
    ],
    terms: [],
    communicationActions: [],
    resources: [],
  },
};

function renderSection(options: { pilot?: MarketPilot; mayPlan?: boolean; mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks']; onChanged?: () => Promise<void> } = {}) {
  return renderScreen(<IncentivesSection pilot={options.pilot ?? PILOT} mayPlan={options.mayPlan ?? true} onChanged={options.onChanged ?? (async () => undefined)} />, {
    path: '/o/org-1/programmes/p-1/market',
    mocks: options.mocks,
  });
}

describe('IncentivesSection', () => {
  it('shows a sanction’s warning, in the API’s words, beside that incentive only', () => {
    renderSection();
    const sanction = screen.getByRole('listitem', { name: 'Penalty: Missing three meetings loses the seat' });
    expect(within(sanction).getByRole('note', { name: 'Warning' })).toHaveTextContent(WARNING);
    expect(within(sanction).getByText('For everyone taking part')).toBeInTheDocument();
    const social = screen.getByRole('listitem', { name: 'Company and recognition: A seasonal supper for volunteers' });
    expect(within(social).queryByRole('note')).not.toBeInTheDocument();
    expect(within(social).getByText('For: Repair volunteers')).toBeInTheDocument();
  });

  it('warns before a penalty is added, and says that nothing was described when the description is empty', async () => {
    renderSection();
    const form = screen.getByRole('form', { name: 'Add an incentive' });
    expect(within(form).queryByRole('note')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind of incentive' }), 'SANCTION');
    expect(within(form).getByRole('note', { name: 'Warning' })).toHaveTextContent('usually makes people less willing to take part');
    await userEvent.click(within(form).getByRole('button', { name: 'Add incentive' }));
    const description = within(form).getByRole('textbox', { name: 'What it is' });
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(expect.stringContaining('Describe the incentive.'));
  });

  it('adds an incentive and reloads the plan', async () => {
    const onChanged = vi.fn(async () => undefined);
    const input = { pilotId: 'pilot-1', kind: 'NORMATIVE', description: 'Looking after the estate together', audience: undefined };
    renderSection({
      onChanged,
      mocks: [
        {
          request: { query: ADD_INCENTIVE, variables: { input } },
          result: { data: { addIncentive: { __typename: 'IncentivePayload', incentive: { id: 'inc-3', kind: 'NORMATIVE', warning: null }, warnings: [] } } },
        },
      ],
    });
    const form = screen.getByRole('form', { name: 'Add an incentive' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind of incentive' }), 'NORMATIVE');
    await userEvent.type(within(form).getByRole('textbox', { name: 'What it is' }), input.description);
    await userEvent.click(within(form).getByRole('button', { name: 'Add incentive' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(within(form).getByRole('textbox', { name: 'What it is' })).toHaveValue('');
  });

  it('says in plain words why a removal was refused when the plan changed meanwhile', async () => {
    const errors = [new GraphQLError('Engagement plan was changed by someone else (version 5, you sent 4).', { extensions: { code: 'CONFLICT' } })];
    renderSection({ mocks: [{ request: { query: REMOVE_INCENTIVE, variables: { input: { incentiveId: 'inc-1', planVersion: 4 } } }, result: { errors } }] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove the incentive “A seasonal supper for volunteers”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed by someone else');
  });

  it('offers nothing to change to a role that may only read', () => {
    renderSection({ mayPlan: false });
    expect(screen.queryByRole('form', { name: 'Add an incentive' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Warning' })).toBeInTheDocument();
  });
});
