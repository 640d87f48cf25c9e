import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class ParticipantMatchesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => Int, { nullable: true, description: 'How many of the best matches (1 to 100, default 20).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
