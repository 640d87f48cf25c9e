import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/common';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { IsDecimalString, IsLocalDate } from '../validation';
import { BeneficiaryGroup } from '../beneficiary-group.model';
import { MetricDirection } from './pilot-metric.model';

const DIRECTION = { message: 'must be HIGHER_IS_BETTER or LOWER_IS_BETTER' };
const GROUP = { message: `must be one of ${Object.values(BeneficiaryGroup).join(', ')}` };
const DECIMAL = 'An exact decimal written as a string, such as "12.5".';

@InputType()
export class AddPilotMetricInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name: string;

  @Field({ description: 'e.g. "visits a week", "%", "£".' })
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @Length(1, 50, { message: 'must be 1 to 50 characters long' })
  unit: string;

  @Field(() => MetricDirection)
  @IsEnum(MetricDirection, DIRECTION)
  direction: MetricDirection;

  @Field({ nullable: true, description: `${DECIMAL} A pilot going ahead counts as measured only once every metric has one.` })
  @IsOptional()
  @IsDecimalString()
  baseline?: string;

  @Field({ nullable: true, description: DECIMAL })
  @IsOptional()
  @IsDecimalString()
  target?: string;

  @Field(() => BeneficiaryGroup, {
    nullable: true,
    description: 'Whose gain the metric tracks; SERVICE_USERS when left out.',
  })
  @IsOptional()
  @IsEnum(BeneficiaryGroup, GROUP)
  beneficiaryGroup?: BeneficiaryGroup;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdatePilotMetricInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a metric id' })
  metricId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @Length(1, 50, { message: 'must be 1 to 50 characters long' })
  unit?: string;

  @Field(() => MetricDirection, { nullable: true })
  @IsOptional()
  @IsEnum(MetricDirection, DIRECTION)
  direction?: MetricDirection;

  @Field({ nullable: true, description: DECIMAL })
  @IsOptional()
  @IsDecimalString()
  baseline?: string;

  @Field({ nullable: true, description: DECIMAL })
  @IsOptional()
  @IsDecimalString()
  target?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clearBaseline?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clearTarget?: boolean;

  @Field(() => BeneficiaryGroup, {
    nullable: true,
    description: 'Whose gain the metric tracks.',
  })
  @IsOptional()
  @IsEnum(BeneficiaryGroup, GROUP)
  beneficiaryGroup?: BeneficiaryGroup;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a metric id' })
  metricId: string;

  @Field(() => LocalDateScalar, { description: 'The day the value was measured, YYYY-MM-DD.' })
  @IsLocalDate()
  date: string;

  @Field({ description: DECIMAL })
  @IsDecimalString()
  value: string;
}

@InputType()
export class RemoveMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a measurement id' })
  measurementId: string;
}
