import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { IsEnum, IsOptional } from 'class-validator';
import { InvitationStatus } from './invitation.model';

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => InvitationStatus, {
    nullable: true,
    description: 'Only invitations in this state, e.g. PENDING for those still open; all when left out.',
  })
  @IsOptional()
  @IsEnum(InvitationStatus, { message: `must be one of ${Object.values(InvitationStatus).join(', ')}` })
  status?: InvitationStatus;
}
