import { BadInputError, type FieldProblem } from '@app/common';
import { type Money, readAmount, toMoney } from '@app/pilots';

/** A cost as stored: exact minor units and the currency they are in, both null while not known. */
export interface StoredCost {
  costMinor: string | null;
  costCurrency: string | null;
}

/**
 * Reads a cost typed by the user in the organisation's currency (growth costs are the
 * organisation's, whatever currency a pilot keeps): BAD_USER_INPUT naming `field` when it is not an
 * amount of 0 or more with at most the currency's decimals.
 */
export function readCost(amount: string, currency: string, field: string, problems: FieldProblem[]): StoredCost | null {
  const minor = readAmount(amount, currency, field, problems);
  return minor === null ? null : { costMinor: minor.toString(), costCurrency: currency };
}

/** The cost field of a create or update: undefined to keep, a StoredCost to write (all null with clearCost). */
export function costChange(
  input: { cost?: string | null; clearCost?: boolean | null },
  currency: string,
  problems: FieldProblem[],
): StoredCost | undefined {
  if (input.clearCost) {
    if (input.cost !== undefined && input.cost !== null)
      problems.push({ field: 'input.clearCost', message: 'cannot be combined with input.cost' });
    return { costMinor: null, costCurrency: null };
  }
  if (input.cost === undefined || input.cost === null) return undefined;
  return readCost(input.cost, currency, 'input.cost', problems) ?? undefined;
}

export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length) throw new BadInputError(problems);
}

export function toCost(row: StoredCost): Money | null {
  return row.costMinor === null || row.costCurrency === null ? null : toMoney(BigInt(row.costMinor), row.costCurrency);
}
