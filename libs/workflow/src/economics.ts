/**
 * Pilot economics: every amount is an exact integer of minor units (pence,
 * cents, yen) held as a bigint, with an ISO 4217 currency code. Floating point never touches
 * money here, so totals, ratios and per-participant figures are right to the last minor unit.
 * A pilot keeps all its financial lines in one currency; we never convert.
 */

export type FinancialLineKind = 'COST' | 'SAVING' | 'WIDER_BENEFIT';
export const FINANCIAL_LINE_KINDS: readonly FinancialLineKind[] = ['COST', 'SAVING', 'WIDER_BENEFIT'];

export interface FinancialLine {
  kind: FinancialLineKind;
  /** Always ≥ 0: whether it is money out or money saved is said by `kind`, never by a sign. */
  amountMinor: bigint;
  currency: string;
}

export class MoneyFormatError extends Error {
  readonly code = 'MONEY_FORMAT';
  constructor(
    message: string,
    /** The input at fault: the amount or the currency code. */
    readonly field: 'amount' | 'currency' = 'amount',
  ) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

export class MixedCurrencyError extends Error {
  readonly code = 'MIXED_CURRENCY';
  readonly field = 'currency';
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(
      `This pilot keeps its figures in ${expected}, but a line is in ${found}. ` +
        `Enter the amount in ${expected}; a pilot never mixes currencies.`,
    );
    this.name = 'MixedCurrencyError';
  }
}

/**
 * ISO 4217 currencies whose minor unit is not the hundredth. Every other code uses two
 * decimals. The three-decimal ones are listed too, so a Kuwaiti or Omani amount is not
 * silently cut to two places.
 */
const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Trims and upper-cases a user's currency code; throws when it is not three letters. */
export function normaliseCurrencyCode(input: string): string {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  assertCurrencyCode(code);
  return code;
}

/** How many decimals the currency's minor unit has (2 for GBP and EUR, 0 for JPY). */
export function currencyMinorDigits(currency: string): number {
  assertCurrencyCode(currency);
  if (ZERO_DECIMAL_CURRENCIES.has(currency)) return 0;
  if (THREE_DECIMAL_CURRENCIES.has(currency)) return 3;
  return 2;
}

function assertCurrencyCode(currency: string): void {
  if (typeof currency !== 'string' || !CURRENCY_CODE.test(currency)) {
    throw new MoneyFormatError(
      `"${String(currency)}" is not a currency code: use the three capital letters of ISO 4217, such as GBP or EUR.`,
      'currency',
    );
  }
}

const DECIMAL_AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface ParseMoneyOptions {
  /** Financial lines are never negative; allow a minus sign only for adjustments and tests. */
  allowNegative?: boolean;
}

/**
 * Reads a plain decimal string ("1234", "1234.5", "1234.56") into minor units. No thousands
 * separators, no currency symbols, no exponent: an amount that could be read two ways is refused
 * rather than guessed.
 */
export function parseMoney(decimal: string, currency: string, options: ParseMoneyOptions = {}): bigint {
  const digits = currencyMinorDigits(currency);
  const text = typeof decimal === 'string' ? decimal.trim() : '';
  const match = DECIMAL_AMOUNT.exec(text);
  if (!match) {
    throw new MoneyFormatError(
      `"${String(decimal)}" is not an amount: write digits with an optional decimal point, such as 1234.50, ` +
        `without currency signs or thousands separators.`,
    );
  }
  const [, sign, whole, fraction = ''] = match;
  if (sign && !options.allowNegative) {
    throw new MoneyFormatError(
      `Amounts cannot be negative: enter ${text.slice(1)} and choose whether it is a cost, a saving or a wider benefit.`,
    );
  }
  if (fraction.length > digits) {
    throw new MoneyFormatError(
      digits === 0
        ? `${currency} has no minor unit: enter a whole amount, without decimals.`
        : `${currency} amounts have at most ${digits} decimals; "${text}" has ${fraction.length}.`,
    );
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  return sign ? -minor : minor;
}

/** Writes minor units as a plain decimal string: 123450n GBP → "1234.50", -5n GBP → "-0.05". */
export function formatMoney(minor: bigint, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const negative = minor < 0n;
  const magnitude = (negative ? -minor : minor).toString();
  if (digits === 0) return (negative ? '-' : '') + magnitude;
  const padded = magnitude.padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Integer division rounded to the nearest integer, halves away from zero (2.5 → 3, −2.5 → −3),
 * the rounding people expect from a calculator and from published figures.
 */
export function divideRoundingHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide by zero');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const absRemainder = remainder < 0n ? -remainder : remainder;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  if (absRemainder * 2n < absDenominator) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  return negative ? quotient - 1n : quotient + 1n;
}

/**
 * Which way a ratio's last digit is rounded. NEAREST for a figure read as it is; a ratio that is
 * only known to be at least something is rounded DOWN, one known to be at most something UP,
 * so the rounded figure never claims more than the bound does.
 */
export type RatioRounding = 'NEAREST' | 'DOWN' | 'UP';

/** Integer division rounded towards minus infinity (DOWN) or plus infinity (UP). */
function divideRoundingTowards(numerator: bigint, denominator: bigint, rounding: 'DOWN' | 'UP'): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide by zero');
  const quotient = numerator / denominator; // truncated towards zero
  if (quotient * denominator === numerator) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  if (rounding === 'DOWN') return negative ? quotient - 1n : quotient;
  return negative ? quotient : quotient + 1n;
}

