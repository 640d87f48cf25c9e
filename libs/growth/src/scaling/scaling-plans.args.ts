import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ScalingPlanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scaling plan id' })
  id: string;
}
