import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, ConnectionType, Ctx, OutsideTransaction, Public, RequestContext, toConnection } from '@app/common';
import { AcceptInvitationInput, InviteMemberInput, RevokeInvitationInput } from './invitation.inputs';
import { InvitationsArgs } from './invitations.args';
import { Invitation, InvitationAcceptance, InvitationStatus, invitationStatus, IssuedInvitation } from './invitation.model';
import { InvitationsService } from './invitations.service';

const InvitationConnection = ConnectionType(Invitation);

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly invites: InvitationsService) {}

  @Mutation(() => IssuedInvitation, { description: 'Invites someone by a one-time link, valid for 14 days (ADMIN).' })
  @Can(Action.MANAGE_MEMBERS)
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput): Promise<IssuedInvitation> {
    return this.invites.invite(ctx, input);
  }

  @Query(() => InvitationConnection, { description: "The organisation's invitations, newest first (ADMIN)." })
  @Can(Action.MANAGE_MEMBERS)
  async invitations(@Ctx() ctx: RequestContext, @Args() args: InvitationsArgs): Promise<Connection<Invitation>> {
    const [rows, total] = await this.invites.page(ctx, args, args.status);
    return toConnection(rows, total, args);
  }

  @ResolveField(() => InvitationStatus, { description: 'Where it stands; only a PENDING invitation can still be accepted.' })
  status(@Parent() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation);
  }

  @Mutation(() => Invitation)
  @Can(Action.MANAGE_MEMBERS)
  revokeInvitation(@Ctx() ctx: RequestContext, @Args('input') input: RevokeInvitationInput): Promise<Invitation> {
    return this.invites.revoke(ctx, input.invitationId);
  }

  @Mutation(() => InvitationAcceptance, {
    description:
      'Accepts an invitation. Signed in as the invited address: you join. Not signed in: makes an account for an address that has none; then sign in. Never signs anyone in. After a few attempts by someone it was not sent to, the invitation is dead.',
  })
  @Public()
  @OutsideTransaction()
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<InvitationAcceptance> {
    return this.invites.accept(ctx, input);
  }
}
