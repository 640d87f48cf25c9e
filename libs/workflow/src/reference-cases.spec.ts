import * as fc from 'fast-check';
import {
  FIGURE_QUALIFIERS,
  REFERENCE_CASES,
  computeReferenceRatio,
  findReferenceCase,
  ratioReading,
  type FigureQualifier,
  type RatioReading,
} from './reference-cases';
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
    expect(findReferenceCase('community-organisers')?.benefitPerPerson).toMatchObject({ amountMinor: 90000n, qualifier: 'COULD_BE' });
  });

  it('reads each case’s ratio no more strongly than its figures allow', () => {
    // More than £1,300 against less than £450: 2.888…, a floor, so rounded down.
    expect(findReferenceCase('time-banks')?.computedRatio).toMatchObject({
      display: '2.8 : 1',
      reading: 'MORE_THAN',
      exact: { numerator: 26n, denominator: 9n },
    });
    expect(findReferenceCase('time-banks')?.computedRatio?.note).toMatch(/more than 2\.8 : 1/);
    // About £80 against a saving that could be around £35.
    expect(findReferenceCase('befriending')?.computedRatio).toMatchObject({ display: '0.4 : 1', reading: 'ABOUT' });
    // Up to £300 against a benefit that could be £900: the benefit is no floor, so only "about".
    expect(findReferenceCase('community-organisers')?.computedRatio).toMatchObject({ display: '3.0 : 1', reading: 'ABOUT' });
    expect(findReferenceCase('community-organisers')?.computedRatio?.note).toMatch(/about 3\.0 : 1/);
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

describe('the reading of a ratio worked out from two published figures', () => {
  // Rows: how the benefit was stated; columns: how the cost was stated, in FIGURE_QUALIFIERS' order.
  const columns: FigureQualifier[] = ['EXACT', 'ABOUT', 'COULD_BE', 'AT_LEAST', 'MORE_THAN', 'UP_TO', 'LESS_THAN'];
  const expected: Record<FigureQualifier, RatioReading[]> = {
    EXACT: ['EXACT', 'ABOUT', 'ABOUT', 'AT_MOST', 'LESS_THAN', 'AT_LEAST', 'MORE_THAN'],
    ABOUT: ['ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT'],
    COULD_BE: ['ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT', 'ABOUT'],
    AT_LEAST: ['AT_LEAST', 'ABOUT', 'ABOUT', 'INDICATIVE', 'INDICATIVE', 'AT_LEAST', 'MORE_THAN'],
    MORE_THAN: ['MORE_THAN', 'ABOUT', 'ABOUT', 'INDICATIVE', 'INDICATIVE', 'MORE_THAN', 'MORE_THAN'],
    UP_TO: ['AT_MOST', 'ABOUT', 'ABOUT', 'AT_MOST', 'LESS_THAN', 'INDICATIVE', 'INDICATIVE'],
    LESS_THAN: ['LESS_THAN', 'ABOUT', 'ABOUT', 'LESS_THAN', 'LESS_THAN', 'INDICATIVE', 'INDICATIVE'],
  };
  // 2.888… and 2.933…: rounded down, to the nearest and up, the two pairs tell all three apart.
  const displays: Record<RatioReading, [string, string]> = {
    EXACT: ['2.9 : 1', '2.9 : 1'],
    ABOUT: ['2.9 : 1', '2.9 : 1'],
    INDICATIVE: ['2.9 : 1', '2.9 : 1'],
    AT_LEAST: ['2.8 : 1', '2.9 : 1'],
    MORE_THAN: ['2.8 : 1', '2.9 : 1'],
    AT_MOST: ['2.9 : 1', '3.0 : 1'],
    LESS_THAN: ['2.9 : 1', '3.0 : 1'],
  };
  const notes: Record<RatioReading, RegExp> = {
    EXACT: /^Worked out from exact published figures: /,
    ABOUT: /read it as about /,
    INDICATIVE: /set no limit on the ratio/,
    AT_LEAST: /read it as at least /,
    MORE_THAN: /read it as more than /,
    AT_MOST: /read it as at most /,
    LESS_THAN: /read it as less than /,
  };

  it('covers every qualifier', () => {
    expect([...columns].sort()).toEqual([...FIGURE_QUALIFIERS].sort());
    expect(Object.keys(expected).sort()).toEqual([...FIGURE_QUALIFIERS].sort());
  });

  for (const benefit of FIGURE_QUALIFIERS) {
    it(`reads a ${benefit} benefit against a cost stated each way`, () => {
      columns.forEach((cost, column) => {
        const reading = expected[benefit][column];
        expect({ benefit, cost, reading: ratioReading(benefit, cost).reading }).toEqual({ benefit, cost, reading });
        const [first, second] = [130000n, 132000n].map((amountMinor) =>
          computeReferenceRatio({ amountMinor, qualifier: benefit }, { amountMinor: 45000n, qualifier: cost }),
        );
        expect({ benefit, cost, displays: [first!.display, second!.display] }).toEqual({ benefit, cost, displays: displays[reading] });
        expect(first!.reading).toBe(reading);
        expect(first!.note).toMatch(notes[reading]);
        expect(first!.note).toContain(first!.display);
      });
    });
  }

  it('holds for any true amounts the published figures allow', () => {
    // Draws true amounts consistent with each bound (exact figures are the amount itself) and checks the claim.
    const bounded = FIGURE_QUALIFIERS.filter((q) => q !== 'ABOUT' && q !== 'COULD_BE');
    const trueAmount = (stated: bigint, qualifier: FigureQualifier, offset: bigint): bigint => {
      switch (qualifier) {
        case 'AT_LEAST':
          return stated + offset;
        case 'MORE_THAN':
          return stated + offset + 1n;
        case 'UP_TO':
          return stated - (offset % stated);
        case 'LESS_THAN':
          return stated - 1n - (offset % (stated - 1n));
        default:
          return stated;
      }
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...bounded),
        fc.constantFrom(...bounded),
        fc.bigInt({ min: 2n, max: 10n ** 9n }),
        fc.bigInt({ min: 2n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        (benefitQualifier, costQualifier, benefit, cost, benefitOffset, costOffset) => {
          const ratio = computeReferenceRatio(
            { amountMinor: benefit, qualifier: benefitQualifier },
            { amountMinor: cost, qualifier: costQualifier },
          )!;
          const trueBenefit = trueAmount(benefit, benefitQualifier, benefitOffset);
          const trueCost = trueAmount(cost, costQualifier, costOffset);
          // Compare trueBenefit / trueCost with the tenths shown, without floating point.
          const shown = BigInt(ratio.value.replace('.', ''));
          const lhs = trueBenefit * 10n;
          const rhs = shown * trueCost;
          if (ratio.reading === 'AT_LEAST') expect(lhs >= rhs).toBe(true);
          if (ratio.reading === 'MORE_THAN') expect(lhs > rhs).toBe(true);
          if (ratio.reading === 'AT_MOST') expect(lhs <= rhs).toBe(true);
          if (ratio.reading === 'LESS_THAN') expect(lhs < rhs).toBe(true);
        },
      ),
    );
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
    // Both read as they are (nearest tenth): the pilot's figures are its own, the organisers' "about".
    const organisers = findReferenceCase('community-organisers')!.computedRatio!;
    expect(pilot.benefitCostRatio?.display).toBe(organisers.display);
    expect(pilot.benefitCostRatio?.exact).toEqual(organisers.exact);
    expect(pilot.costPerParticipant).toBe(45000n);
  });
});
