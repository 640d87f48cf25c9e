import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { CreateServiceAreaInput, UpdateServiceAreaInput } from './service-area.inputs';
import { ServiceArea } from './service-area.model';
import { ServiceAreasService } from './service-areas.service';

@Resolver(() => ServiceArea)
export class ServiceAreasResolver {
  constructor(private readonly service: ServiceAreasService) {}

  @Query(() => [ServiceArea], {
    description: "The organisation's service areas in order, active or not; a new organisation starts with a default list.",
  })
  @Can(Action.READ)
  serviceAreas(@Ctx() ctx: RequestContext): Promise<ServiceArea[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => ServiceArea, { description: 'Adds a service area; its name must differ from every other (ignoring case).' })
  @Can(Action.PLAN)
  createServiceArea(@Ctx() ctx: RequestContext, @Args('input') input: CreateServiceAreaInput): Promise<ServiceArea> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ServiceArea, { description: 'Renames, reorders, retires (active: false) or brings back a service area.' })
  @Can(Action.PLAN)
  updateServiceArea(@Ctx() ctx: RequestContext, @Args('input') input: UpdateServiceAreaInput): Promise<ServiceArea> {
    return this.service.update(ctx, input);
  }
}
