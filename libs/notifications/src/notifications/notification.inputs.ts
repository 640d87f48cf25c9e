import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read (up to 100); leave out with all: true.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one notification, or leave it out and send all: true' })
  @ArrayMaxSize(100, { message: 'must name at most 100 notifications' })
  @IsUUID('all', { each: true, message: 'must each be a notification id' })
  ids?: string[];

  @Field({ nullable: true, description: 'Mark every unread notification of yours in this organisation read.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
