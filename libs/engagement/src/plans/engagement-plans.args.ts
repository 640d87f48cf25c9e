import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class EngagementPlanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an engagement plan id' })
  id: string;
}
