import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { DISAGREEMENT_MAX_GROUPS, DISAGREEMENT_MIN_GROUPS } from '@app/workflow';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Decider, DecisionSource, DisagreementStatus, RiskKind, RiskStatus } from './register.model';

const NOT_BLANK = { message: 'must not be blank' };
const oneOf = (values: object) => ({ message: `must be one of ${Object.values(values).join(', ')}` });
const SCALE = { message: 'must be a whole number from 1 to 5' };
const PROGRAMME = { message: 'must be a programme id' };

@ArgsType()
export class ProgrammeRegisterArgs {
  @Field(() => ID)
  @IsUUID('all', PROGRAMME)
  programmeId: string;
}

@ArgsType()
export class OutcomePageArgs {
  @Field({ description: 'The token of the programme’s "you said, we did" link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

@InputType()
export class AddRiskInput {
  @Field(() => ID)
  @IsUUID('all', PROGRAMME)
  programmeId: string;

  @Field(() => RiskKind)
  @IsEnum(RiskKind, oneOf(RiskKind))
  kind: RiskKind;

  @Field({ description: 'What could go wrong.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  description: string;

  @Field(() => Int)
  @IsInt(SCALE)
  @Min(1, SCALE)
  @Max(5, SCALE)
  likelihood: number;

  @Field(() => Int)
  @IsInt(SCALE)
  @Min(1, SCALE)
  @Max(5, SCALE)
  impact: number;

  @Field({ nullable: true, description: 'A role or team, not a person’s contact details.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  owner?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  mitigation?: string;

  @Field({ nullable: true, description: 'The mitigation penalises participants (false when left out).' })
  @IsOptional()
  @IsBoolean()
  sanction?: boolean;
}

@InputType({ description: 'Leave a field out to keep it. A status change follows the register’s rules.' })
export class UpdateRiskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a risk id' })
  riskId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => RiskKind, { nullable: true })
  @IsOptional()
  @IsEnum(RiskKind, oneOf(RiskKind))
  kind?: RiskKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(SCALE)
  @Min(1, SCALE)
  @Max(5, SCALE)
  likelihood?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(SCALE)
  @Min(1, SCALE)
  @Max(5, SCALE)
  impact?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  owner?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  mitigation?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  sanction?: boolean;

  @Field(() => RiskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RiskStatus, oneOf(RiskStatus))
  status?: RiskStatus;
}

@InputType()
export class AddDisagreementInput {
  @Field(() => ID)
  @IsUUID('all', PROGRAMME)
  programmeId: string;

  @Field(() => [String], { description: `The groups that differ: ${DISAGREEMENT_MIN_GROUPS} to ${DISAGREEMENT_MAX_GROUPS}, each once.` })
  @IsArray()
  @ArrayMinSize(DISAGREEMENT_MIN_GROUPS, { message: `must name at least ${DISAGREEMENT_MIN_GROUPS} groups` })
  @ArrayMaxSize(DISAGREEMENT_MAX_GROUPS, { message: `must name at most ${DISAGREEMENT_MAX_GROUPS} groups` })
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'must not hold a blank group' })
  @MaxLength(200, { each: true, message: 'must hold groups of at most 200 characters' })
  groups: string[];

  @Field({ description: 'What they differ about.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  subject: string;

  @Field(() => Decider, { description: 'Who is to decide between them.' })
  @IsEnum(Decider, oneOf(Decider))
  decider: Decider;
}

@InputType({ description: 'Leave a field out to keep it. ARBITRATED is reached only by arbitrateDisagreement.' })
export class UpdateDisagreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a disagreement id' })
  disagreementId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(DISAGREEMENT_MIN_GROUPS, { message: `must name at least ${DISAGREEMENT_MIN_GROUPS} groups` })
  @ArrayMaxSize(DISAGREEMENT_MAX_GROUPS, { message: `must name at most ${DISAGREEMENT_MAX_GROUPS} groups` })
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'must not hold a blank group' })
  @MaxLength(200, { each: true, message: 'must hold groups of at most 200 characters' })
  groups?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  subject?: string;

  @Field(() => Decider, { nullable: true })
  @IsOptional()
  @IsEnum(Decider, oneOf(Decider))
  decider?: Decider;

  @Field(() => DisagreementStatus, { nullable: true, description: 'SETTLED, WITHDRAWN, or OPEN again.' })
  @IsOptional()
  @IsIn(['OPEN', 'SETTLED', 'WITHDRAWN'], { message: 'must be one of OPEN, SETTLED, WITHDRAWN (ARBITRATED takes arbitrateDisagreement)' })
  status?: DisagreementStatus;
}

/** What a decision says, shared by an arbitration and a decision recorded from what people said. */
@InputType({ isAbstract: true })
export class DecisionFields {
  @Field({ description: 'What was decided.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  decision: string;

  @Field({ description: 'Why: every decision is recorded with its reason.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  reason: string;

  @Field(() => Decider)
  @IsEnum(Decider, oneOf(Decider))
  decidedBy: Decider;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  decidedOn: string;

  @Field({ nullable: true, description: 'What changed because of it, if known yet.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  result?: string;

  @Field({ nullable: true, description: 'It penalises participants (false when left out).' })
  @IsOptional()
  @IsBoolean()
  sanction?: boolean;
}

@InputType({ description: 'The decision that settles an open disagreement, e.g. the politicians’ arbitration.' })
export class ArbitrateDisagreementInput extends DecisionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a disagreement id' })
  disagreementId: string;

  @Field(() => Int, { description: 'The disagreement’s version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A decision taken on what people said or did: a workshop output, a survey or an initiative.' })
export class RecordDecisionInput extends DecisionFields {
  @Field(() => ID)
  @IsUUID('all', PROGRAMME)
  programmeId: string;

  @Field(() => DecisionSource, { description: 'WORKSHOP_OUTPUT, SURVEY or INITIATIVE (a DISAGREEMENT takes arbitrateDisagreement).' })
  @IsIn(['WORKSHOP_OUTPUT', 'SURVEY', 'INITIATIVE'], {
    message: 'must be one of WORKSHOP_OUTPUT, SURVEY, INITIATIVE (a DISAGREEMENT takes arbitrateDisagreement)',
  })
  sourceKind: DecisionSource;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a workshop output, survey or initiative' })
  sourceId: string;
}

@InputType({ description: 'Leave a field out to keep it: the result once known, whether it is published.' })
export class UpdateDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a decision id' })
  decisionId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters long' })
  result?: string;

  @Field({ nullable: true, description: 'Show it on the "you said, we did" page (true) or take it off (false).' })
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}

@InputType()
export class OutcomePageInput {
  @Field(() => ID)
  @IsUUID('all', PROGRAMME)
  programmeId: string;
}
