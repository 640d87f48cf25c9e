import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FORM_KEYS } from '../forms';
import { CoproductionFormName, InitiativeStatus, Motivation, Participation } from './initiative.model';

export const MAX_INITIATIVES_PER_BATCH = 200;
export const MAX_PUBLISH_PER_CALL = 500;

/** The limits every way in shares (GraphQL inputs here, and `upsertMany` for imports). */
export const INITIATIVE_LIMITS = {
  name: 200,
  description: 10_000,
  publicBodyInput: 2_000,
  contact: 300,
  externalRef: 100,
  peopleInvolved: 100_000_000,
} as const;

const oneOf = (values: object) => ({ message: `must be one of ${Object.values(values).join(', ')}` });
const FORMS_MESSAGE = { each: true, message: `must each be one of ${FORM_KEYS.join(', ')}` };
const NAME_LENGTH = { message: `must be 1 to ${INITIATIVE_LIMITS.name} characters long` };
const REF_LENGTH = { message: `must be 1 to ${INITIATIVE_LIMITS.externalRef} characters long` };
const atMost = (n: number) => ({ message: `must be at most ${n.toLocaleString('en-GB')} characters long` });

@InputType({ description: 'A coproduction activity; only the name and service area are needed, the rest has defaults.' })
export class CreateInitiativeInput {
  @Field()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, INITIATIVE_LIMITS.name, NAME_LENGTH)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.description, atMost(INITIATIVE_LIMITS.description))
  description?: string;

  @Field(() => ID, { description: "One of the organisation's service areas." })
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId: string;

  @Field(() => [CoproductionFormName], {
    nullable: true,
    description: 'Forms and sub-forms; a sub-form brings its form with it. None when omitted.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_KEYS.length * 2)
  @IsEnum(CoproductionFormName, FORMS_MESSAGE)
  forms?: string[];

  @Field(() => Participation, { nullable: true, description: 'COLLECTIVE when omitted.' })
  @IsOptional()
  @IsEnum(Participation, oneOf(Participation))
  participation?: Participation;

  @Field(() => Motivation, { nullable: true, description: 'VOLUNTARY when omitted.' })
  @IsOptional()
  @IsEnum(Motivation, oneOf(Motivation))
  motivation?: Motivation;

  @Field(() => Int, { nullable: true, description: 'Unknown when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(INITIATIVE_LIMITS.peopleInvolved)
  peopleInvolved?: number;

  @Field({
    nullable: true,
    description:
      'What the public body puts in. Leave it blank for self-organisation: it is recorded but kept out of the coproduction counts.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.publicBodyInput, atMost(INITIATIVE_LIMITS.publicBodyInput))
  publicBodyInput?: string;

  @Field(() => InitiativeStatus, { nullable: true, description: 'ACTIVE when omitted (mapping records what goes on now).' })
  @IsOptional()
  @IsEnum(InitiativeStatus, oneOf(InitiativeStatus))
  status?: InitiativeStatus;

  @Field({ nullable: true, description: 'Shown to members only, never in the published feed.' })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.contact, atMost(INITIATIVE_LIMITS.contact))
  contact?: string;

  @Field({ nullable: true, description: 'False when omitted; true needs a role that may publish (ADMIN or PROGRAMME_MANAGER).' })
  @IsOptional()
  @IsBoolean()
  published?: boolean;

  @Field({ nullable: true, description: 'A stable key from a spreadsheet, unique in the organisation.' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, INITIATIVE_LIMITS.externalRef, REF_LENGTH)
  externalRef?: string;

  @Field(() => ID, { nullable: true, description: 'The programme whose mapping found it; the map can be read per programme.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;
}

@InputType({
  description: `Several initiatives at once, for fast capture in a workshop: up to ${MAX_INITIATIVES_PER_BATCH}, all recorded or none.`,
})
export class CreateInitiativesInput {
  @Field(() => [CreateInitiativeInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one initiative' })
  @ArrayMaxSize(MAX_INITIATIVES_PER_BATCH, { message: `must hold at most ${MAX_INITIATIVES_PER_BATCH} initiatives` })
  @ValidateNested({ each: true })
  @Type(() => CreateInitiativeInput)
  initiatives: CreateInitiativeInput[];
}

/** The initiative and the version the client saw: every change takes both. */
@InputType()
export class InitiativeVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({
  description:
    'Edits an initiative; fields left out (or null) stay as they are. Changing a published one, or publishing, needs ADMIN or PROGRAMME_MANAGER.',
})
export class UpdateInitiativeInput extends InitiativeVersionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, INITIATIVE_LIMITS.name, NAME_LENGTH)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.description, atMost(INITIATIVE_LIMITS.description))
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId?: string;

  @Field(() => [CoproductionFormName], { nullable: true, description: 'Replaces the forms; an empty list removes them all.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FORM_KEYS.length * 2)
  @IsEnum(CoproductionFormName, FORMS_MESSAGE)
  forms?: string[];

  @Field(() => Participation, { nullable: true })
  @IsOptional()
  @IsEnum(Participation, oneOf(Participation))
  participation?: Participation;

  @Field(() => Motivation, { nullable: true })
  @IsOptional()
  @IsEnum(Motivation, oneOf(Motivation))
  motivation?: Motivation;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(INITIATIVE_LIMITS.peopleInvolved)
  peopleInvolved?: number;

  @Field({ nullable: true, description: 'Set it to "" to record the initiative as self-organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.publicBodyInput, atMost(INITIATIVE_LIMITS.publicBodyInput))
  publicBodyInput?: string;

  @Field(() => InitiativeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InitiativeStatus, oneOf(InitiativeStatus))
  status?: InitiativeStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.contact, atMost(INITIATIVE_LIMITS.contact))
  contact?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, INITIATIVE_LIMITS.externalRef, REF_LENGTH)
  externalRef?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;

  @Field({ nullable: true, description: 'Forget how many people take part (a null peopleInvolved means "leave it as it is").' })
  @IsOptional()
  @IsBoolean()
  clearPeopleInvolved?: boolean;

  @Field({ nullable: true, description: 'Detach the initiative from its programme.' })
  @IsOptional()
  @IsBoolean()
  clearProgramme?: boolean;

  @Field({ nullable: true, description: 'Remove the external reference.' })
  @IsOptional()
  @IsBoolean()
  clearExternalRef?: boolean;
}

@InputType({ description: "Shows (published: true) or hides initiatives in the organisation's published feed." })
export class PublishInitiativesInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one initiative' })
  @ArrayMaxSize(MAX_PUBLISH_PER_CALL, { message: `must name at most ${MAX_PUBLISH_PER_CALL} initiatives` })
  @IsUUID('all', { each: true, message: 'must each be an initiative id' })
  initiativeIds: string[];

  @Field()
  @IsBoolean()
  published: boolean;
}
