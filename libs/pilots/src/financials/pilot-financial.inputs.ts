import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/common';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate } from '../validation';
import { BeneficiaryGroup } from '../beneficiary-group.model';
import { FinancialLineKind } from './pilot-financial.model';

@InputType()
export class AddFinancialLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => FinancialLineKind)
  @IsEnum(FinancialLineKind, { message: 'must be COST, SAVING or WIDER_BENEFIT' })
  kind: FinancialLineKind;

  @Field({ description: 'A decimal string of 0 or more, such as "1000.00"; no signs, symbols or separators.' })
  @IsString()
  @MaxLength(30)
  amount: string;

  @Field({ nullable: true, description: 'The pilot’s currency, which is also the default: a pilot never mixes currencies.' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  currency?: string;

  @Field(() => LocalDateScalar, { description: 'When the cost was incurred or the saving or benefit arose.' })
  @IsLocalDate()
  date: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  description?: string;

  @Field(() => BeneficiaryGroup, {
    nullable: true,
    description: 'Who the cost is spent on, or who gains the saving or benefit. Left out: MANAGERS for a saving, SERVICE_USERS otherwise.',
  })
  @IsOptional()
  @IsEnum(BeneficiaryGroup, { message: `must be one of ${Object.values(BeneficiaryGroup).join(', ')}` })
  beneficiaryGroup?: BeneficiaryGroup;
}

@InputType()
export class RemoveFinancialLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a financial line id' })
  lineId: string;
}
