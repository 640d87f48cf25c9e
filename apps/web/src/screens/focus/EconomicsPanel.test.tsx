import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../format/format';
import type { EconomicsPilotFragment, EconomicsReferenceCaseFragment } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import { EconomicsPanel } from './EconomicsPanel';
import { ADD_FINANCIAL_LINE } from './operations';

const format = createFormatter('Europe/London', 'GBP');
const gbp = (amount: string) => ({ __typename: 'Money', amount, currency: 'GBP' }) as const;

const line = (id: string, kind: 'COST' | 'SAVING' | 'WIDER_BENEFIT', amount: string, description: string) =>
  ({
    __typename: 'FinancialLineEdge',
    node: {
      __typename: 'FinancialLine',
      id,
      kind,
      beneficiaryGroup: kind === 'SAVING' ? 'MANAGERS' : 'SERVICE_USERS',
      date: '2026-11-02',
      description,
      amount: gbp(amount),
    },
  }) as const;

const group = (group: string, label: string, money: { costs?: string; savings?: string; wider?: string }, metrics: string[] = []) =>
  ({
    __typename: 'GroupBenefits',
    group,
    label,
    typicalGain: `what ${label.toLowerCase()} gain`,
    costs: gbp(money.costs ?? '0.00'),
    savings: gbp(money.savings ?? '0.00'),
    widerBenefits: gbp(money.wider ?? '0.00'),
    benefits: gbp((Number(money.savings ?? 0) + Number(money.wider ?? 0)).toFixed(2)),
    metrics,
  }) as const;

const NO_GROUPS = [
  group('SERVICE_USERS', 'Service users', {}),
  group('CITIZENS', 'Citizens at large', {}),
  group('FRONTLINE_STAFF', 'Frontline staff', {}),
  group('MANAGERS', 'Service managers', {}),
  group('POLITICIANS', 'Politicians', {}),
];

// As the API answers: £4,000 spent, £5,200 saved, 20 people reached.
const PILOT: EconomicsPilotFragment = {
  __typename: 'Pilot',
  id: 'pilot-1',
  currency: 'GBP',
  economics: {
    __typename: 'PilotEconomics',
    currency: 'GBP',
    totalCost: gbp('4000.00'),
    totalSavings: gbp('5200.00'),
    totalWiderBenefits: gbp('0.00'),
    totalBenefits: gbp('5200.00'),
    netBenefit: gbp('1200.00'),
    benefitCostRatio: '1.3 : 1',
    benefitCostRatioValue: '1.3',
    ratioNote: null,
    participantsReached: 20,
    perParticipantNote: null,
    costPerParticipant: gbp('200.00'),
    savingPerParticipant: gbp('260.00'),
    benefitPerParticipant: gbp('260.00'),
    benefitsByGroup: [
      group('SERVICE_USERS', 'Service users', { costs: '4000.00' }, ['Repeat call-outs a month']),
      group('CITIZENS', 'Citizens at large', {}),
      group('FRONTLINE_STAFF', 'Frontline staff', {}, ['Officer hours on repairs']),
      group('MANAGERS', 'Service managers', { savings: '5200.00' }),
      group('POLITICIANS', 'Politicians', {}),
    ],
  },
  financialLines: {
    __typename: 'FinancialLineConnection',
    totalCount: 2,
    edges: [line('line-1', 'COST', '4000.00', 'Repairs officer time'), line('line-2', 'SAVING', '5200.00', 'Fewer repeat call-outs')],
  },
} as EconomicsPilotFragment;

const NOTHING_SPENT: EconomicsPilotFragment = {
  ...PILOT,
  economics: {
    ...PILOT.economics,
    totalCost: gbp('0.00'),
    totalSavings: gbp('0.00'),
    totalBenefits: gbp('0.00'),
    netBenefit: gbp('0.00'),
    benefitCostRatio: null,
    benefitCostRatioValue: null,
    ratioNote: 'No costs recorded yet, so there is no benefit-cost ratio.',
    participantsReached: null,
    perParticipantNote: 'No participants reached are recorded yet, so there are no per-participant figures.',
    costPerParticipant: null,
    savingPerParticipant: null,
    benefitPerParticipant: null,
    benefitsByGroup: NO_GROUPS,
  },
  financialLines: { __typename: 'FinancialLineConnection', totalCount: 0, edges: [] },
} as EconomicsPilotFragment;

