import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, type GqlContext, OutsideTransaction, Public, RequestContext, SignedIn } from '@app/common';
import { Me } from '../memberships/membership.model';
import { MembershipsService } from '../memberships/memberships.service';
import { UsersService } from '../users/users.service';
import {
  AuthPayload,
  ChangePasswordInput,
  IssuePasswordResetInput,
  PasswordResetLink,
  ResetPasswordInput,
  SessionInfo,
  SignInInput,
  SignUpInput,
  SignUpResult,
} from './auth.inputs';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
  ) {}

  @Mutation(() => SignUpResult, {
    description:
      'Creates an account for an address that has none, then answers the same whatever the case, without a session: sign in next.',
  })
  @Public()
  @OutsideTransaction()
  signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<SignUpResult> {
    return this.auth.signUp(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. Failures from one client for one address are refused for a while after five; failures for one address from anywhere only slow it down; one client failing across many addresses is refused for a while.',
  })
  @Public()
  @OutsideTransaction()
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.auth.signIn(ctx, input);
  }

  @Mutation(() => SessionInfo, {
    description:
      'Signs in a browser: the same check and limits as signIn, but the session goes into an HttpOnly, SameSite=Lax cookie this answer sets, never into the body. It ends after SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after it began, or at signOut.',
  })
  @Public()
  @OutsideTransaction()
  startSession(@Ctx() ctx: RequestContext, @Context() gql: GqlContext, @Args('input') input: SignInInput): Promise<SessionInfo> {
    return this.auth.startSession(ctx, input, gql.credentials, gql.http);
  }

  @Mutation(() => Boolean, {
    description:
      "Ends the session this request presents, on the server: a browser's cookie (which is cleared) or a bearer token's; neither works again. True when a session was open; false when none was (already ended, or an API key).",
  })
  @Public()
  signOut(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<boolean> {
    return this.auth.signOut(ctx, gql.credentials, gql.http);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password, given the current one (wrong guesses count towards the sign-in limits). Every other session and token of yours ends; this one stays.',
  })
  @SignedIn()
  @OutsideTransaction()
  async changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(ctx, input);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Sets a new password with a one-time reset link; every session of the person (browsers and tokens) ends.',
  })
  @Public()
  @OutsideTransaction()
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<AuthPayload> {
    return this.auth.resetPassword(ctx, input);
  }

  @Mutation(() => PasswordResetLink, {
    description: 'Issues a one-time password-reset link for a member (an ADMIN, signed in: never an API key).',
  })
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
