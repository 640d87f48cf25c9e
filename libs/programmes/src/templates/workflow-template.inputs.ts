import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TEMPLATE_GUIDANCE_MAX_LENGTH, TEMPLATE_TITLE_MAX_LENGTH } from '@app/workflow';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { StepName } from '../step.enum';
import { ChecklistKindName } from './workflow-template.model';

// Generous for a five-step checklist, and small enough that one edit stays a small document.
export const TEMPLATE_MAX_ITEMS = 200;
export const TEMPLATE_MAX_TASK_SUGGESTIONS = 200;
const DESCRIPTION_MAX_LENGTH = 2000;

const STEP_MESSAGE = `must be one of ${Object.values(StepName).join(', ')}`;
const TITLE_MESSAGE = `must be 1 to ${TEMPLATE_TITLE_MAX_LENGTH} characters long`;
const NOT_BLANK = /^$|\S/; // empty is Length's to report

@InputType()
export class CopyDefaultTemplateInput {
  @Field({ nullable: true, description: "The name of the copy; the default template's name if left out." })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @Length(1, TEMPLATE_TITLE_MAX_LENGTH, { message: TITLE_MESSAGE })
  name?: string;
}

@InputType({ description: 'A checklist item as it should be; items are sent whole, in the order wanted.' })
export class TemplateItemInput {
  @Field({
    description:
      'Stable identifier, unique in the template: lower-case letters, digits, underscores and dots, e.g. "map.record_existing". Keep it when editing an item.',
  })
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  key: string;

  @Field(() => StepName)
  @IsEnum(StepName, { message: STEP_MESSAGE })
  step: StepName;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @Length(1, TEMPLATE_TITLE_MAX_LENGTH, { message: TITLE_MESSAGE })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEMPLATE_GUIDANCE_MAX_LENGTH, { message: `must be at most ${TEMPLATE_GUIDANCE_MAX_LENGTH} characters long` })
  guidance: string;

  @Field()
  @IsBoolean({ message: 'must be true (required) or false (advisory)' })
  required: boolean;

  @Field(() => ChecklistKindName)
  @IsEnum(ChecklistKindName, { message: `must be one of ${Object.values(ChecklistKindName).join(', ')}` })
  kind: ChecklistKindName;

  @Field(() => String, { nullable: true, description: 'For EVIDENCED items: one of the `checklistRules` ids. Leave out for MANUAL items.' })
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'must be 1 to 64 characters long' })
  rule?: string | null;

  @Field({ description: 'Where the item comes from, e.g. "Kannan & Chang 2013" or "our own practice".' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  source: string;
}

@InputType()
export class TaskSuggestionInput {
  @Field(() => StepName)
  @IsEnum(StepName, { message: STEP_MESSAGE })
  step: StepName;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @Length(1, TEMPLATE_TITLE_MAX_LENGTH, { message: TITLE_MESSAGE })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH, { message: `must be at most ${DESCRIPTION_MAX_LENGTH} characters long` })
  description: string;
}

/**
 * The template as it should be: the whole lists are sent, so adding, editing, dropping and
 * reordering items or suggestions is one change, checked as a whole.
 */
@InputType()
export class UpdateTemplateInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64, { message: 'must be a workflow template id' })
  templateId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Left out: the name stays as it is.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @Length(1, TEMPLATE_TITLE_MAX_LENGTH, { message: TITLE_MESSAGE })
  name?: string;

  @Field(() => [TemplateItemInput])
  @IsArray()
  @ArrayMaxSize(TEMPLATE_MAX_ITEMS, { message: `must hold at most ${TEMPLATE_MAX_ITEMS} items` })
  @ValidateNested({ each: true })
  @Type(() => TemplateItemInput)
  items: TemplateItemInput[];

  @Field(() => [TaskSuggestionInput])
  @IsArray()
  @ArrayMaxSize(TEMPLATE_MAX_TASK_SUGGESTIONS, { message: `must hold at most ${TEMPLATE_MAX_TASK_SUGGESTIONS} suggestions` })
  @ValidateNested({ each: true })
  @Type(() => TaskSuggestionInput)
  taskSuggestions: TaskSuggestionInput[];
}

@InputType()
export class DeleteTemplateInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64, { message: 'must be a workflow template id' })
  templateId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
