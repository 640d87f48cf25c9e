import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Action,
  alignByKey,
  Can,
  type Connection,
  ConnectionType,
  Ctx,
  type GqlContext,
  loaderFor,
  RequestContext,
  toConnection,
} from '@app/common';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { ChangeMemberRoleInput, RemoveMemberInput } from './membership.inputs';
import { MembersArgs } from './memberships.args';
import { Membership, Organisation, User } from './membership.model';
import { MembershipsService } from './memberships.service';

const MembershipConnection = ConnectionType(Membership);

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => MembershipConnection, { description: "The organisation's members." })
  @Can(Action.READ)
  async members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs): Promise<Connection<Membership>> {
    const [rows, total] = await this.memberships.page(ctx, args);
    return toConnection(rows, total, args);
  }

  @Mutation(() => Membership)
  @Can(Action.MANAGE_MEMBERS)
  changeMemberRole(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMemberRoleInput): Promise<Membership> {
    return this.memberships.changeRole(ctx, input.membershipId, input.role);
  }

  @Mutation(() => Membership, { description: 'Removes a member; the last ADMIN cannot be removed.' })
  @Can(Action.MANAGE_MEMBERS)
  removeMember(@Ctx() ctx: RequestContext, @Args('input') input: RemoveMemberInput): Promise<Membership> {
    return this.memberships.remove(ctx, input.membershipId);
  }

  @Mutation(() => Membership, { description: 'Leaves the organisation; the last ADMIN cannot leave.' })
  @Can(Action.READ)
  leaveOrganisation(@Ctx() ctx: RequestContext): Promise<Membership> {
    return this.memberships.leave(ctx);
  }

  @ResolveField(() => User)
  user(@Parent() membership: Membership, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    // `me` lists memberships across organisations: a person may always see themselves.
    if (membership.userId === ctx.userIdOrNull) return this.users.get(ctx, membership.userId);
    return loaderFor<string, User>(gql, 'membership.user', async (ids) =>
      alignByKey(ids, await this.users.membersByIds(ctx, ids), (u) => u.id),
    ).load(membership.userId);
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() membership: Membership, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return loaderFor<string, Organisation>(gql, 'membership.organisation', async (ids) =>
      alignByKey(ids, await this.organisations.byIds(ctx, ids), (o) => o.id),
    ).load(membership.organisationId);
  }
}
