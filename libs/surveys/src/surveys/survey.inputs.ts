import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { JSONObjectScalar } from '@app/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SurveyLawfulBasis, SurveyPolicyArea, SurveySamplingMethod } from './survey.model';

const NOT_BLANK = { message: 'must not be blank' };
const AREA = { each: true, message: `must each be one of ${Object.values(SurveyPolicyArea).join(', ')}` };
const LAWFUL_BASIS = { message: `must be one of ${Object.values(SurveyLawfulBasis).join(', ')}` };
/** The longest purpose a survey may give: a short paragraph residents read on a phone. */
export const MAX_SURVEY_PURPOSE = 1000;
const SAMPLING = { message: `must be one of ${Object.values(SurveySamplingMethod).join(', ')}` };

/** How `answers` is written everywhere (GraphQL, the public link's JSON, one CSV row). */
export const ANSWERS_DESCRIPTION =
  'Question key → NEVER, SOMETIMES or OFTEN, e.g. `{ "safety.q1": "OFTEN", "safety.q2": "NEVER" }`. A question left out (or null) was not answered; ' +
  'at least one must be answered. Unknown keys and other values are refused, each named.';

@InputType()
export class CreateSurveyInput {
  @Field({ description: 'What residents see at the top of the form, e.g. "Riverside residents survey 2026". Up to 200 characters.' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(200)
  title: string;

  @Field(() => [SurveyPolicyArea], {
    description: 'The policy areas to ask about, in this order; the five default questions of each are copied onto the survey.',
  })
  @ArrayMinSize(1, { message: 'must name at least one policy area' })
  @ArrayMaxSize(Object.values(SurveyPolicyArea).length)
  @ArrayUnique({ message: 'must not name an area twice' })
  @IsEnum(SurveyPolicyArea, AREA)
  areas: SurveyPolicyArea[];

  @Field(() => SurveySamplingMethod, { description: 'How respondents will be found; every result is shown with it and its caveat.' })
  @IsEnum(SurveySamplingMethod, SAMPLING)
  samplingMethod: SurveySamplingMethod;

  @Field(() => String, {
    nullable: true,
    description: `What the survey is for and what will be done with the answers, in plain words; residents read it above the questions. Up to ${MAX_SURVEY_PURPOSE} characters.`,
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(MAX_SURVEY_PURPOSE)
  purpose?: string | null;

  @Field(() => SurveyLawfulBasis, {
    nullable: true,
    description: 'The lawful basis for asking and keeping the answers; residents are told it on the form.',
  })
  @IsOptional()
  @IsEnum(SurveyLawfulBasis, LAWFUL_BASIS)
  lawfulBasis?: SurveyLawfulBasis | null;

  @Field({
    nullable: true,
    description: 'True: only personal single-use links (issueSurveyRespondentTokens) take answers, not the open link. False if left out.',
  })
  @IsOptional()
  @IsBoolean()
  respondentTokensRequired?: boolean;

  @Field({
    nullable: true,
    description:
      'True: also ask the optional questions on what goes with coproduction (Parrado et al. 2013): whether people feel they can change things ' +
      '(political self-efficacy), and how often conditions in each area surveyed trouble them. They count in no index; results show how they ' +
      'go together with it, as associations. False if left out.',
  })
  @IsOptional()
  @IsBoolean()
  askDrivers?: boolean;
}

/** At most this many personal links in one call; more calls give more. */
export const MAX_RESPONDENT_TOKENS_PER_CALL = 1000;

@InputType()
export class IssueSurveyRespondentTokensInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId: string;

  @Field(() => Int, {
    description: `How many personal links to issue: one per person on your list, 1 to ${MAX_RESPONDENT_TOKENS_PER_CALL} a call.`,
  })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_RESPONDENT_TOKENS_PER_CALL, { message: `must be at most ${MAX_RESPONDENT_TOKENS_PER_CALL} (call again for more)` })
  count: number;
}

@InputType()
export class RequireSurveyRespondentTokensInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'True: only personal links take answers and the open link refuses them. False: the open link takes answers too.' })
  @IsBoolean()
  required: boolean;
}

@InputType()
export class RotateSurveyLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId: string;
}

@InputType()
export class CloseSurveyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId: string;

  @Field(() => Int, { description: 'The version you saw; a stale one answers CONFLICT and changes nothing.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class RecordSurveyResponseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a survey id' })
  surveyId: string;

  @Field(() => JSONObjectScalar, { description: ANSWERS_DESCRIPTION })
  @IsObject({ message: 'must be an object of question key → NEVER, SOMETIMES or OFTEN' })
  answers: Record<string, unknown>;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field({ description: 'The token of the survey’s public response link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => JSONObjectScalar, { description: ANSWERS_DESCRIPTION })
  @IsObject({ message: 'must be an object of question key → NEVER, SOMETIMES or OFTEN' })
  answers: Record<string, unknown>;
}
