import * as fc from 'fast-check';
import {
  MixedCurrencyError,
  MoneyFormatError,
  benefitCostRatio,
  currencyMinorDigits,
  divideRoundingHalfAwayFromZero,
  formatMoney,
  normaliseCurrencyCode,
  parseMoney,
  summariseEconomics,
  type FinancialLine,
} from './economics';

const gbp = (kind: FinancialLine['kind'], amount: string): FinancialLine => ({
  kind,
  amountMinor: parseMoney(amount, 'GBP'),
  currency: 'GBP',
});

describe('parseMoney', () => {
  it.each([
    ['1234', 'GBP', 123400n],
    ['1234.5', 'GBP', 123450n],
    ['1234.56', 'GBP', 123456n],
    ['0.07', 'GBP', 7n],
    [' 12.30 ', 'EUR', 1230n],
    ['0', 'GBP', 0n],
    ['007.10', 'GBP', 710n],
    ['98765432109876543210.99', 'GBP', 9876543210987654321099n],
    ['1234', 'JPY', 1234n],
    ['50000', 'KRW', 50000n],
    ['1.234', 'KWD', 1234n],
  ] as const)('reads %p %s as %p minor units', (text, currency, expected) => {
    expect(parseMoney(text, currency)).toBe(expected);
  });

  it.each([
    ['1234.567', 'GBP', /at most 2 decimals/],
    ['1234.5', 'JPY', /no minor unit/],
    ['1234.0', 'KRW', /no minor unit/],
    ['1,234.56', 'GBP', /not an amount/],
    ['£12', 'GBP', /not an amount/],
    ['12 GBP', 'GBP', /not an amount/],
    ['1e3', 'GBP', /not an amount/],
    ['.5', 'GBP', /not an amount/],
    ['12.', 'GBP', /not an amount/],
    ['+3', 'GBP', /not an amount/],
    ['', 'GBP', /not an amount/],
    ['abc', 'GBP', /not an amount/],
    ['-3.10', 'GBP', /cannot be negative/],
  ] as const)('refuses %p in %s', (text, currency, message) => {
    expect(() => parseMoney(text, currency)).toThrow(MoneyFormatError);
    expect(() => parseMoney(text, currency)).toThrow(message);
  });

  it('accepts a minus sign only when asked to', () => {
    expect(parseMoney('-3.10', 'GBP', { allowNegative: true })).toBe(-310n);
    expect(parseMoney('-0.05', 'GBP', { allowNegative: true })).toBe(-5n);
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    for (const currency of ['gbp', 'GB', 'POUNDS', '', '£']) {
      let error: unknown;
      try {
        parseMoney('1', currency);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MoneyFormatError);
      expect((error as MoneyFormatError).field).toBe('currency');
    }
  });

  it('normalises a currency code typed by a person', () => {
    expect(normaliseCurrencyCode(' gbp ')).toBe('GBP');
    expect(() => normaliseCurrencyCode('pounds')).toThrow(MoneyFormatError);
  });

  it('knows the minor unit of common currencies', () => {
    expect([currencyMinorDigits('GBP'), currencyMinorDigits('EUR'), currencyMinorDigits('USD')]).toEqual([2, 2, 2]);
    expect([currencyMinorDigits('JPY'), currencyMinorDigits('KRW'), currencyMinorDigits('ISK')]).toEqual([0, 0, 0]);
    expect([currencyMinorDigits('KWD'), currencyMinorDigits('BHD')]).toEqual([3, 3]);
  });
});

describe('formatMoney', () => {
  it.each([
    [123450n, 'GBP', '1234.50'],
    [123456n, 'GBP', '1234.56'],
    [5n, 'GBP', '0.05'],
    [0n, 'GBP', '0.00'],
    [-5n, 'GBP', '-0.05'],
    [-123450n, 'EUR', '-1234.50'],
    [1234n, 'JPY', '1234'],
    [-1234n, 'JPY', '-1234'],
    [1234n, 'KWD', '1.234'],
    [9876543210987654321099n, 'GBP', '98765432109876543210.99'],
  ] as const)('writes %p %s as %p', (minor, currency, expected) => {
    expect(formatMoney(minor, currency)).toBe(expected);
  });

  it('round-trips with parseMoney for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom('GBP', 'JPY', 'KWD'), (minor, currency) => {
        expect(parseMoney(formatMoney(minor, currency), currency, { allowNegative: true })).toBe(minor);
      }),
    );
  });
});

describe('divideRoundingHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [7n, 3n, 2n],
    [8n, 3n, 3n],
    [-7n, 3n, -2n],
    [-8n, 3n, -3n],
    [0n, 7n, 0n],
    [100000n, 3n, 33333n],
    [200000n, 3n, 66667n],
  ])('%p / %p → %p', (n, d, expected) => {
    expect(divideRoundingHalfAwayFromZero(n, d)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideRoundingHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });
});

