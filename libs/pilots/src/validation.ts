import { ValidateBy } from 'class-validator';

export { IsLocalDate } from '@app/common';

/**
 * An exact decimal written as a string: optional minus, up to 15 digits before the point and 6
 * after ("12", "-3.5", "0.125"). Strings rather than floats so that what was typed is what is
 * stored (PostgreSQL numeric) and shown back; no exponents, no thousands separators.
 */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,6})?$/;

export const IsDecimalString = () =>
  ValidateBy({
    name: 'isDecimalString',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && DECIMAL_PATTERN.test(value.trim()),
      defaultMessage: () => 'must be a decimal number written as a string, such as "12.5" (up to 6 decimals, no separators or units)',
    },
  });

/** "012.50" → "12.5", "-0" → "0": one spelling per number, so equal values read back equal. */
export function normaliseDecimal(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value.trim();
  const [, sign, whole, fraction = ''] = match;
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${integer}.${decimals}` : integer;
  return text === '0' ? '0' : `${sign}${text}`;
}
