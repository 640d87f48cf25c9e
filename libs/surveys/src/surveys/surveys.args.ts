import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class SurveysArgs extends PageArgs {}

@ArgsType()
export class SurveyArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  id: string;
}

@ArgsType()
export class SurveyComparisonArgs {
  @Field(() => ID, { description: 'The survey to compare from (usually the older one).' })
  @IsUUID('all', { message: 'must be a survey id' })
  earlierId: string;

  @Field(() => ID, { description: 'The survey to compare with it; the change is later minus earlier.' })
  @IsUUID('all', { message: 'must be a survey id' })
  laterId: string;
}

@ArgsType()
export class SurveyFormArgs {
  @Field({ description: 'The token of the survey’s public response link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}
