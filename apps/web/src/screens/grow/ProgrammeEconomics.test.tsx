import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../format/format';
import type { GroupBenefitsFieldsFragment, GrowProgrammeEconomicsFragment } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import { ProgrammeEconomics } from './ProgrammeEconomics';

const format = createFormatter('Europe/London', 'GBP');
const gbp = (amount: string) => ({ amount, currency: 'GBP' });

function group(
  group: GroupBenefitsFieldsFragment['group'],
  label: string,
  benefits = '0.00',
  metrics: string[] = [],
): GroupBenefitsFieldsFragment {
  return {
    group,
    label,
    typicalGain: 'better services',
    costs: gbp('0.00'),
    savings: benefits === '0.00' ? gbp('0.00') : gbp(benefits),
    widerBenefits: gbp('0.00'),
    benefits: gbp(benefits),
    metrics,
  };
}

function economics(changes: Partial<GrowProgrammeEconomicsFragment> = {}): GrowProgrammeEconomicsFragment {
  return {
    currency: 'GBP',
    pilotsCounted: 2,
    pilotsInOtherCurrencies: 0,
    pilotCosts: gbp('10000.00'),
    scalingCosts: gbp('4000.00'),
    trainingCosts: gbp('1000.00'),
    growthCosts: gbp('5000.00'),
    growthItemsWithoutCost: 0,
    totalCost: gbp('15000.00'),
    savings: gbp('30000.00'),
    widerBenefits: gbp('0.00'),
    benefits: gbp('30000.00'),
    netBenefit: gbp('15000.00'),
    benefitCostRatio: '2.0 : 1',
    notes: [],
    benefitsByGroup: [
      group('SERVICE_USERS', 'Service users', '0.00', ['Visits avoided']),
      group('CITIZENS', 'Citizens'),
      group('FRONTLINE_STAFF', 'Frontline staff'),
      group('MANAGERS', 'Managers', '30000.00'),
      group('POLITICIANS', 'Politicians'),
    ],
    ...changes,
  };
}

describe('ProgrammeEconomics', () => {
  it('counts what growing costs beside the pilots, and shows who gains', () => {
    renderScreen(<ProgrammeEconomics economics={economics()} format={format} />);
    const section = screen.getByRole('region', { name: 'What growing costs, and who gains' });
    const figures = within(section)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(figures).toEqual(['£10,000.00', '£4,000.00', '£1,000.00', '£15,000.00', '£30,000.00', '£0.00', '£15,000.00', '2.0 : 1']);
    expect(within(section).getAllByRole('term')[0]!.textContent).toBe('What the pilots cost');
    const table = within(section).getByRole('table', { name: 'Money and metrics by group' });
    expect(within(table).getByRole('row', { name: /Service managers/ }).textContent).toContain('£30,000.00');
    expect(within(table).getByRole('row', { name: /Service users/ }).textContent).toContain('Visits avoided');
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe('Who gains');
    expect(within(section).queryByText(/still unknown/)).toBeNull();
  });

  it('says when costs of growing are missing, and what to do about it, with the server’s notes', () => {
    const note = '2 scaling plans or training actions have no cost recorded yet, so the cost of growing is understated.';
    renderScreen(<ProgrammeEconomics economics={economics({ growthItemsWithoutCost: 2, notes: [note] })} format={format} />);
    expect(screen.getByText(/Some costs of growing are still unknown/).textContent).toContain('(0 when it is free)');
    expect(within(screen.getByRole('list', { name: 'What to bear in mind reading these figures' })).getByRole('listitem').textContent).toBe(
      note,
    );
  });

  it('says where figures come from while no pilot has any in the organisation’s currency', () => {
    renderScreen(<ProgrammeEconomics economics={economics({ pilotsCounted: 0, benefitsByGroup: [] })} format={format} />);
    expect(screen.getByText(/No pilot has figures in GBP yet/).textContent).toContain('Focus it');
    expect(screen.queryByRole('definition')).toBeNull();
  });

  it('marks a net loss in words, not by colour alone', () => {
    renderScreen(<ProgrammeEconomics economics={economics({ netBenefit: gbp('-500.00') })} format={format} />);
    expect(screen.getByText('(so far it costs more than it returns)')).toBeTruthy();
  });
});
