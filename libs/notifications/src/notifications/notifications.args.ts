import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@app/common';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only those not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
