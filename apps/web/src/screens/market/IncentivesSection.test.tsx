import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { IncentivesSection } from './IncentivesSection';
import type { MarketPilot } from './MarketScreen';
import { ADD_INCENTIVE, REMOVE_INCENTIVE, UPDATE_INCENTIVE } from './operations';

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

function renderSection(
  options: {
    pilot?: MarketPilot;
    mayPlan?: boolean;
    mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks'];
    onChanged?: () => Promise<void>;
  } = {},
) {
  return renderScreen(
    <IncentivesSection
      pilot={options.pilot ?? PILOT}
      mayPlan={options.mayPlan ?? true}
      onChanged={options.onChanged ?? (async () => undefined)}
    />,
    {
      path: '/o/org-1/programmes/p-1/market',
      mocks: options.mocks,
    },
  );
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
          result: {
            data: {
              addIncentive: { __typename: 'IncentivePayload', incentive: { id: 'inc-3', kind: 'NORMATIVE', warning: null }, warnings: [] },
            },
          },
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
    const errors = [
      new GraphQLError('Engagement plan was changed by someone else (version 5, you sent 4).', { extensions: { code: 'CONFLICT' } }),
    ];
    renderSection({
      mocks: [{ request: { query: REMOVE_INCENTIVE, variables: { input: { incentiveId: 'inc-1', planVersion: 4 } } }, result: { errors } }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove the incentive “A seasonal supper for volunteers”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('changed by someone else');
  });

  it('changes an incentive in place, sending what changed with the plan’s version, then gives the focus back to its Change button', async () => {
    const onChanged = vi.fn(async () => undefined);
    const input = { incentiveId: 'inc-1', planVersion: 4, audience: 'Repair volunteers and their families' };
    renderSection({
      onChanged,
      mocks: [
        {
          request: { query: UPDATE_INCENTIVE, variables: { input } },
          result: {
            data: {
              updateIncentive: {
                __typename: 'IncentivePayload',
                incentive: {
                  __typename: 'Incentive',
                  id: 'inc-1',
                  kind: 'SOCIAL',
                  description: 'A seasonal supper for volunteers',
                  audience: input.audience,
                  warning: null,
                },
                warnings: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Change the incentive “A seasonal supper for volunteers”' }));
    const form = screen.getByRole('form', { name: 'Change the incentive “A seasonal supper for volunteers”' });
    const kind = within(form).getByRole('combobox', { name: 'Kind of incentive' });
    await waitFor(() => expect(kind).toHaveFocus());
    expect(kind).toHaveValue('SOCIAL');
    expect(within(form).getByRole('textbox', { name: 'What it is' })).toHaveValue('A seasonal supper for volunteers');
    const audience = within(form).getByRole('textbox', { name: 'Who it is for (optional)' });
    await userEvent.clear(audience);
    await userEvent.type(audience, input.audience);
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Change the incentive “A seasonal supper for volunteers”' })).toHaveFocus(),
    );
    expect(screen.queryByRole('form', { name: /^Change the incentive/ })).not.toBeInTheDocument();
    expect(screen.getByText('Incentive saved.')).toBeInTheDocument();
  });

  it('warns before an incentive is changed into a penalty, and says the API’s warning once saved', async () => {
    const input = { incentiveId: 'inc-1', planVersion: 4, kind: 'SANCTION' };
    renderSection({
      mocks: [
        {
          request: { query: UPDATE_INCENTIVE, variables: { input } },
          result: {
            data: {
              updateIncentive: {
                __typename: 'IncentivePayload',
                incentive: {
                  __typename: 'Incentive',
                  id: 'inc-1',
                  kind: 'SANCTION',
                  description: 'A seasonal supper for volunteers',
                  audience: 'Repair volunteers',
                  warning: WARNING,
                },
                warnings: [WARNING],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Change the incentive “A seasonal supper for volunteers”' }));
    const form = screen.getByRole('form', { name: 'Change the incentive “A seasonal supper for volunteers”' });
    expect(within(form).queryByRole('note')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind of incentive' }), 'SANCTION');
    expect(within(form).getByRole('note', { name: 'Warning' })).toHaveTextContent('usually makes people less willing to take part');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(`Incentive saved. ${WARNING}`)).toBeInTheDocument();
  });

  it('keeps the form open and says in plain words why a change was refused', async () => {
    const errors = [
      new GraphQLError('Engagement plan was changed by someone else (version 5, you sent 4).', { extensions: { code: 'CONFLICT' } }),
    ];
    const onChanged = vi.fn(async () => undefined);
    renderSection({
      onChanged,
      mocks: [
        {
          request: {
            query: UPDATE_INCENTIVE,
            variables: { input: { incentiveId: 'inc-1', planVersion: 4, description: 'A supper each season' } },
          },
          result: { errors },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Change the incentive “A seasonal supper for volunteers”' }));
    const form = screen.getByRole('form', { name: 'Change the incentive “A seasonal supper for volunteers”' });
    const description = within(form).getByRole('textbox', { name: 'What it is' });
    await userEvent.clear(description);
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(description).toHaveAccessibleDescription(expect.stringContaining('Describe the incentive.'));
    await userEvent.type(description, 'A supper each season');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Someone else changed this while you were working on it. Nothing was saved.',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('offers nothing to change to a role that may only read', () => {
    renderSection({ mayPlan: false });
    expect(screen.queryByRole('form', { name: 'Add an incentive' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change/ })).not.toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Warning' })).toBeInTheDocument();
  });
});
