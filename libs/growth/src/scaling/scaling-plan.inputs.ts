import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
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
} from 'class-validator';
import { ScalingMechanism, TrainingAudience } from './scaling-plan.model';

const NOT_BLANK = { message: 'must not be blank' };
const MECHANISM = { message: `must be one of ${Object.values(ScalingMechanism).join(', ')}` };
const AUDIENCE = { message: `must be one of ${Object.values(TrainingAudience).join(', ')}` };
const WHOLE = { message: 'must be a whole number' };

@InputType({ description: 'A scaling plan for a pilot decided SCALE (one per pilot).' })
export class CreateScalingPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => ScalingMechanism)
  @IsEnum(ScalingMechanism, MECHANISM)
  mechanism: ScalingMechanism;

  @Field({ nullable: true, description: 'Needed when the mechanism is OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  mechanismNote?: string;

  @Field(() => [ID], { nullable: true, description: "Ids of the organisation's service areas to reach." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be service area ids' })
  targetServiceAreaIds?: string[];

  @Field(() => Int, { nullable: true, description: 'People the scaled-up service is expected to reach (0 or more).' })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, { message: 'must be 0 or more' })
  expectedReach?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  transparencyMeasures?: string;

  @Field({
    nullable: true,
    description:
      'What it costs, in the organisation\'s currency: a decimal string such as "1200.00" (0 when free); left out while not known.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  cost?: string;
}

@InputType({ description: 'Leave a field out to keep it; clearExpectedReach empties the expected reach.' })
export class UpdateScalingPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scaling plan id' })
  scalingPlanId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ScalingMechanism, { nullable: true })
  @IsOptional()
  @IsEnum(ScalingMechanism, MECHANISM)
  mechanism?: ScalingMechanism;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  mechanismNote?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be service area ids' })
  targetServiceAreaIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, { message: 'must be 0 or more' })
  expectedReach?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clearExpectedReach?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  transparencyMeasures?: string;

  @Field({
    nullable: true,
    description:
      'What it costs, in the organisation\'s currency: a decimal string such as "1200.00" (0 when free); left out while not known.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  cost?: string;

  @Field({ nullable: true, description: 'Forget the cost (back to not known).' })
  @IsOptional()
  @IsBoolean()
  clearCost?: boolean;
}

@InputType()
export class AddTrainingActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scaling plan id' })
  scalingPlanId: string;

  @Field(() => Int, { nullable: true, description: 'The plan version you saw; when given and stale, nothing is added (CONFLICT).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  planVersion?: number;

  @Field()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  topic: string;

  @Field(() => TrainingAudience)
  @IsEnum(TrainingAudience, AUDIENCE)
  audience: TrainingAudience;

  @Field(() => Int, { nullable: true, description: 'How many sessions (0 or more; 1 when left out).' })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, { message: 'must be 0 or more' })
  sessions?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;

  @Field({
    nullable: true,
    description:
      'What it costs, in the organisation\'s currency: a decimal string such as "1200.00" (0 when free); left out while not known.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  cost?: string;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateTrainingActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a training action id' })
  trainingActionId: string;

  @Field(() => Int, { description: 'The plan version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  planVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  topic?: string;

  @Field(() => TrainingAudience, { nullable: true })
  @IsOptional()
  @IsEnum(TrainingAudience, AUDIENCE)
  audience?: TrainingAudience;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, { message: 'must be 0 or more' })
  sessions?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;

  @Field({
    nullable: true,
    description:
      'What it costs, in the organisation\'s currency: a decimal string such as "1200.00" (0 when free); left out while not known.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  cost?: string;

  @Field({ nullable: true, description: 'Forget the cost (back to not known).' })
  @IsOptional()
  @IsBoolean()
  clearCost?: boolean;
}

@InputType()
export class RemoveTrainingActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a training action id' })
  trainingActionId: string;

  @Field(() => Int, { description: 'The plan version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  planVersion: number;
}
