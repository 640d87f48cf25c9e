import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, ConnectionType, Ctx, RequestContext, toConnection } from '@app/common';
import { CreateWorkshopTemplateInput, DeleteWorkshopTemplateInput, UpdateWorkshopTemplateInput } from './workshop-template.inputs';
import { WorkshopTemplate } from './workshop-template.model';
import { MyWorkshopTemplatesArgs } from './workshop-templates.args';
import { WorkshopTemplatesService } from './workshop-templates.service';

const WorkshopTemplateConnection = ConnectionType(WorkshopTemplate);

/** A person's own workshop templates: only their owner ever sees or changes them, in whichever organisation they act. */
@Resolver(() => WorkshopTemplate)
export class WorkshopTemplatesResolver {
  constructor(private readonly templates: WorkshopTemplatesService) {}

  @Query(() => WorkshopTemplateConnection, { description: 'Your own workshop templates, most recently changed first.' })
  @Can(Action.READ)
  async myWorkshopTemplates(@Ctx() ctx: RequestContext, @Args() args: MyWorkshopTemplatesArgs): Promise<Connection<WorkshopTemplate>> {
    const [rows, total] = await this.templates.page(ctx, args);
    return toConnection(rows, total, args);
  }

  @Mutation(() => WorkshopTemplate, { description: 'Keeps a workshop template of your own, to reuse in every organisation you serve.' })
  @Can(Action.PLAN)
  createWorkshopTemplate(@Ctx() ctx: RequestContext, @Args('input') input: CreateWorkshopTemplateInput): Promise<WorkshopTemplate> {
    return this.templates.create(ctx, input);
  }

  @Mutation(() => WorkshopTemplate)
  @Can(Action.PLAN)
  updateWorkshopTemplate(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWorkshopTemplateInput): Promise<WorkshopTemplate> {
    return this.templates.update(ctx, input);
  }

  @Mutation(() => WorkshopTemplate, { description: 'Deletes one of your templates; workshops planned from it keep their copies.' })
  @Can(Action.PLAN)
  deleteWorkshopTemplate(@Ctx() ctx: RequestContext, @Args('input') input: DeleteWorkshopTemplateInput): Promise<WorkshopTemplate> {
    return this.templates.delete(ctx, input);
  }
}
