import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { StepName } from '@app/programmes';
import { AGENDA_MAX_SECTIONS, AGENDA_TITLE_MAX_LENGTH, STEPS } from '@app/workflow';
import { AgendaSectionInput } from '../workshops/workshop.inputs';

const NOT_BLANK = { message: 'must not be blank' };
const TITLE_LENGTH = { message: `must be 1 to ${AGENDA_TITLE_MAX_LENGTH} characters long` };
const STEP = { message: `must be one of ${STEPS.join(', ')}` };
const SECTIONS = { message: `must hold at most ${AGENDA_MAX_SECTIONS} sections` };

@InputType({ description: "A template of your own; without sections it starts from the step's suggested agenda." })
export class CreateWorkshopTemplateInput {
  @Field()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, AGENDA_TITLE_MAX_LENGTH, TITLE_LENGTH)
  title: string;

  @Field(() => StepName)
  @IsEnum(StepName, STEP)
  step: StepName;

  @Field(() => [AgendaSectionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX_SECTIONS, SECTIONS)
  @ValidateNested({ each: true })
  @Type(() => AgendaSectionInput)
  sections?: AgendaSectionInput[];
}

@InputType({ description: 'Leave a field out to keep it; sections, when given, replace them all.' })
export class UpdateWorkshopTemplateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop template id' })
  templateId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, AGENDA_TITLE_MAX_LENGTH, TITLE_LENGTH)
  title?: string;

  @Field(() => StepName, { nullable: true })
  @IsOptional()
  @IsEnum(StepName, STEP)
  step?: StepName;

  @Field(() => [AgendaSectionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX_SECTIONS, SECTIONS)
  @ValidateNested({ each: true })
  @Type(() => AgendaSectionInput)
  sections?: AgendaSectionInput[];
}

@InputType()
export class DeleteWorkshopTemplateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop template id' })
  templateId: string;

  @Field(() => Int, { description: 'The version you saw.' })
  @IsInt()
  @Min(1)
  version: number;
}
