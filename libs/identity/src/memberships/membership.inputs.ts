import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { IsEnum, IsUUID } from 'class-validator';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a membership id' })
  membershipId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `must be one of ${Object.values(Role).join(', ')}` })
  role: Role;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a membership id' })
  membershipId: string;
}
