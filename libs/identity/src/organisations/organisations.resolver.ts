import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext, SignedIn } from '@app/common';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation } from './organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Mutation(() => Organisation, { description: 'Creates an organisation; you become its first ADMIN.' })
  @SignedIn()
  createOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.organisations.create(ctx, input);
  }

  @Query(() => Organisation, { description: 'The organisation this request is for (X-Organisation-Id).' })
  @Can(Action.READ)
  organisation(@Ctx() ctx: RequestContext): Promise<Organisation> {
    return this.organisations.current(ctx);
  }

  @Mutation(() => Organisation)
  @Can(Action.MANAGE_MEMBERS)
  updateOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganisationInput): Promise<Organisation> {
    return this.organisations.update(ctx, input);
  }
}
