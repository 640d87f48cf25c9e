import { CHECKLIST_RULES } from './gates';
import { benefitsByGroup, defaultBeneficiaryGroup, growthCostKnown, summariseProgrammeEconomics } from './benefits';

describe('benefits by group', () => {
  it('sums each kind per group in exact minor units and lists every group, metrics included', () => {
    const groups = benefitsByGroup(
      [
        { kind: 'COST', amountMinor: 100_001n, currency: 'GBP', group: 'SERVICE_USERS' },
        { kind: 'WIDER_BENEFIT', amountMinor: 250_003n, currency: 'GBP', group: 'SERVICE_USERS' },
        { kind: 'SAVING', amountMinor: 90_000_000_000_000_001n, currency: 'GBP', group: 'MANAGERS' },
        { kind: 'SAVING', amountMinor: 5n, currency: 'EUR', group: 'MANAGERS' },
      ],
      [
        { name: 'Falls a month', group: 'SERVICE_USERS' },
        { name: 'Staff sickness days', group: 'FRONTLINE_STAFF' },
      ],
      'GBP',
    );
    expect(groups.map((g) => g.group)).toEqual(['SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS']);
    expect(groups[0]).toEqual({
      group: 'SERVICE_USERS',
      costs: 100_001n,
      savings: 0n,
      widerBenefits: 250_003n,
      benefits: 250_003n,
      metrics: ['Falls a month'],
    });
    expect(groups[2].metrics).toEqual(['Staff sickness days']);
    expect(groups[3].savings).toBe(90_000_000_000_000_001n);
    expect(groups[1]).toMatchObject({ costs: 0n, benefits: 0n, metrics: [] });
  });

  it('defaults savings to managers and everything else to service users', () => {
    expect(defaultBeneficiaryGroup('SAVING')).toBe('MANAGERS');
    expect(defaultBeneficiaryGroup('COST')).toBe('SERVICE_USERS');
    expect(defaultBeneficiaryGroup('METRIC')).toBe('SERVICE_USERS');
  });
});

describe('programme economics with the cost of growing', () => {
  const pilot = {
    currency: 'GBP',
    lines: [
      { kind: 'COST' as const, amountMinor: 100_000n, currency: 'GBP', group: 'SERVICE_USERS' as const },
      { kind: 'SAVING' as const, amountMinor: 450_000n, currency: 'GBP', group: 'MANAGERS' as const },
    ],
    metrics: [{ name: 'Visits', group: 'SERVICE_USERS' as const }],
  };

  it('counts scaling and training in the cost and the ratio, and says what is still unknown', () => {
    const s = summariseProgrammeEconomics(
      [pilot, { currency: 'EUR', lines: [{ kind: 'SAVING', amountMinor: 1n, currency: 'EUR', group: 'CITIZENS' }], metrics: [] }],
      [
        { kind: 'SCALING', amountMinor: 40_000n, currency: 'GBP' },
        { kind: 'TRAINING', amountMinor: 10_001n, currency: 'GBP' },
        { kind: 'TRAINING', amountMinor: null, currency: null },
      ],
      'GBP',
    );
    expect(s).toMatchObject({
      pilotsCounted: 1,
      pilotsInOtherCurrencies: 1,
      pilotCosts: 100_000n,
      scalingCosts: 40_000n,
      trainingCosts: 10_001n,
      growthCosts: 50_001n,
      totalCost: 150_001n,
      benefits: 450_000n,
      netBenefit: 299_999n,
      growthItemsWithoutCost: 1,
    });
    expect(s.benefitCostRatio?.display).toBe('3.0 : 1');
    expect(s.notes.join(' ')).toMatch(/another currency/);
    expect(s.notes.join(' ')).toMatch(/no cost recorded yet/);
  });

  it('keeps the metrics of a pilot kept in another currency in who gains: its money is left out, not what it tracks', () => {
    const s = summariseProgrammeEconomics(
      [
        {
          currency: 'EUR',
          lines: [{ kind: 'SAVING', amountMinor: 500n, currency: 'EUR', group: 'MANAGERS' }],
          metrics: [{ name: 'Lonely evenings', group: 'CITIZENS' }],
        },
      ],
      [],
      'GBP',
    );
    const citizens = s.byGroup.find((g) => g.group === 'CITIZENS')!;
    expect(citizens.metrics).toEqual(['Lonely evenings']);
    expect(s.byGroup.find((g) => g.group === 'MANAGERS')!.savings).toBe(0n);
  });

  it('has no ratio without any cost', () => {
    expect(summariseProgrammeEconomics([], [], 'GBP').benefitCostRatio).toBeNull();
  });

  it('knows the cost of growing only when the plan and every training action have one', () => {
    expect(growthCostKnown({ costMinor: 0n }, [{ costMinor: 5n }])).toBe(true);
    expect(growthCostKnown({ costMinor: null }, [])).toBe(false);
    expect(growthCostKnown({ costMinor: 1n }, [{ costMinor: null }])).toBe(false);
  });
});

describe('the Grow-it rule SCALING_COSTS_KNOWN', () => {
  const verdict = (planned: number, plannedWithCosts: number) =>
    CHECKLIST_RULES.SCALING_COSTS_KNOWN.evaluate({
      step: 'GROW',
      tasks: { total: 0, done: 0 },
      stepOwnerId: null,
      scalingCosts: { planned, plannedWithCosts },
    });

  it('holds only when every scaling plan and its training are costed, and says what is missing otherwise', () => {
    expect(verdict(0, 0)).toMatchObject({ satisfied: false, explanation: expect.stringMatching(/has a scaling plan yet/) });
    expect(verdict(3, 2)).toEqual({
      satisfied: false,
      explanation: '1 of 3 scaling plans lacks a cost for the plan or for some of its training.',
    });
    expect(verdict(3, 3)).toEqual({ satisfied: true, explanation: 'All 3 scaling plans and their training have their costs recorded.' });
  });

  it('stays open, not failing, when its facts were not loaded', () => {
    expect(CHECKLIST_RULES.SCALING_COSTS_KNOWN.evaluate({ step: 'GROW', tasks: { total: 0, done: 0 }, stepOwnerId: null }).satisfied).toBe(
      false,
    );
  });
});
