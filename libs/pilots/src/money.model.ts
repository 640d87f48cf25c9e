import { Field, ObjectType } from '@nestjs/graphql';
import { formatMoney } from '@app/workflow';

/** Exact money: a plain decimal string in the currency's minor-unit precision ("1234.50" GBP), never a float. */
@ObjectType({ description: 'An exact amount of money: a decimal string such as "1234.50" and its ISO 4217 currency.' })
export class Money {
  @Field({
    description: 'Digits with an optional minus sign and decimal point, as many decimals as the currency has ("1234.50" GBP, "1500" JPY).',
  })
  amount: string;

  @Field({ description: 'ISO 4217 code, e.g. GBP.' })
  currency: string;
}

export function toMoney(minor: bigint, currency: string): Money {
  return { amount: formatMoney(minor, currency), currency };
}

export function toMoneyOrNull(minor: bigint | null | undefined, currency: string): Money | null {
  return minor === null || minor === undefined ? null : toMoney(minor, currency);
}
