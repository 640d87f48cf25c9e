import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { CoproductionFormName, FORM_KEYS } from '@app/mapping';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { WORKSHOP_OUTPUT_KINDS, WORKSHOP_OUTPUT_TEXT_MAX_LENGTH, WORKSHOP_OUTPUTS_PER_CAPTURE } from '@app/workflow';
import { WorkshopOutputKind } from './workshop-output.model';

const NOT_BLANK = { message: 'must not be blank' };
const TEXT_LENGTH = { message: `must be 1 to ${WORKSHOP_OUTPUT_TEXT_MAX_LENGTH} characters long` };
const KIND = { message: `must be one of ${WORKSHOP_OUTPUT_KINDS.join(', ')}` };
const VERSION = [{ message: 'must be a whole number' }, { message: 'must be at least 1' }] as const;

@InputType({ description: 'One output as the room said it.' })
export class WorkshopOutputInput {
  @Field(() => WorkshopOutputKind)
  @IsEnum(WorkshopOutputKind, KIND)
  kind: WorkshopOutputKind;

  @Field()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK) // empty is Length's to report
  @Length(1, WORKSHOP_OUTPUT_TEXT_MAX_LENGTH, TEXT_LENGTH)
  text: string;

  @Field(() => ID, { nullable: true, description: "A section of the workshop's own agenda it came from." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId?: string;
}

@InputType({ description: `Outputs captured together, in the order given: up to ${WORKSHOP_OUTPUTS_PER_CAPTURE}, all kept or none.` })
export class CaptureWorkshopOutputsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;

  @Field(() => [WorkshopOutputInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one output' })
  @ArrayMaxSize(WORKSHOP_OUTPUTS_PER_CAPTURE, { message: `must hold at most ${WORKSHOP_OUTPUTS_PER_CAPTURE} outputs` })
  @ValidateNested({ each: true })
  @Type(() => WorkshopOutputInput)
  outputs: WorkshopOutputInput[];
}

@InputType({ description: 'Changes an output that has not been converted yet; give at least one of kind, text or agendaItemId.' })
export class UpdateWorkshopOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop output id' })
  outputId: string;

  @Field(() => Int)
  @IsInt(VERSION[0])
  @Min(1, VERSION[1])
  version: number;

  @Field(() => WorkshopOutputKind, { nullable: true })
  @IsOptional()
  @IsEnum(WorkshopOutputKind, KIND)
  kind?: WorkshopOutputKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, WORKSHOP_OUTPUT_TEXT_MAX_LENGTH, TEXT_LENGTH)
  text?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId?: string;
}

@InputType()
export class WorkshopOutputVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop output id' })
  outputId: string;

  @Field(() => Int)
  @IsInt(VERSION[0])
  @Min(1, VERSION[1])
  version: number;
}

@InputType({ description: "A task of the workshop's programme and step." })
export class ConvertIntoTaskInput {
  @Field({ nullable: true, description: "The output's text (cut to 200 characters) when left out; the full text is the description." })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'A member of the organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string;
}

@InputType({ description: "An unpublished initiative of the workshop's programme." })
export class ConvertIntoInitiativeInput {
  @Field(() => ID, { description: "One of the organisation's service areas." })
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId: string;

  @Field({ nullable: true, description: "The output's text (cut to fit) when left out." })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  name?: string;

  @Field(() => [CoproductionFormName], { nullable: true, description: 'Forms and sub-forms; none when left out.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsEnum(CoproductionFormName, { each: true, message: `must each be one of ${FORM_KEYS.join(', ')}` })
  forms?: string[];
}

@InputType({ description: "A priority area of the workshop's programme; the output's text is its rationale." })
export class ConvertIntoPriorityAreaInput {
  @Field(() => ID, { description: "One of the organisation's service areas, not yet a priority area of the programme." })
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId: string;
}

@InputType({ description: "Ticks a MANUAL checklist item of the workshop's programme, with the workshop as its evidence." })
export class ConvertIntoChecklistTickInput {
  @Field({ description: 'The key of the item, e.g. map.record_existing.' })
  @IsString()
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, { message: 'must be a checklist item key such as map.record_existing' })
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  itemKey: string;
}

@InputType({ description: 'Exactly one of these: the record the output becomes.' })
export class WorkshopConversionTarget {
  @Field(() => ConvertIntoTaskInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertIntoTaskInput)
  task?: ConvertIntoTaskInput;

  @Field(() => ConvertIntoInitiativeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertIntoInitiativeInput)
  initiative?: ConvertIntoInitiativeInput;

  @Field(() => ConvertIntoPriorityAreaInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertIntoPriorityAreaInput)
  priorityArea?: ConvertIntoPriorityAreaInput;

  @Field(() => ConvertIntoChecklistTickInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertIntoChecklistTickInput)
  checklistTick?: ConvertIntoChecklistTickInput;
}

@InputType({ description: 'Turns an output into the record it describes, in one step; the output keeps a link to it.' })
export class ConvertWorkshopOutputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop output id' })
  outputId: string;

  @Field(() => Int)
  @IsInt(VERSION[0])
  @Min(1, VERSION[1])
  version: number;

  @Field(() => WorkshopConversionTarget)
  @ValidateNested()
  @Type(() => WorkshopConversionTarget)
  into: WorkshopConversionTarget;
}