describe('summariseEconomics', () => {
  it('gives a 5.0 : 1 ratio for £1,000 of cost and £5,000 of benefits', () => {
    const summary = summariseEconomics([gbp('COST', '1000.00'), gbp('SAVING', '3000.00'), gbp('WIDER_BENEFIT', '2000.00')], null, 'GBP');
    expect(summary).toMatchObject({
      currency: 'GBP',
      totalCost: 100000n,
      totalSavings: 300000n,
      totalWiderBenefits: 200000n,
      totalBenefits: 500000n,
      netBenefit: 400000n,
      benefitCostRatio: { value: '5.0', display: '5.0 : 1', exact: { numerator: 5n, denominator: 1n } },
      costPerParticipant: null,
      savingPerParticipant: null,
      benefitPerParticipant: null,
    });
    expect(formatMoney(summary.netBenefit, 'GBP')).toBe('4000.00');
  });

  it('gives 2.9 : 1 for £1,300 saved on £450 of cost, with the exact fraction', () => {
    const summary = summariseEconomics([gbp('COST', '450'), gbp('SAVING', '1300')], 1, 'GBP');
    expect(summary.benefitCostRatio).toEqual({
      value: '2.9',
      display: '2.9 : 1',
      exact: { numerator: 26n, denominator: 9n },
    });
    expect(summary.ratioNote).toBeUndefined();
  });

  it('adds up many lines to the penny', () => {
    const lines = [gbp('COST', '0.10'), gbp('COST', '0.20'), gbp('COST', '1234.56'), gbp('SAVING', '0.01')];
    const summary = summariseEconomics(lines, 3, 'GBP');
    expect(formatMoney(summary.totalCost, 'GBP')).toBe('1234.86');
    expect(formatMoney(summary.netBenefit, 'GBP')).toBe('-1234.85');
    expect(formatMoney(summary.costPerParticipant!, 'GBP')).toBe('411.62'); // 123486 / 3 = 41162
  });

  it('rounds per-participant figures to the nearest penny, halves away from zero', () => {
    // £1,000.00 over 3 people is 333.333… → 333.33; £2,000.00 over 3 is 666.666… → 666.67
    const thirds = summariseEconomics([gbp('COST', '1000'), gbp('SAVING', '2000')], 3, 'GBP');
    expect(formatMoney(thirds.costPerParticipant!, 'GBP')).toBe('333.33');
    expect(formatMoney(thirds.savingPerParticipant!, 'GBP')).toBe('666.67');
    // 0.05 over 2 people is 2.5p → 3p; 1000.01 over 2 is 500.005 → 500.01
    const halves = summariseEconomics([gbp('COST', '0.05'), gbp('SAVING', '1000.01')], 2, 'GBP');
    expect(halves.costPerParticipant).toBe(3n);
    expect(formatMoney(halves.savingPerParticipant!, 'GBP')).toBe('500.01');
  });

  it('counts only savings in saving per participant, and all benefits in benefit per participant', () => {
    const summary = summariseEconomics([gbp('COST', '800'), gbp('SAVING', '350'), gbp('WIDER_BENEFIT', '450')], 10, 'GBP');
    expect(summary.costPerParticipant).toBe(8000n);
    expect(summary.savingPerParticipant).toBe(3500n);
    expect(summary.benefitPerParticipant).toBe(8000n);
    expect(summary.benefitCostRatio?.display).toBe('1.0 : 1');
    expect(summary.ratioNote).toMatch(/wider benefits/);
  });

  it('rounds the ratio to one decimal, halves away from zero', () => {
    expect(benefitCostRatio(105n, 100n)?.value).toBe('1.1'); // 1.05
    expect(benefitCostRatio(104n, 100n)?.value).toBe('1.0'); // 1.04
    expect(benefitCostRatio(25n, 100n)?.value).toBe('0.3'); // 0.25
    expect(benefitCostRatio(3500n, 8000n)?.value).toBe('0.4'); // 0.4375
    expect(benefitCostRatio(1n, 3n)?.exact).toEqual({ numerator: 1n, denominator: 3n });
    expect(benefitCostRatio(-25n, 100n)?.value).toBe('-0.3');
  });

  it('has no ratio when nothing has been spent, rather than dividing by zero', () => {
    const summary = summariseEconomics([gbp('SAVING', '500')], 4, 'GBP');
    expect(summary.benefitCostRatio).toBeNull();
    expect(summary.ratioNote).toMatch(/No costs recorded yet/);
    expect(summary.costPerParticipant).toBe(0n);
    expect(summary.savingPerParticipant).toBe(12500n);
  });

  it('summarises a pilot with no lines yet', () => {
    expect(summariseEconomics([], 0, 'GBP')).toEqual({
      currency: 'GBP',
      totalCost: 0n,
      totalSavings: 0n,
      totalWiderBenefits: 0n,
      totalBenefits: 0n,
      netBenefit: 0n,
      benefitCostRatio: null,
      costPerParticipant: null,
      savingPerParticipant: null,
      benefitPerParticipant: null,
      ratioNote: 'No costs recorded yet, so there is no benefit-cost ratio.',
    });
  });

  it('gives a 0.0 ratio with a note when costs have no benefits yet', () => {
    const summary = summariseEconomics([gbp('COST', '100')], 5, 'GBP');
    expect(summary.benefitCostRatio?.display).toBe('0.0 : 1');
    expect(summary.ratioNote).toMatch(/No savings or wider benefits/);
  });

  it('has no per-participant figures when no one has been reached', () => {
    const summary = summariseEconomics([gbp('COST', '100')], 0, 'GBP');
    expect(summary.costPerParticipant).toBeNull();
    expect(summary.savingPerParticipant).toBeNull();
  });

  it('refuses a line in another currency', () => {
    const lines: FinancialLine[] = [gbp('COST', '100'), { kind: 'SAVING', amountMinor: 5000n, currency: 'EUR' }];
    expect(() => summariseEconomics(lines, 1, 'GBP')).toThrow(MixedCurrencyError);
    expect(() => summariseEconomics(lines, 1, 'GBP')).toThrow(/keeps its figures in GBP, but a line is in EUR/);
  });

  it('refuses a negative amount', () => {
    const lines: FinancialLine[] = [{ kind: 'COST', amountMinor: -1n, currency: 'GBP' }];
    expect(() => summariseEconomics(lines, 1, 'GBP')).toThrow(MoneyFormatError);
  });

  it('refuses a participant count that is not a whole number', () => {
    expect(() => summariseEconomics([], -1, 'GBP')).toThrow(RangeError);
    expect(() => summariseEconomics([], 2.5, 'GBP')).toThrow(RangeError);
  });

  it('works in a currency without a minor unit', () => {
    const summary = summariseEconomics(
      [
        { kind: 'COST', amountMinor: parseMoney('10000', 'JPY'), currency: 'JPY' },
        { kind: 'SAVING', amountMinor: parseMoney('25001', 'JPY'), currency: 'JPY' },
      ],
      2,
      'JPY',
    );
    expect(summary.benefitCostRatio?.display).toBe('2.5 : 1');
    expect(formatMoney(summary.savingPerParticipant!, 'JPY')).toBe('12501'); // 12500.5 → 12501
  });

  it('keeps net benefit = benefits − cost and the exact ratio for any lines (property)', () => {
    const lineArb = fc.record({
      kind: fc.constantFrom('COST' as const, 'SAVING' as const, 'WIDER_BENEFIT' as const),
      amountMinor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      currency: fc.constant('GBP'),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), (lines) => {
        const s = summariseEconomics(lines, 7, 'GBP');
        expect(s.netBenefit).toBe(s.totalSavings + s.totalWiderBenefits - s.totalCost);
        if (s.totalCost === 0n) expect(s.benefitCostRatio).toBeNull();
        else {
          const { numerator, denominator } = s.benefitCostRatio!.exact;
          expect(numerator * s.totalCost).toBe(denominator * s.totalBenefits);
        }
      }),
    );
  });
});

