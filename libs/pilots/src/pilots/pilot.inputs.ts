import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/common';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '../validation';
import { PilotDecision } from './pilot.model';

const BLANK = { message: 'must not be blank' };

@InputType()
export class CreatePilotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => ID, { nullable: true, description: 'One of the programme’s priority areas.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId?: string;

  @Field()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name: string;

  @Field({ nullable: true, description: 'What the pilot sets out to show.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  hypothesis?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after the start date.' })
  @IsOptional()
  @IsLocalDate()
  endDate?: string;

  @Field({ nullable: true, description: 'A decimal string in the pilot’s currency, such as "12500.00"; no signs or separators.' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  budget?: string;

  @Field({
    nullable: true,
    description: 'ISO 4217 code; the organisation’s currency by default. Every financial line of the pilot uses it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  currency?: string;

  @Field(() => Int, { nullable: true, description: 'People reached so far (0 or more), recorded by hand.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  participantsReached?: number;

  @Field(() => Int, { nullable: true, description: 'How many people the pilot means to reach (0 or more).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  targetParticipants?: number;
}

@InputType({ description: 'Leave a field out to keep it; the clear… flags empty an optional field.' })
export class UpdatePilotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  hypothesis?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  endDate?: string;

  @Field({ nullable: true, description: 'A decimal string in the pilot’s currency (the new one, if currency changes too).' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  budget?: string;

  @Field({
    nullable: true,
    description: 'Only while the pilot has no financial lines; a budget must then be given again in the new currency.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  currency?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  participantsReached?: number;

  @Field(() => Int, { nullable: true, description: 'How many people the pilot means to reach (0 or more).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  targetParticipants?: number;

  @Field({ nullable: true, description: 'Removes the number of participants aimed for.' })
  @IsOptional()
  @IsBoolean()
  clearTargetParticipants?: boolean;

  @Field({ nullable: true, description: 'Takes the pilot out of its priority area.' })
  @IsOptional()
  @IsBoolean()
  clearPriorityArea?: boolean;

  @Field({ nullable: true, description: 'Removes the budget.' })
  @IsOptional()
  @IsBoolean()
  clearBudget?: boolean;
}

@InputType({ description: 'A move that needs only the pilot and the version you saw.' })
export class PilotMoveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ApprovePilotInput extends PilotMoveInput {
  @Field({ nullable: true, description: 'Optional: why it is approved.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class RejectPilotInput extends PilotMoveInput {
  @Field({ description: 'Why it is rejected: a few words at least.' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class DecidePilotInput extends PilotMoveInput {
  @Field(() => PilotDecision)
  @IsEnum(PilotDecision, { message: 'must be SCALE, ADAPT or STOP' })
  decision: PilotDecision;

  @Field({ description: 'Why: a few words at least, so others can follow the decision later.' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}
