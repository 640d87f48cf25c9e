import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: "Which programme's calendar link to make (or make again, stopping the old one)." })
export class ResetProgrammeCalendarFeedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;
}
