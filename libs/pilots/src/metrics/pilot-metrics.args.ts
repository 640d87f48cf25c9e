import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class PilotMetricArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a metric id' })
  id: string;
}
