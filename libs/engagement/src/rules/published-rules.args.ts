import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class PublishedRulesArgs {
  @Field({ description: 'The token an ADMIN got from rotateFeedToken.' })
  @IsString()
  @MaxLength(200)
  feedToken: string;
}