const CASES: EconomicsReferenceCaseFragment[] = [
  {
    id: 'nurse-family-partnership',
    title: 'Nurse home visits for first-time parents',
    summary: 'Nurses visit first-time parents at home.',
    measured: 'Randomised controlled trials.',
    period: 'Follow-up of the trial families.',
    citation: 'Eckenrode et al. 2010, cited in Bovaird & Loeffler',
    costPerPerson: null,
    benefitPerPerson: null,
    publishedRatio: { display: '5 : 1', low: 5, high: 5 },
    computedRatio: null,
    outcomes: [
      { measure: 'Recorded child abuse and neglect', percentChange: -48, period: null, before: null, after: null, comparison: null },
    ],
  },
  {
    id: 'time-banks',
    title: 'Time banks',
    summary: 'Members swap hours of help.',
    measured: 'Returns per member against running costs.',
    period: 'Per member, per year of running costs.',
    citation: 'Knapp et al. 2010, cited in Bovaird & Loeffler',
    costPerPerson: { amount: { amount: '450.00', currency: 'GBP' }, qualifier: 'LESS_THAN', per: 'per member, per year to run' },
    benefitPerPerson: { amount: { amount: '1300.00', currency: 'GBP' }, qualifier: 'MORE_THAN', per: 'per member' },
    publishedRatio: null,
    computedRatio: {
      display: '2.8 : 1',
      value: '2.8',
      reading: 'MORE_THAN',
      note: 'Worked out from published bounds that can only raise it, and rounded down: read it as more than 2.8 : 1.',
    },
    outcomes: [],
  },
];