export interface BenefitCostRatio {
  /** Benefits per unit of cost, to one decimal: "5.0". */
  value: string;
  /** How people write it: "5.0 : 1". */
  display: string;
  /** The ratio as an exact fraction in lowest terms, for anyone who wants more precision. */
  exact: { numerator: bigint; denominator: bigint };
}

export interface EconomicsSummary {
  currency: string;
  totalCost: bigint;
  totalSavings: bigint;
  totalWiderBenefits: bigint;
  /** Savings plus wider benefits. */
  totalBenefits: bigint;
  /** Benefits minus cost; negative when the pilot costs more than it returns. */
  netBenefit: bigint;
  /** Null when nothing has been spent: a ratio over zero cost means nothing. */
  benefitCostRatio: BenefitCostRatio | null;
  /** Per participant reached, rounded to the minor unit; null without participants. */
  costPerParticipant: bigint | null;
  savingPerParticipant: bigint | null;
  /** Savings and wider benefits per participant, comparable with the reference cases. */
  benefitPerParticipant: bigint | null;
  /** Why the ratio is missing or needs care in reading. */
  ratioNote?: string;
}

export function benefitCostRatio(totalBenefits: bigint, totalCost: bigint, rounding: RatioRounding = 'NEAREST'): BenefitCostRatio | null {
  if (totalCost === 0n) return null;
  const tenths =
    rounding === 'NEAREST'
      ? divideRoundingHalfAwayFromZero(totalBenefits * 10n, totalCost)
      : divideRoundingTowards(totalBenefits * 10n, totalCost, rounding);
  const negative = tenths < 0n;
  const magnitude = negative ? -tenths : tenths;
  const value = `${negative ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}`;
  const divisor = gcd(totalBenefits, totalCost);
  const sign = totalCost < 0n ? -1n : 1n;
  return {
    value,
    display: `${value} : 1`,
    exact: { numerator: (sign * totalBenefits) / divisor, denominator: (sign * totalCost) / divisor },
  };
}

/**
 * Totals a pilot's financial lines. Throws MixedCurrencyError when a line is not in the pilot's
 * currency and MoneyFormatError for a negative amount.
 */
export function summariseEconomics(
  lines: readonly FinancialLine[],
  participantsReached: number | null,
  pilotCurrency: string,
): EconomicsSummary {
  assertCurrencyCode(pilotCurrency);
  if (participantsReached !== null && (!Number.isSafeInteger(participantsReached) || participantsReached < 0)) {
    throw new RangeError(`Participants reached must be a whole number of 0 or more, not ${participantsReached}`);
  }

  const totals: Record<FinancialLineKind, bigint> = { COST: 0n, SAVING: 0n, WIDER_BENEFIT: 0n };
  for (const line of lines) {
    if (!FINANCIAL_LINE_KINDS.includes(line.kind)) {
      throw new RangeError(`Unknown kind of financial line: ${String(line.kind)}`);
    }
    if (line.currency !== pilotCurrency) throw new MixedCurrencyError(pilotCurrency, line.currency);
    if (typeof line.amountMinor !== 'bigint' || line.amountMinor < 0n) {
      throw new MoneyFormatError(
        `A ${line.kind.toLowerCase().replace('_', ' ')} line has the amount ${String(line.amountMinor)}: ` +
          `amounts are whole minor units of 0 or more.`,
      );
    }
    totals[line.kind] += line.amountMinor;
  }

  const totalBenefits = totals.SAVING + totals.WIDER_BENEFIT;
  const participants = participantsReached ? BigInt(participantsReached) : null;
  const perParticipant = (amount: bigint): bigint | null =>
    participants === null ? null : divideRoundingHalfAwayFromZero(amount, participants);
  const ratio = benefitCostRatio(totalBenefits, totals.COST);
  const ratioNote = describeRatio(totals.COST, totals.WIDER_BENEFIT, totalBenefits);

  return {
    currency: pilotCurrency,
    totalCost: totals.COST,
    totalSavings: totals.SAVING,
    totalWiderBenefits: totals.WIDER_BENEFIT,
    totalBenefits,
    netBenefit: totalBenefits - totals.COST,
    benefitCostRatio: ratio,
    costPerParticipant: perParticipant(totals.COST),
    savingPerParticipant: perParticipant(totals.SAVING),
    benefitPerParticipant: perParticipant(totalBenefits),
    ...(ratioNote ? { ratioNote } : {}),
  };
}

function describeRatio(totalCost: bigint, widerBenefits: bigint, totalBenefits: bigint): string | undefined {
  if (totalCost === 0n) return 'No costs recorded yet, so there is no benefit-cost ratio.';
  if (totalBenefits === 0n) return 'No savings or wider benefits recorded yet, so the ratio is 0.';
  if (widerBenefits > 0n) {
    return 'The ratio counts wider benefits as well as cashable savings; compare like with like.';
  }
  return undefined;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
