import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Args } from '@nestjs/graphql';
import { Action, alignByKey, Can, Ctx, type GqlContext, groupByKey, loaderFor, RequestContext } from '@app/common';
import { Initiative } from '@app/mapping';
import { PriorityArea } from '@app/pilots';
import { ChecklistItem, Task } from '@app/programmes';
import type { WorkshopConversionKind } from '@app/workflow';
import { Workshop } from '../workshops/workshop.model';
import {
  CaptureWorkshopOutputsInput,
  ConvertWorkshopOutputInput,
  UpdateWorkshopOutputInput,
  WorkshopOutputVersionInput,
} from './workshop-output.inputs';
import { WorkshopOutput } from './workshop-output.model';
import { tickStands, WorkshopOutputsService } from './workshop-outputs.service';

/** Capture, edit, delete and convert a workshop's outputs: CONTRIBUTE (ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR). */
@Resolver(() => WorkshopOutput)
export class WorkshopOutputsResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @Mutation(() => [WorkshopOutput], {
    description: 'Captures what the room produced, many at once and in the order given; all are kept, or none when one is wrong.',
  })
  @Can(Action.CONTRIBUTE)
  captureWorkshopOutputs(@Ctx() ctx: RequestContext, @Args('input') input: CaptureWorkshopOutputsInput): Promise<WorkshopOutput[]> {
    return this.service.capture(ctx, input);
  }

  @Mutation(() => WorkshopOutput, { description: 'Changes an output that has not been converted yet.' })
  @Can(Action.CONTRIBUTE)
  updateWorkshopOutput(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWorkshopOutputInput): Promise<WorkshopOutput> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => WorkshopOutput, { description: 'Deletes an output that has not been converted yet; answers it as it was.' })
  @Can(Action.CONTRIBUTE)
  deleteWorkshopOutput(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopOutputVersionInput): Promise<WorkshopOutput> {
    return this.service.delete(ctx, input);
  }

  @Mutation(() => WorkshopOutput, {
    description:
      'Turns an output into the task, initiative, priority area or checklist tick it describes, in one step. A refused conversion changes nothing and names the field at fault.',
  })
  @Can(Action.CONTRIBUTE)
  convertWorkshopOutput(@Ctx() ctx: RequestContext, @Args('input') input: ConvertWorkshopOutputInput): Promise<WorkshopOutput> {
    return this.service.convert(ctx, input);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether what it became still stands: false once the task, initiative or priority area it became is deleted, or the checklist item it ticked is unticked (even if ticked again later on other evidence); null while it is only captured.',
  })
  async conversionStands(
    @Parent() output: WorkshopOutput,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<boolean | null> {
    if (!output.convertedKind) return null;
    return loaderFor<WorkshopOutput, boolean, string>(
      gql,
      'workshopOutput.conversionStands',
      (outputs) => this.service.standing(ctx, outputs),
      (o) => o.id,
    ).load(output);
  }
}

/** `Workshop.outputs`, batched over the workshops of a response. */
@Resolver(() => Workshop)
export class WorkshopOutputFieldsResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @ResolveField(() => [WorkshopOutput], { description: 'What the room produced, in the order captured.' })
  async outputs(@Parent() workshop: Workshop, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopOutput[]> {
    const rows = await loaderFor(gql, 'workshop.outputs', async (ids: readonly string[]) =>
      groupByKey(ids, await this.service.outputsOf(ctx, ids), (o) => o.workshopId),
    ).load(workshop.id);
    return rows ?? [];
  }
}

const FROM_WORKSHOP = 'The workshop output it was converted from, if any.';

function convertedFrom(
  service: WorkshopOutputsService,
  ctx: RequestContext,
  gql: GqlContext,
  kind: WorkshopConversionKind,
  id: string,
): Promise<WorkshopOutput | null> {
  return loaderFor<string, WorkshopOutput>(gql, `workshopOutput.convertedInto:${kind}`, async (ids) =>
    alignByKey(ids, await service.convertedInto(ctx, kind, ids), (o) => o.convertedId!),
  ).load(id);
}

/** The other side of a conversion: each record made from a workshop output can find it. */
@Resolver(() => Task)
export class TaskWorkshopOutputResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @ResolveField(() => WorkshopOutput, { nullable: true, description: FROM_WORKSHOP })
  workshopOutput(@Parent() task: Task, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopOutput | null> {
    return convertedFrom(this.service, ctx, gql, 'TASK', task.id);
  }
}

@Resolver(() => Initiative)
export class InitiativeWorkshopOutputResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @ResolveField(() => WorkshopOutput, { nullable: true, description: FROM_WORKSHOP })
  workshopOutput(@Parent() initiative: Initiative, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopOutput | null> {
    return convertedFrom(this.service, ctx, gql, 'INITIATIVE', initiative.id);
  }
}

@Resolver(() => PriorityArea)
export class PriorityAreaWorkshopOutputResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @ResolveField(() => WorkshopOutput, { nullable: true, description: FROM_WORKSHOP })
  workshopOutput(@Parent() area: PriorityArea, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopOutput | null> {
    return convertedFrom(this.service, ctx, gql, 'PRIORITY_AREA', area.id);
  }
}

@Resolver(() => ChecklistItem)
export class ChecklistItemWorkshopOutputResolver {
  constructor(private readonly service: WorkshopOutputsService) {}

  @ResolveField(() => WorkshopOutput, {
    nullable: true,
    description: 'The workshop output whose conversion made the tick it holds; null once that tick is undone.',
  })
  async workshopOutput(
    @Parent() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<WorkshopOutput | null> {
    if (!item.tickedAt) return null;
    const output = await convertedFrom(this.service, ctx, gql, 'CHECKLIST_TICK', item.id);
    return output && tickStands(item.tickedAt, output.convertedAt) ? output : null;
  }
}
