import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'timeZone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as Europe/London';
  }
}

const CURRENCIES = Intl.supportedValuesOf('currency');

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name: string;

  @Field({ defaultValue: 'Europe/London' })
  @Validate(IsTimeZone)
  timeZone: string;

  @Field({ defaultValue: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as GBP' })
  @IsIn(CURRENCIES, { message: 'must be a three-letter ISO 4217 code such as GBP' })
  currency: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as GBP' })
  @IsIn(CURRENCIES, { message: 'must be a three-letter ISO 4217 code such as GBP' })
  currency?: string;
}
