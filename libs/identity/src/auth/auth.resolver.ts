import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, OutsideTransaction, Public, RequestContext, SignedIn } from '@app/common';
import { IsUUID } from 'class-validator';
import { Me } from '../memberships/membership.model';
import { MembershipsService } from '../memberships/memberships.service';
import { UsersService } from '../users/users.service';
import { AuthPayload, ResetPasswordInput, SignInInput, SignUpInput, SignUpResult } from './auth.inputs';
import { AuthService } from './auth.service';

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

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
  ) {}

  @Mutation(() => SignUpResult, {
    description: 'Creates an account for an address that has none, then answers the same whatever the case, without a session: sign in next.',
  })
  @Public()
  @OutsideTransaction()
  signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<SignUpResult> {
    return this.auth.signUp(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in. Failures from one client for one address are refused for a while after five; failures for one address from anywhere only slow it down; one client failing across many addresses is refused for a while.',
  })
  @Public()
  @OutsideTransaction()
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.auth.signIn(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with a one-time reset link; older sessions stop working.' })
  @Public()
  @OutsideTransaction()
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<AuthPayload> {
    return this.auth.resetPassword(ctx, input);
  }

  @Mutation(() => PasswordResetLink, { description: 'Issues a one-time password-reset link for a member (an ADMIN, signed in: never an API key).' })
  @Can(Action.MANAGE_MEMBERS)
  async issuePasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: IssuePasswordResetInput): Promise<PasswordResetLink> {
    const { token, expiresAt } = await this.auth.issuePasswordReset(ctx, input.userId);
    return { token, expiresAt, resetUrl: `${this.auth.publicUrl}/password-reset?token=${token}` };
  }

  @Query(() => Me, { description: 'The signed-in person, with their organisations and roles.' })
  @SignedIn()
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const user = await this.users.get(ctx, ctx.userId);
    return { ...user!, memberships: await this.memberships.forUser(ctx, ctx.userId) };
  }
}
