import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CoproductionForm } from '../../gql/graphql';
import { type CoproductionMapData, MapChartSection, mapSummary } from './MapChartSection';

const FORMS: CoproductionForm[] = [
  'CO_COMMISSIONING',
  'CO_PLANNING',
  'CO_PRIORITISATION',
  'CO_FINANCING',
  'CO_DESIGN',
  'CO_DELIVERY',
  'CO_MANAGING',
  'CO_PERFORMING',
  'CO_ASSESSMENT',
  'CO_MONITORING',
  'CO_EVALUATION',
];
const counts = (given: Partial<Record<CoproductionForm, number>>) =>
  FORMS.map((form) => ({ __typename: 'MapFormCount' as const, form, parentForm: null, initiativeCount: given[form] ?? 0 }));

function area(
  id: string,
  name: string,
  coproduction: number,
  self: number,
  forms: Partial<Record<CoproductionForm, number>>,
  active = true,
) {
  return {
    __typename: 'MapArea' as const,
    serviceArea: { __typename: 'ServiceArea' as const, id, name, active },
    coproductionCount: coproduction,
    selfOrganisedCount: self,
    peopleInvolved: coproduction * 10,
    forms: counts(forms),
    hiddenCoproduction: null,
  };
}

const MAP: CoproductionMapData = {
  coproductionCount: 4,
  selfOrganisedCount: 1,
  publishedCount: 0,
  peopleInvolved: 40,
  areas: [
    area('a1', 'Housing', 3, 0, { CO_DELIVERY: 2, CO_DESIGN: 1, CO_ASSESSMENT: 1, CO_MONITORING: 1 }),
    area('a2', 'Health', 1, 1, { CO_DELIVERY: 1 }),
    area('a3', 'Transport', 0, 0, {}),
  ],
  forms: counts({ CO_DELIVERY: 3, CO_DESIGN: 1, CO_ASSESSMENT: 1, CO_MONITORING: 1 }),
};

describe('the coproduction map', () => {
  it('says in sentences what the heat-map shows: totals, where most is, the commonest form, the gaps, and self-organisation apart', () => {
    expect(mapSummary(MAP)).toBe(
      '4 coproduction initiatives, in 2 of 3 active service areas. Housing has the most (3). The commonest form is Co-delivery (3). Nothing yet in: Transport. There is also 1 self-organised activity, listed but not counted.',
    );
  });

  it('does not pick a winner where areas or forms tie', () => {
    const tied = {
      ...MAP,
      areas: [area('a1', 'Housing', 1, 0, { CO_DESIGN: 1 }), area('a2', 'Health', 1, 0, { CO_DELIVERY: 1 })],
      coproductionCount: 2,
      selfOrganisedCount: 0,
      forms: counts({ CO_DESIGN: 1, CO_DELIVERY: 1 }),
    };
    expect(mapSummary(tied)).toBe(
      '2 coproduction initiatives, in 2 of 2 active service areas. Housing and Health share the most (1 each). The commonest forms are Co-design and Co-delivery (1 each). Every active service area has at least one.',
    );
  });

  it('carries every figure in a table behind the chart, area by form, with the totals', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<MapChartSection map={MAP} onRetry={() => undefined} />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleDescription(mapSummary(MAP));
    const table = within(figure).getByRole('table', { name: /^Coproduction initiatives by service area and form/ });
    const cells = (name: RegExp) => [...within(table).getByRole('row', { name }).querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells(/^Housing/)).toEqual(['Housing', '0', '1', '2', '1', '3', '0', '30']);
    expect(cells(/^All areas/)).toEqual(['All areas', '0', '1', '3', '1', '4', '1', '40']);
    vi.unstubAllGlobals();
  });
});

describe('look here first', () => {
  const signal = (lookHereFirst: boolean, mappedInitiatives: number) => ({
    __typename: 'HiddenCoproductionSignal' as const,
    lookHereFirst,
    surveyTitle: 'Riverside 2026',
    oftenShare: 0.52,
    respondents: 40,
    mappedInitiatives,
  });
  const withSignals: CoproductionMapData = {
    ...MAP,
    areas: [
      { ...MAP.areas[0], hiddenCoproduction: signal(false, 3) },
      { ...MAP.areas[1], hiddenCoproduction: signal(true, 2) },
      { ...MAP.areas[2], hiddenCoproduction: null },
    ],
  };

  it('names the under-mapped area in plain words, with the figures behind it', () => {
    render(<MapChartSection map={withSignals} onRetry={vi.fn()} />);
    const note = screen.getByRole('note', { name: 'Look here first' });
    expect(within(note).getByText(/Riverside 2026/)).toBeTruthy();
    const items = within(note).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Health: 52% of the answers of 40 residents were “often”, and the map records 2 initiatives there.',
    ]);
  });

  it('says so when the survey points nowhere, and says nothing without a survey', () => {
    const none = {
      ...withSignals,
      areas: withSignals.areas.map((a) => (a.hiddenCoproduction ? { ...a, hiddenCoproduction: signal(false, 5) } : a)),
    };
    const { unmount } = render(<MapChartSection map={none} onRetry={vi.fn()} />);
    expect(screen.queryByRole('note', { name: 'Look here first' })).toBeNull();
    expect(screen.getByText(/points to no area/)).toBeTruthy();
    unmount();
    render(<MapChartSection map={{ ...MAP, areas: MAP.areas.map((a) => ({ ...a, hiddenCoproduction: null })) }} onRetry={vi.fn()} />);
    expect(screen.queryByText(/Look here first|points to no area/)).toBeNull();
  });

  it('still points to an area when the map is empty', () => {
    const empty: CoproductionMapData = {
      ...MAP,
      coproductionCount: 0,
      selfOrganisedCount: 0,
      areas: [{ ...area('a2', 'Health', 0, 0, {}), hiddenCoproduction: signal(true, 0) }],
    };
    render(<MapChartSection map={empty} onRetry={vi.fn()} />);
    expect(screen.getByRole('note', { name: 'Look here first' }).textContent).toContain('the map records 0 initiatives there');
    expect(screen.getByText('The map is empty')).toBeTruthy();
  });
});
