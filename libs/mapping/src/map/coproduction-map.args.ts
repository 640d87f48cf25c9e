import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class CoproductionMapArgs {
  @Field(() => ID, { nullable: true, description: "Only the initiatives of this programme; the whole organisation's when omitted." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;
}
