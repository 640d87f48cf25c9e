import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { CopyDefaultTemplateInput, DeleteTemplateInput, UpdateTemplateInput } from './workflow-template.inputs';
import { ChecklistRuleInfo, WorkflowTemplate } from './workflow-template.model';
import { WorkflowTemplateArgs } from './workflow-templates.args';
import { WorkflowTemplatesService } from './workflow-templates.service';

@Resolver(() => WorkflowTemplate)
export class WorkflowTemplatesResolver {
  constructor(private readonly templates: WorkflowTemplatesService) {}

  @Query(() => [WorkflowTemplate], { description: "The built-in default template first, then the organisation's own copies." })
  @Can(Action.READ)
  workflowTemplates(@Ctx() ctx: RequestContext): Promise<WorkflowTemplate[]> {
    return this.templates.list(ctx);
  }

  @Query(() => WorkflowTemplate, { description: 'One template: "default" for the built-in one, or the id of one of your copies.' })
  @Can(Action.READ)
  workflowTemplate(@Ctx() ctx: RequestContext, @Args() args: WorkflowTemplateArgs): Promise<WorkflowTemplate> {
    return this.templates.get(ctx, args.id);
  }

  @Query(() => [ChecklistRuleInfo], { description: 'The rules an EVIDENCED checklist item can use.' })
  @Can(Action.READ)
  checklistRules(): ChecklistRuleInfo[] {
    return this.templates.checklistRules();
  }

  @Mutation(() => WorkflowTemplate, { description: "Copies the built-in default into the organisation's own template, to edit." })
  @Can(Action.MANAGE_TEMPLATES)
  // The one mutation whose input may be left out: a copy needs nothing but may be named.
  copyDefaultTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input', { nullable: true }) input?: CopyDefaultTemplateInput,
  ): Promise<WorkflowTemplate> {
    return this.templates.copyDefault(ctx, input ?? {});
  }

  @Mutation(() => WorkflowTemplate, {
    description:
      "Replaces a copy's items and task suggestions (and name) with the lists sent: add, edit, drop and reorder in one checked change.",
  })
  @Can(Action.MANAGE_TEMPLATES)
  updateWorkflowTemplate(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTemplateInput): Promise<WorkflowTemplate> {
    return this.templates.update(ctx, input);
  }

  @Mutation(() => WorkflowTemplate, {
    description: 'Deletes a copy; programmes started from it keep their own snapshot. Returns it as it was.',
  })
  @Can(Action.MANAGE_TEMPLATES)
  deleteWorkflowTemplate(@Ctx() ctx: RequestContext, @Args('input') input: DeleteTemplateInput): Promise<WorkflowTemplate> {
    return this.templates.remove(ctx, input);
  }
}
