import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { NewPassword } from '../auth/auth.inputs';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `must be one of ${Object.values(Role).join(', ')}` })
  role: Role;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an invitation id' })
  invitationId: string;
}

@InputType({
  description:
    'Signed in as the invited address: joins as you (password and name are not needed). Not signed in: a password and name for a new account with the invited address; an address that already has an account must sign in first.',
})
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 200)
  token: string;

  @NewPassword({ nullable: true, description: 'Needed only when not signed in: the password for the new account.' })
  password?: string;

  @Field({ nullable: true, description: 'Needed only when not signed in: your name for the new account.' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  displayName?: string;
}
