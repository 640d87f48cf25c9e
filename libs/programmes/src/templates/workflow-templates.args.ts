import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class WorkflowTemplateArgs {
  // Not a UUID check: "default" names the built-in template.
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id: string;
}
