import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { HistoryArgs } from '@app/history';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { StepName } from '../step.enum';
import { ProgrammeStatus } from './programme.model';

@ArgsType()
export class ProgrammesArgs extends PageArgs {
  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;

  @Field(() => StepName, { nullable: true, description: 'Programmes whose current step is this one.' })
  @IsOptional()
  @IsEnum(StepName)
  step?: StepName;
}

@ArgsType()
export class ProgrammeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  id: string;
}

@ArgsType()
export class ProgrammeEventsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;
}

@ArgsType()
export class StepsArgs {
  @Field(() => Int, { nullable: true, description: 'Which cycle; the current one by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cycle?: number;
}

@ArgsType()
export class JourneyArgs extends HistoryArgs {
  @Field({ defaultValue: false, description: 'Newest first instead of oldest first.' })
  @IsBoolean()
  newestFirst: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only events after this sequence number: the lastEventSequence you read, or the last event you heard, to catch up after a lost connection.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  afterSequence?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only events before this sequence number: with newestFirst, the next older page after the oldest event you hold, however many were added since.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1 or more' })
  beforeSequence?: number;
}
