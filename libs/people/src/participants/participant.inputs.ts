import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
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
import { LawfulBasis, ParticipantKind } from './participant.model';

const BLANK = { message: 'must not be blank' };
const SCORE = { min: 'must be a whole number from 1 to 5', int: 'must be a whole number from 1 to 5' };
/** More hours than a month has is a typing slip. */
const MAX_HOURS_A_MONTH = 744;

@InputType({ description: 'The lawful basis for holding the personal details; what each basis needs is checked together.' })
export class LawfulBasisInput {
  @Field(() => LawfulBasis)
  @IsEnum(LawfulBasis, { message: `must be one of ${Object.values(LawfulBasis).join(', ')}` })
  basis: LawfulBasis;

  @Field(() => Date, { nullable: true, description: 'CONSENT (needed): when it was given; not in the future.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  consentGivenAt?: Date;

  @Field({ nullable: true, description: 'CONSENT (needed): what it was given for.' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @MaxLength(500)
  consentPurposes?: string;

  @Field({ nullable: true, description: 'CONSENT (needed): by what means, e.g. "signed form at the library drop-in".' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @MaxLength(200)
  consentMeans?: string;

  @Field({ nullable: true, description: 'OTHER (needed): the basis, named, e.g. "legitimate interests: staff volunteering scheme".' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @MaxLength(500)
  otherBasis?: string;
}

@InputType({ description: 'Nothing personal (name, contact, notes) may be given without a lawful basis.' })
export class RegisterParticipantInput {
  @Field(() => ParticipantKind)
  @IsEnum(ParticipantKind, { message: `must be one of ${Object.values(ParticipantKind).join(', ')}` })
  kind: ParticipantKind;

  @Field({ nullable: true, description: 'Personal: needs a lawful basis.' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  displayName?: string;

  @Field({ nullable: true, description: 'Personal: needs a lawful basis. An email address, a phone number, or how else to reach them.' })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @MaxLength(300)
  contact?: string;

  @Field({ nullable: true, description: 'Personal (free text may describe the person): needs a lawful basis.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @Field(() => [ID], { nullable: true, description: "Skills from the organisation's list." })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must each be a skill id' })
  skillIds?: string[];

  @Field(() => Int, { description: 'How keen they are, 1 (reluctant) to 5 (very keen).' })
  @IsInt({ message: SCORE.int })
  @Min(1, { message: SCORE.min })
  @Max(5, { message: SCORE.min })
  motivation: number;

  @Field(() => Int, { description: 'Hours a month they can give (0 or more).' })
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(MAX_HOURS_A_MONTH, { message: `must be at most ${MAX_HOURS_A_MONTH} (the hours in a month)` })
  hoursPerMonth: number;

  @Field(() => LawfulBasisInput, { nullable: true, description: 'Needed as soon as anything personal is given.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LawfulBasisInput)
  lawfulBasis?: LawfulBasisInput;
}

@InputType({ description: 'Fields left out stay as they are; the clear… flags empty an optional one.' })
export class UpdateParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant id' })
  participantId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ParticipantKind, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipantKind, { message: `must be one of ${Object.values(ParticipantKind).join(', ')}` })
  kind?: ParticipantKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, BLANK)
  @MaxLength(300)
  contact?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the skills held.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must each be a skill id' })
  skillIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: SCORE.int })
  @Min(1, { message: SCORE.min })
  @Max(5, { message: SCORE.min })
  motivation?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(MAX_HOURS_A_MONTH, { message: `must be at most ${MAX_HOURS_A_MONTH} (the hours in a month)` })
  hoursPerMonth?: number;

  @Field(() => LawfulBasisInput, { nullable: true, description: 'Replaces the basis recorded, with everything it needs.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LawfulBasisInput)
  lawfulBasis?: LawfulBasisInput;

  @Field({ nullable: true, description: 'Removes the display name.' })
  @IsOptional()
  @IsBoolean()
  clearDisplayName?: boolean;

  @Field({ nullable: true, description: 'Removes the contact.' })
  @IsOptional()
  @IsBoolean()
  clearContact?: boolean;

  @Field({ nullable: true, description: 'Removes the notes.' })
  @IsOptional()
  @IsBoolean()
  clearNotes?: boolean;
}

@InputType()
export class EraseParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant id' })
  participantId: string;
}
