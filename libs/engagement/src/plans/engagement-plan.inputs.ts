import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { IncentiveKind, ParticipantResourceKind } from './engagement-plan.model';

const NOT_BLANK = { message: 'must not be blank' };
const KIND = { message: `must be one of ${Object.values(IncentiveKind).join(', ')}` };
const RESOURCE_KIND = { message: `must be one of ${Object.values(ParticipantResourceKind).join(', ')}` };
const PLAN_VERSION_TO_ADD =
  'The plan version you saw; when given and stale, nothing is added (CONFLICT). Leave it out to add whatever changed meanwhile.';
const PLAN_VERSION_TO_CHANGE = 'The plan version you saw; a stale one answers CONFLICT and changes nothing.';

@InputType()
export class CreateEngagementPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;
}

/** Fields every addition to a plan has: the pilot, and optionally the plan version the client saw. */
@InputType({ isAbstract: true })
abstract class AddToPlanInput {
  @Field(() => ID, { description: 'The pilot; its engagement plan is created with the first addition.' })
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => Int, { nullable: true, description: PLAN_VERSION_TO_ADD })
  @IsOptional()
  @IsInt()
  @Min(1)
  planVersion?: number;
}

@InputType({ isAbstract: true })
abstract class ChangePlanInput {
  @Field(() => Int, { description: PLAN_VERSION_TO_CHANGE })
  @IsInt()
  @Min(1)
  planVersion: number;
}

@InputType()
export class AddIncentiveInput extends AddToPlanInput {
  @Field(() => IncentiveKind)
  @IsEnum(IncentiveKind, KIND)
  kind: IncentiveKind;

  @Field()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000)
  description: string;

  @Field({ nullable: true, description: 'Who it is for (e.g. "young carers"); everyone taking part when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  audience?: string;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateIncentiveInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an incentive id' })
  incentiveId: string;

  @Field(() => IncentiveKind, { nullable: true })
  @IsOptional()
  @IsEnum(IncentiveKind, KIND)
  kind?: IncentiveKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  audience?: string;
}

@InputType()
export class RemoveIncentiveInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an incentive id' })
  incentiveId: string;
}

@InputType({ description: 'A new version of the terms: the version after the newest one saved.' })
export class SaveEngagementTermsInput extends AddToPlanInput {
  @Field({ description: 'What citizens can expect from the public body.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(20_000)
  expectations: string;

  @Field({ description: 'The rules of engagement: what is asked of participants, and how things are decided.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(20_000)
  rulesOfEngagement: string;
}

@InputType()
export class PublishEngagementTermsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  pilotId: string;

  @Field(() => Int, { description: 'The terms version to publish (EngagementTerms.version).' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class AddCommunicationActionInput extends AddToPlanInput {
  @Field({ description: 'e.g. "Leaflet", "Ward newsletter", "Community radio".' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  channel: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  audience?: string;

  @Field()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(5000)
  message: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after startsOn.' })
  @IsOptional()
  @IsLocalDate()
  endsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;
}

@InputType({ description: 'Leave a field out to keep it; the clear… flags empty a date.' })
export class UpdateCommunicationActionInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a communication action id' })
  communicationActionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  channel?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  audience?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(5000)
  message?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  endsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clearStartsOn?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  clearEndsOn?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;
}

@InputType()
export class RemoveCommunicationActionInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a communication action id' })
  communicationActionId: string;
}

@InputType()
export class AddParticipantResourceInput extends AddToPlanInput {
  @Field(() => ParticipantResourceKind)
  @IsEnum(ParticipantResourceKind, RESOURCE_KIND)
  kind: ParticipantResourceKind;

  @Field({ description: 'e.g. "Two training evenings on running a repair café", "Use of the library meeting room".' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000)
  description: string;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateParticipantResourceInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant resource id' })
  participantResourceId: string;

  @Field(() => ParticipantResourceKind, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipantResourceKind, RESOURCE_KIND)
  kind?: ParticipantResourceKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class RemoveParticipantResourceInput extends ChangePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant resource id' })
  participantResourceId: string;
}
