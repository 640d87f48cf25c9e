import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: 'Ticks a MANUAL item, with the evidence that it is done (a note, a link, or both).' })
export class TickChecklistItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a checklist item id' })
  itemId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  evidenceText?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) link' })
  @MaxLength(2000)
  evidenceUrl?: string;
}

@InputType()
export class UntickChecklistItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a checklist item id' })
  itemId: string;
}
