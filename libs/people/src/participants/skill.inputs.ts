import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches } from 'class-validator';

@InputType()
export class CreateSkillInput {
  @Field({ description: 'Unique in the organisation, whatever the case or spacing.' })
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  name: string;
}
