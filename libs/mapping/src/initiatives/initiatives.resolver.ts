import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, type Connection, Ctx, type GqlContext, loaderFor, RequestContext, toConnection } from '@app/common';
import { ServiceArea } from '../service-areas/service-area.model';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import {
  CreateInitiativeInput,
  CreateInitiativesInput,
  InitiativeVersionInput,
  PublishInitiativesInput,
  UpdateInitiativeInput,
} from './initiative.inputs';
import { Initiative, InitiativeConnection, isCoproduction } from './initiative.model';
import { InitiativeArgs, InitiativesArgs } from './initiatives.args';
import { InitiativesService } from './initiatives.service';

@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(
    private readonly service: InitiativesService,
    private readonly areas: ServiceAreasService,
  ) {}

  @Query(() => InitiativeConnection, { description: "The organisation's initiatives, newest first." })
  @Can(Action.READ)
  async initiatives(@Ctx() ctx: RequestContext, @Args() args: InitiativesArgs): Promise<Connection<Initiative>> {
    const [rows, total] = await this.service.page(ctx, args.filter, args);
    return toConnection(rows, total, args);
  }

  @Query(() => Initiative)
  @Can(Action.READ)
  initiative(@Ctx() ctx: RequestContext, @Args() args: InitiativeArgs): Promise<Initiative> {
    return this.service.get(ctx, args.id);
  }

  @Mutation(() => Initiative, { description: 'Records an initiative. Recording it published needs ADMIN or PROGRAMME_MANAGER.' })
  @Can(Action.CONTRIBUTE)
  createInitiative(@Ctx() ctx: RequestContext, @Args('input') input: CreateInitiativeInput): Promise<Initiative> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => [Initiative], {
    description: 'Records several initiatives at once, in the order given: all of them or, if one is refused, none.',
  })
  @Can(Action.CONTRIBUTE)
  createInitiatives(@Ctx() ctx: RequestContext, @Args('input') input: CreateInitiativesInput): Promise<Initiative[]> {
    return this.service.createMany(ctx, input);
  }

  @Mutation(() => Initiative, {
    description: 'Edits an initiative. Publishing, unpublishing or changing a published one needs ADMIN or PROGRAMME_MANAGER.',
  })
  @Can(Action.CONTRIBUTE)
  updateInitiative(@Ctx() ctx: RequestContext, @Args('input') input: UpdateInitiativeInput): Promise<Initiative> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Initiative, {
    description: 'Deletes an initiative and answers it as it was; a published one needs ADMIN or PROGRAMME_MANAGER.',
  })
  @Can(Action.CONTRIBUTE)
  deleteInitiative(@Ctx() ctx: RequestContext, @Args('input') input: InitiativeVersionInput): Promise<Initiative> {
    return this.service.delete(ctx, input);
  }

  @Mutation(() => [Initiative], {
    description: "Shows or hides initiatives in the organisation's published feed: all named or, if one is not found, none.",
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  publishInitiatives(@Ctx() ctx: RequestContext, @Args('input') input: PublishInitiativesInput): Promise<Initiative[]> {
    return this.service.publish(ctx, input);
  }

  @ResolveField(() => ServiceArea)
  async serviceArea(@Parent() initiative: Initiative, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ServiceArea> {
    const area = await loaderFor<string, ServiceArea>(gql, 'serviceArea.byId', async (ids) =>
      alignByKey(ids, await this.areas.byIds(ctx, ids), (a) => a.id),
    ).load(initiative.serviceAreaId);
    return area!;
  }

  @ResolveField(() => Boolean, { description: 'The public body puts something in: coproduction, counted in the map.' })
  isCoproduction(@Parent() initiative: Initiative): boolean {
    return isCoproduction(initiative);
  }

  @ResolveField(() => Boolean, {
    description: 'Nothing from the public body: self-organisation, recorded but kept out of the coproduction counts.',
  })
  selfOrganisation(@Parent() initiative: Initiative): boolean {
    return !isCoproduction(initiative);
  }
}