function renderPanel(
  pilot: EconomicsPilotFragment,
  options: { mayPlan?: boolean; onChanged?: () => void; mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks'] } = {},
) {
  return renderScreen(
    <EconomicsPanel
      pilot={pilot}
      referenceCases={CASES}
      mayPlan={options.mayPlan ?? true}
      format={format}
      today="2026-12-02"
      onChanged={options.onChanged}
    />,
    {
      path: '/o/org-1/programmes/p-1/focus/pilots/pilot-1',
      mocks: options.mocks,
    },
  );
}

describe('EconomicsPanel', () => {
  it('shows the totals, the ratio and what it means, and the figures per participant, in the pilot’s currency', async () => {
    renderPanel(PILOT);
    const figures = await screen.findByText('Total cost');
    const facts = figures.closest('dl')!;
    expect(facts).toHaveTextContent('£4,000.00');
    expect(facts).toHaveTextContent('Cashable savings£5,200.00');
    expect(facts).toHaveTextContent('Net benefit£1,200.00');
    expect(facts).toHaveTextContent('1.3 : 1');
    expect(facts).toHaveTextContent('Each £1.00 spent has returned £1.30 in savings and wider benefits: more than it cost.');
    expect(screen.getByRole('heading', { name: 'Per participant (20 people reached)' })).toBeInTheDocument();
    expect(screen.getByText('£200.00')).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Costs, savings and wider benefits recorded' });
    expect(within(lines).getAllByRole('row')).toHaveLength(3);
    expect(within(lines).getByRole('button', { name: 'Remove the Cost of £4,000.00 on 2 Nov 2026' })).toBeInTheDocument();
  });

  it('sets the reference cases beside it, each with its citation and how to read its ratio, and says why studies do not compare directly', async () => {
    renderPanel(PILOT);
    const cases = await screen.findByRole('list', { name: 'Published cases to compare with' });
    const nurses = within(cases).getByRole('listitem', { name: 'Nurse home visits for first-time parents' });
    expect(nurses).toHaveTextContent('5 : 1 (as published)');
    expect(nurses).toHaveTextContent('Read: each £1.00 spent was estimated to bring back about £5.00.');
    expect(nurses).toHaveTextContent('Change: -48%');
    expect(within(nurses).getByText('Eckenrode et al. 2010, cited in Bovaird & Loeffler').tagName).toBe('CITE');

    const timeBanks = within(cases).getByRole('listitem', { name: 'Time banks' });
    expect(timeBanks).toHaveTextContent('less than £450.00 per member, per year to run');
    expect(timeBanks).toHaveTextContent('more than £1,300.00 per member');
    expect(timeBanks).toHaveTextContent('2.8 : 1 (a floor: more than this)');
    expect(timeBanks).toHaveTextContent('Read: each £1.00 spent brought back more than £2.80, on the study’s own figures.');
    expect(timeBanks).toHaveTextContent('read it as more than 2.8 : 1');
    expect(within(timeBanks).getByText('Knapp et al. 2010, cited in Bovaird & Loeffler')).toBeInTheDocument();

    expect(screen.getByText(/1\.3 : 1 means every £1\.00 spent brought back about £1\.30/)).toBeInTheDocument();
    expect(screen.getByText(/cannot be set side by side/)).toHaveTextContent('over a different period');
  });

  it('says why there is no ratio and no per-participant figure yet, rather than showing a division by zero', async () => {
    renderPanel(NOTHING_SPENT);
    expect(await screen.findByText('None yet')).toBeInTheDocument();
    expect(screen.getByText('No costs recorded yet, so there is no benefit-cost ratio.')).toBeInTheDocument();
    expect(screen.getByText('No participants reached are recorded yet, so there are no per-participant figures.')).toBeInTheDocument();
    expect(screen.getByText('No costs or savings recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('Total cost').closest('dl')).not.toHaveTextContent(/has returned/);
  });

  it('refuses an amount written with a comma before sending, then records a cost', async () => {
    const onChanged = vi.fn();
    const input = {
      pilotId: 'pilot-1',
      kind: 'COST',
      amount: '1500.50',
      date: '2026-12-02',
      description: 'Training for tenants',
      beneficiaryGroup: 'SERVICE_USERS',
    };
    renderPanel(NOTHING_SPENT, {
      onChanged,
      mocks: [
        {
          request: { query: ADD_FINANCIAL_LINE, variables: { input } },
          result: { data: { addFinancialLine: { __typename: 'FinancialLine', id: 'line-9', pilot: NOTHING_SPENT } } },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Record a cost, saving or benefit' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'COST');
    const amount = within(form).getByRole('textbox', { name: 'Amount (GBP)' });
    await userEvent.type(amount, '1,500.50');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Description (optional)' }), input.description);
    await userEvent.click(within(form).getByRole('button', { name: 'Record it' }));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Enter an amount such as 12500 or 12500.50'));
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.clear(amount);
    await userEvent.type(amount, '1500.50');
    await userEvent.click(within(form).getByRole('button', { name: 'Record it' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(within(form).getByRole('textbox', { name: 'Amount (GBP)' })).toHaveValue('');
  });

  it('shows who gains, group by group, with the metrics that track each and their money', async () => {
    renderPanel(PILOT);
    const table = await screen.findByRole('table', { name: 'Money and metrics by group' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(
      within(table)
        .getByRole('rowheader', { name: /Service users/ })
        .closest('tr'),
    ).toHaveTextContent('Repeat call-outs a month£0.00£4,000.00');
    expect(
      within(table)
        .getByRole('rowheader', { name: /Frontline staff/ })
        .closest('tr'),
    ).toHaveTextContent('Officer hours on repairs');
    expect(
      within(table)
        .getByRole('rowheader', { name: /Service managers/ })
        .closest('tr'),
    ).toHaveTextContent('None yet£5,200.00£0.00');
    const lines = screen.getByRole('table', { name: 'Costs, savings and wider benefits recorded' });
    expect(within(lines).getAllByRole('row')[2]).toHaveTextContent('Service managers');
  });

  it('says nothing is recorded for any group yet instead of an empty table', async () => {
    renderPanel(NOTHING_SPENT);
    expect(await screen.findByText(/Nothing is recorded for any group yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Money and metrics by group' })).not.toBeInTheDocument();
  });

  it('records a line for the group chosen, the kind’s default until someone chooses', async () => {
    const onChanged = vi.fn();
    const input = {
      pilotId: 'pilot-1',
      kind: 'WIDER_BENEFIT',
      amount: '300',
      date: '2026-12-02',
      beneficiaryGroup: 'FRONTLINE_STAFF',
    };
    renderPanel(NOTHING_SPENT, {
      onChanged,
      mocks: [
        {
          request: { query: ADD_FINANCIAL_LINE, variables: { input } },
          result: { data: { addFinancialLine: { __typename: 'FinancialLine', id: 'line-10', pilot: NOTHING_SPENT } } },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Record a cost, saving or benefit' });
    const who = within(form).getByRole('combobox', { name: 'Who gains' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'SAVING');
    expect(who).toHaveValue('MANAGERS');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'WIDER_BENEFIT');
    expect(who).toHaveValue('SERVICE_USERS');
    await userEvent.selectOptions(who, 'FRONTLINE_STAFF');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Amount (GBP)' }), '300');
    await userEvent.click(within(form).getByRole('button', { name: 'Record it' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('offers nothing to change to a role that may not plan', async () => {
    renderPanel(PILOT, { mayPlan: false });
    await screen.findByText('Total cost');
    expect(screen.queryByRole('form', { name: 'Record a cost, saving or benefit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });
});
