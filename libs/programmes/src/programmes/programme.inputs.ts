import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { StepName } from '../step.enum';

const STEP_MESSAGE = { message: `must be one of ${Object.values(StepName).join(', ')}` };

@InputType()
export class StepTargetInput {
  @Field(() => StepName)
  @IsEnum(StepName, STEP_MESSAGE)
  step: StepName;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  targetDate?: string | null;
}

@InputType()
export class CreateProgrammeInput {
  @Field()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'A member of the organisation; you by default.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: "One of the organisation's templates; the built-in default when omitted." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  templateId?: string;

  @Field(() => [StepTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => StepTargetInput)
  targets?: StepTargetInput[];
}

@InputType()
export class UpdateProgrammeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;
}

@InputType({ description: "Sets a step's owner and target date (in the programme's current cycle)." })
export class UpdateProgrammeStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => StepName)
  @IsEnum(StepName, STEP_MESSAGE)
  step: StepName;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  targetDate?: string;

  @Field({ nullable: true, description: 'Removes the step owner.' })
  @IsOptional()
  @IsBoolean()
  clearOwner?: boolean;

  @Field({ nullable: true, description: 'Removes the target date.' })
  @IsOptional()
  @IsBoolean()
  clearTargetDate?: boolean;
}

@InputType({ description: 'A move that needs only the programme and the version you saw.' })
export class ProgrammeMoveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({
  description: 'Advance, complete or start the next cycle; an unmet gate needs an override reason (ADMIN or PROGRAMME_MANAGER).',
})
export class GatedMoveInput extends ProgrammeMoveInput {
  @Field({ nullable: true, description: 'Why the programme moves on although required items are open: a few words at least.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
}

@InputType()
export class ReopenStepInput extends ProgrammeMoveInput {
  @Field(() => StepName)
  @IsEnum(StepName, STEP_MESSAGE)
  step: StepName;

  @Field({ description: 'Why the step is reopened: a few words at least.' })
  @IsString()
  @Matches(/\S/, { message: 'must say why the step is reopened' })
  @MaxLength(2000)
  reason: string;
}
