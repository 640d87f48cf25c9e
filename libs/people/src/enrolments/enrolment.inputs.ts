import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

const SCORE = { message: 'must be a whole number from 1 to 5' };

@InputType({ description: 'Replaces what the pilot needs.' })
export class SetPilotNeedsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => [ID], { description: "Skills from the organisation's list; empty when none in particular." })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must each be a skill id' })
  skillIds: string[];

  @Field(() => Int, { description: 'Hours a month each participant is asked for (0: no set commitment).' })
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(744, { message: 'must be at most 744 (the hours in a month)' })
  hoursPerMonth: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you last read; a stale or missing one answers CONFLICT. Leave it out only while the pilot has no needs.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType()
export class EnrolParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => ID, { description: 'A participant with a lawful basis recorded, not erased.' })
  @IsUUID('all', { message: 'must be a participant id' })
  participantId: string;

  @Field({ description: 'What they will do, e.g. "peer mentor".' })
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  role: string;

  @Field(() => Int, {
    description: 'Their self-efficacy now, 1–5: the starting point to raise. Recorded as an outcome, never used to rank or exclude.',
  })
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  selfEfficacy: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "When the reading was taken; today (in the organisation's time zone) when left out.",
  })
  @IsOptional()
  @IsLocalDate()
  recordedOn?: string;
}

@InputType({ description: 'A later self-efficacy reading, to see the change.' })
export class RecordSelfEfficacyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an enrolment id' })
  enrolmentId: string;

  @Field(() => Int)
  @IsInt(SCORE)
  @Min(1, SCORE)
  @Max(5, SCORE)
  score: number;

  @Field(() => LocalDateScalar, { description: 'Not before the first reading, not in the future.' })
  @IsLocalDate()
  recordedOn: string;
}

@InputType()
export class WithdrawParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an enrolment id' })
  enrolmentId: string;
}
