import { Field, ID, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { StepName } from '@app/programmes';
import { AGENDA_MAX_MINUTES, AGENDA_MAX_SECTIONS, AGENDA_TITLE_MAX_LENGTH, STEPS } from '@app/workflow';

const NOT_BLANK = { message: 'must not be blank' };
const TITLE_LENGTH = { message: `must be 1 to ${AGENDA_TITLE_MAX_LENGTH} characters long` };
const STEP = { message: `must be one of ${STEPS.join(', ')}` };
const HTTPS = { message: 'must be an https link' };
const MINUTES = [
  { message: 'must be a whole number of minutes' },
  { message: 'must be at least 1 minute' },
  { message: `must be at most ${AGENDA_MAX_MINUTES} minutes` },
] as const;
const CHECKLIST_KEY = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const MAX_ATTENDEES = 200;

/** A section of an agenda or of a template. */
@InputType()
export class AgendaSectionInput {
  @Field()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, AGENDA_TITLE_MAX_LENGTH, TITLE_LENGTH)
  title: string;

  @Field(() => Int, { description: `Suggested length, 1 to ${AGENDA_MAX_MINUTES} minutes.` })
  @IsInt(MINUTES[0])
  @Min(1, MINUTES[1])
  @Max(AGENDA_MAX_MINUTES, MINUTES[2])
  minutes: number;

  @Field(() => [String], { nullable: true, description: "Keys of the step's checklist items the section works towards." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CHECKLIST_KEY, { each: true, message: 'must be checklist item keys such as map.record_existing' })
  checklistKeys?: string[];
}

@InputType({
  description:
    "A workshop of a programme. From a template (templateId, one of your own), the step, title and agenda come from it unless given; without one the title is the step's name and the agenda the step's suggested one.",
})
export class PlanWorkshopInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'One of your own workshop templates (myWorkshopTemplates), copied into the organisation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a workshop template id' })
  templateId?: string;

  @Field(() => StepName, { nullable: true, description: "The template's step, else the programme's current step, when left out." })
  @IsOptional()
  @IsEnum(StepName, STEP)
  step?: StepName;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, AGENDA_TITLE_MAX_LENGTH, TITLE_LENGTH)
  title?: string;

  @Field({ description: 'With its offset or Z, e.g. 2027-03-04T09:30:00+00:00.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  startsAt: Date;

  @Field({ description: 'After startsAt.' })
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  endsAt: Date;

  @Field({ nullable: true, description: 'Where the room meets, in words.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, HTTPS)
  @MaxLength(2000)
  onlineUrl?: string;

  @Field(() => ID, { description: 'A member of the organisation, usually a CONSULTANT.' })
  @IsUUID('all', { message: 'must be a user id' })
  facilitatorUserId: string;

  @Field(() => [ID], { nullable: true, description: 'Members expected, by user id.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsUUID('all', { each: true, message: 'must be user ids' })
  attendeeUserIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Participants expected; each must have a lawful basis recorded.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsUUID('all', { each: true, message: 'must be participant ids' })
  attendeeParticipantIds?: string[];
}

@InputType({ description: 'A workshop and the version you saw: to start, end or cancel it.' })
export class WorkshopVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({
  description:
    "Leave a field out (or send it as null) to keep it; the fields are planWorkshop's, less the programme, template and step. The attendee lists, when given, replace the lists; an empty place clears it.",
})
export class UpdateWorkshopInput extends IntersectionType(
  WorkshopVersionInput,
  PartialType(OmitType(PlanWorkshopInput, ['programmeId', 'templateId', 'step'] as const)),
) {
  @Field({ nullable: true, description: 'Empties the online link.' })
  @IsOptional()
  @IsBoolean()
  clearOnlineUrl?: boolean;
}

@InputType()
export class AddWorkshopAgendaItemInput extends IntersectionType(AgendaSectionInput, WorkshopVersionInput) {
  @Field(() => Int, { nullable: true, description: 'Where it goes (1 is first); at the end when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1 or more' })
  position?: number;
}

@InputType()
export class RemoveWorkshopAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field(() => Int, { description: "The workshop's version you saw." })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'Leave a field out (or send it as null) to keep it; checklistKeys, when given, replace the list.' })
export class UpdateWorkshopAgendaItemInput extends IntersectionType(RemoveWorkshopAgendaItemInput, PartialType(AgendaSectionInput)) {}

@InputType({ description: "The workshop's agenda items in their new order: every item, each once." })
export class ReorderWorkshopAgendaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;

  @Field(() => Int, { description: "The workshop's version you saw." })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX_SECTIONS)
  @IsUUID('all', { each: true, message: 'must be agenda item ids' })
  agendaItemIds: string[];
}
