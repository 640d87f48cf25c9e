// Imports this module first (economics.spec.ts imports it through economics.ts), so both load
// orders of the two mutually importing modules are exercised.
import { REFERENCE_CASES, findReferenceCase } from './reference-cases';
import { summariseEconomics } from './economics';

describe('REFERENCE_CASES', () => {
  it('has unique ids, a citation and our own description for each case', () => {
    const ids = REFERENCE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'nurse-family-partnership',
      'nurse-family-partnership-scotland',
      'time-banks',
      'befriending',
      'community-organisers',
      'eksjo-gastroenterology',
    ]);
    for (const c of REFERENCE_CASES) {
      expect(c.citation).toMatch(/\d{4}, cited in Bovaird & Loeffler$/);
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.summary.length).toBeGreaterThan(20);
      expect(c.measured.length).toBeGreaterThan(10);
      expect(c.period.length).toBeGreaterThan(5);
    }
  });

  it('records the Knapp et al. figures in pence', () => {
    expect(findReferenceCase('time-banks')).toMatchObject({
      costPerPerson: { amountMinor: 45000n, currency: 'GBP', qualifier: 'LESS_THAN' },
      benefitPerPerson: { amountMinor: 130000n, currency: 'GBP', qualifier: 'MORE_THAN' },
      citation: 'Knapp et al. 2010, cited in Bovaird & Loeffler',
    });
    expect(findReferenceCase('befriending')?.costPerPerson?.amountMinor).toBe(8000n);
    expect(findReferenceCase('befriending')?.benefitPerPerson?.amountMinor).toBe(3500n);
    expect(findReferenceCase('community-organisers')?.costPerPerson).toMatchObject({
      amountMinor: 30000n,
      qualifier: 'UP_TO',
    });
    expect(findReferenceCase('community-organisers')?.benefitPerPerson?.amountMinor).toBe(90000n);
  });

  it('works out the cost cases’ ratios with the pilot functions', () => {
    expect(findReferenceCase('time-banks')?.computedRatio).toMatchObject({
      display: '2.9 : 1',
      reading: 'AT_LEAST',
      exact: { numerator: 26n, denominator: 9n },
    });
    expect(findReferenceCase('befriending')?.computedRatio).toMatchObject({ display: '0.4 : 1', reading: 'ABOUT' });
    expect(findReferenceCase('community-organisers')?.computedRatio).toMatchObject({
      display: '3.0 : 1',
      reading: 'AT_LEAST',
    });
    expect(findReferenceCase('time-banks')?.computedRatio?.note).toMatch(/at least 2\.9 : 1/);
  });

  it('keeps the published ratios and outcomes', () => {
    const nfp = findReferenceCase('nurse-family-partnership')!;
    expect(nfp.publishedRatio).toEqual({ low: 5, high: 5, display: '5 : 1' });
    expect(nfp.computedRatio).toBeNull();
    expect(nfp.outcomes.map((o) => o.percentChange)).toEqual([-48, -61]);
    expect(nfp.citation).toBe('Eckenrode et al. 2010, cited in Bovaird & Loeffler');
    expect(findReferenceCase('nurse-family-partnership-scotland')?.publishedRatio).toMatchObject({ low: 3, high: 5 });

    const eksjo = findReferenceCase('eksjo-gastroenterology')!;
    expect(eksjo.outcomes[0]).toMatchObject({
      before: { value: 2, unit: 'per day', year: 2001 },
      after: { value: 2, unit: 'per week', year: 2005 },
    });
    expect(eksjo.outcomes[1]).toMatchObject({
      percentChange: -48,
      period: '1998–2005',
      comparison: { percentChange: -4 },
    });
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(REFERENCE_CASES)).toBe(true);
    expect(Object.isFrozen(REFERENCE_CASES[0])).toBe(true);
    expect(findReferenceCase('no-such-case')).toBeUndefined();
  });
});

describe('a pilot beside the evidence', () => {
  it('compares a pilot ratio with a reference ratio through the same exact fractions', () => {
    const pilot = summariseEconomics(
      [
        { kind: 'COST', amountMinor: 900000n, currency: 'GBP' },
        { kind: 'SAVING', amountMinor: 2700000n, currency: 'GBP' },
      ],
      20,
      'GBP',
    );
    const organisers = findReferenceCase('community-organisers')!.computedRatio!;
    expect(pilot.benefitCostRatio?.display).toBe(organisers.display);
    expect(pilot.benefitCostRatio?.exact).toEqual(organisers.exact);
    expect(pilot.costPerParticipant).toBe(45000n);
  });
});
