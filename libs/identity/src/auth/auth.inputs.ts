import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { User } from '../users/user.model';
import { IsNotCommonPassword } from './common-passwords';

export const PASSWORD_RULE = { min: 10, max: 200 };

/**
 * A password someone chooses (sign-up, reset, a new account from an invitation): the field and
 * the one rule every such password meets. `nullable` for inputs where it is needed only sometimes.
 */
export function NewPassword(options: { description?: string; nullable?: boolean } = {}): PropertyDecorator {
  const rule = `At least ${PASSWORD_RULE.min} characters, and not one of the passwords most often found in breaches.`;
  return applyDecorators(
    Field(() => String, {
      nullable: options.nullable ?? false,
      description: options.description ? `${options.description} ${rule}` : rule,
    }),
    ...(options.nullable ? [IsOptional()] : []),
    IsString(),
    Length(PASSWORD_RULE.min, PASSWORD_RULE.max, { message: `must be ${PASSWORD_RULE.min} to ${PASSWORD_RULE.max} characters long` }),
    IsNotCommonPassword(PASSWORD_RULE.min),
  );
}

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @NewPassword()
  password: string;

  @Field()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  displayName: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @Length(1, PASSWORD_RULE.max, { message: `must be 1 to ${PASSWORD_RULE.max} characters long` })
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  @IsString()
  @Length(10, 200)
  token: string;

  @NewPassword()
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'The password you sign in with now.' })
  @IsString()
  @Length(1, PASSWORD_RULE.max, { message: `must be 1 to ${PASSWORD_RULE.max} characters long` })
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

@ObjectType({ description: 'A browser session, held in an HttpOnly cookie the answer sets (never in the body).' })
export class SessionInfo {
  @Field(() => User)
  user: User;

  @Field({
    description:
      'When the session ends at the latest; it ends sooner when left without a request for the idle time (SESSION_IDLE_MINUTES).',
  })
  expiresAt: Date;
}

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'The same answer whether or not the address already had an account: sign in next.' })
export class SignUpResult {
  @Field()
  message: string;
}

@InputType()
export class IssuePasswordResetInput {
  @Field(() => ID, { description: 'A member of your organisation.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;
}

@ObjectType({ description: 'A one-time password-reset link, shown only this once; valid for 24 hours.' })
export class PasswordResetLink {
  @Field()
  token: string;

  @Field()
  resetUrl: string;

  @Field()
  expiresAt: Date;
}
