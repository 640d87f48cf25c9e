import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const SCORE = { message: 'must be a whole number from 1 to 5' };

@InputType()
export class CreatePriorityAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => ID, { description: "One of the organisation's service areas; each appears at most once per programme." })
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId: string;

  @Field({ nullable: true, description: 'Why this area should be considered.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  rationale?: string;
}

@InputType()
export class UpdatePriorityAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  rationale?: string;
}

@InputType({
  description: 'Your scores for a priority area, each a whole number from 1 (low) to 5 (high). Scoring again replaces your earlier scores.',
})
export class ScorePriorityAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId: string;

  @Field(() => Int, { description: 'How much the area needs change.' })
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  need: number;

  @Field(() => Int, { description: 'How feasible coproduction is there.' })
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  feasibility: number;

  @Field(() => Int, { description: "Citizens' appetite for taking part." })
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  appetite: number;

  @Field(() => Int, { description: 'The expected impact.' })
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  impact: number;
}

@InputType()
export class SelectPriorityAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId: string;

  @Field({ description: 'True to choose the area for piloting, false to take it off the list.' })
  @IsBoolean()
  selected: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