describe('benefitCostRatio rounded one way', () => {
  it('rounds a floor down and a ceiling up, and leaves a ratio that ends on a tenth as it is', () => {
    const ratio = (benefit: bigint, cost: bigint, rounding: 'DOWN' | 'UP' | 'NEAREST') =>
      benefitCostRatio(benefit, cost, rounding)?.display;
    expect(ratio(130000n, 45000n, 'DOWN')).toBe('2.8 : 1'); // 2.888…
    expect(ratio(130000n, 45000n, 'NEAREST')).toBe('2.9 : 1');
    expect(ratio(132000n, 45000n, 'UP')).toBe('3.0 : 1'); // 2.933…
    expect(ratio(132000n, 45000n, 'NEAREST')).toBe('2.9 : 1');
    for (const rounding of ['DOWN', 'UP', 'NEAREST'] as const) expect(ratio(90000n, 30000n, rounding)).toBe('3.0 : 1');
    expect(ratio(-25n, 100n, 'DOWN')).toBe('-0.3 : 1');
    expect(ratio(-25n, 100n, 'UP')).toBe('-0.2 : 1');
    expect(benefitCostRatio(1n, 0n, 'DOWN')).toBeNull();
    expect(benefitCostRatio(1n, 3n, 'UP')?.exact).toEqual({ numerator: 1n, denominator: 3n });
  });

  it('never rounds past the exact ratio in the direction asked', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (benefit, cost) => {
        const tenths = (rounding: 'DOWN' | 'UP') => BigInt(benefitCostRatio(benefit, cost, rounding)!.value.replace('.', ''));
        // tenths/10 ≤ benefit/cost ≤ tenths/10, each within a tenth
        expect(tenths('DOWN') * cost <= benefit * 10n).toBe(true);
        expect((tenths('DOWN') + 1n) * cost > benefit * 10n).toBe(true);
        expect(tenths('UP') * cost >= benefit * 10n).toBe(true);
        expect((tenths('UP') - 1n) * cost < benefit * 10n).toBe(true);
      }),
    );
  });
});
