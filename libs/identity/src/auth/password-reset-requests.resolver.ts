import { Args, Field, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { Ctx, OutsideTransaction, Public, type RequestContext } from '@app/common';
import { PasswordResetRequests } from './password-reset-requests';

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The address you sign in with.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;
}

@ObjectType({ description: 'The same answer for every address, known or not.' })
export class PasswordResetRequested {
  @Field()
  message: string;
}

@Resolver()
export class PasswordResetRequestsResolver {
  constructor(private readonly requests: PasswordResetRequests) {}

  @Mutation(() => PasswordResetRequested, {
    description:
      'Asks for a one-time link to choose a new password, sent by e-mail to the address if it has an account (use it with resetPassword). The answer is the same whether or not it has one; requests count towards the sign-in limits.',
  })
  @Public()
  @OutsideTransaction()
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<PasswordResetRequested> {
    return this.requests.request(ctx, input.email);
  }
}
