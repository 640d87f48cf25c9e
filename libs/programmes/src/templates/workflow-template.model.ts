import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import { CHECKLIST_KINDS, type ChecklistKind } from '@app/workflow';
import { StepName } from '../step.enum';

/** libs/workflow's `CHECKLIST_KINDS` as a GraphQL enum. */
export const ChecklistKindName = graphqlEnum(CHECKLIST_KINDS, {
  name: 'ChecklistKind',
  description: 'MANUAL items are ticked by a person with evidence; EVIDENCED items are checked by a rule over the records.',
});
export type ChecklistKindName = ChecklistKind;

/** The built-in default has no row; it answers to this id. */
export const DEFAULT_TEMPLATE_ID = 'default';

@ObjectType({ description: 'One checklist item of a template step, copied into each programme that starts from it.' })
export class TemplateItem {
  @Field({ description: 'Stable identifier within the template, e.g. "map.record_existing".' })
  key: string;

  @Field(() => StepName)
  step: StepName;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field({ description: "Required items hold the step's gate shut until satisfied; advisory ones only inform." })
  required: boolean;

  @Field(() => ChecklistKindName)
  kind: ChecklistKindName;

  @Field(() => String, {
    nullable: true,
    description: 'The rule that checks an EVIDENCED item (see `checklistRules`); null for MANUAL items.',
  })
  rule: string | null;

  @Field({ description: 'Where the item comes from, e.g. "Kannan & Chang 2013".' })
  source: string;
}

@ObjectType({ description: 'A task a template suggests for a step.' })
export class TaskSuggestion {
  @Field(() => StepName)
  step: StepName;

  @Field()
  title: string;

  @Field()
  description: string;
}

@ObjectType({ description: "The built-in default template or one of the organisation's own copies." })
export class WorkflowTemplate {
  @Field(() => ID, { description: '"default" for the built-in template.' })
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'The content version; a programme records the one it started with.' })
  templateVersion: number;

  @Field(() => Int, { description: 'The version to send with an edit; a stale one answers CONFLICT.' })
  version: number;

  @Field({ description: 'True for the built-in template, which cannot be edited: copy it instead.' })
  isDefault: boolean;

  @Field(() => [TemplateItem], { description: 'Checklist items, in order.' })
  items: TemplateItem[];

  @Field(() => [TaskSuggestion])
  taskSuggestions: TaskSuggestion[];

  @Field(() => Date, { nullable: true, description: 'Null for the built-in template.' })
  updatedAt: Date | null;
}

@ObjectType({ description: 'A rule an EVIDENCED checklist item can use.' })
export class ChecklistRuleInfo {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;
}
