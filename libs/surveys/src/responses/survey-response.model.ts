import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '@app/common';
import { FREQUENCIES } from '@app/workflow';
import { areaLabel, SurveyFrequency, SurveyLawfulBasis, SurveyPolicyArea, SurveyResponseChannel } from '../surveys/survey.model';
import type { SurveyEntity } from '../surveys/survey.entity';

@ObjectType({ description: "One resident's answers to a survey. Anonymous: no name, contact or account is kept with it." })
export class SurveyResponseRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  surveyId: string;

  @Field(() => SurveyResponseChannel)
  channel: SurveyResponseChannel;

  @Field(() => JSONObjectScalar, { description: 'Question key → NEVER, SOMETIMES or OFTEN; unanswered questions are left out.' })
  answers: Record<string, string>;

  @Field()
  submittedAt: Date;
}

@ObjectType({ description: 'What someone answering through the public link is told: received, and nothing about the organisation.' })
export class SurveySubmission {
  @Field()
  received: boolean;

  @Field(() => Int, { description: 'How many questions the response answered.' })
  answered: number;

  @Field()
  message: string;
}

@ObjectType({ description: 'A question on the public form: its key (to answer under) and its text.' })
export class SurveyFormQuestion {
  @Field()
  key: string;

  @Field()
  text: string;
}

@ObjectType()
export class SurveyFormArea {
  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  label: string;

  @Field(() => [SurveyFormQuestion])
  questions: SurveyFormQuestion[];
}

@ObjectType({
  description:
    "The public response form: the survey's title, what it is for and its lawful basis (when given), its questions by area and the answer scale. Nothing else about the survey or the organisation.",
})
export class SurveyForm {
  @Field()
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the survey is for and what will be done with the answers; absent from the JSON of the link when none was given.',
  })
  purpose?: string | null;

  @Field(() => SurveyLawfulBasis, {
    nullable: true,
    description: 'The lawful basis for asking and keeping the answers; absent from the JSON of the link when none was given.',
  })
  lawfulBasis?: SurveyLawfulBasis | null;

  @Field(() => [SurveyFrequency], { description: 'The answers each question takes, from least to most.' })
  scale: SurveyFrequency[];

  @Field(() => [SurveyFormArea])
  areas: SurveyFormArea[];

  @Field(() => [SurveyFormQuestion], {
    nullable: true,
    description:
      'Optional questions about the resident and their area, asked after the areas; absent from the JSON of the link when the survey asks none.',
  })
  aboutYou?: SurveyFormQuestion[] | null;
}

export const THANK_YOU = 'Thank you: your answers have been received.';

/**
 * Only the title, purpose, lawful basis and questions: this is all the public link ever shows.
 * Purpose and lawful basis are left out, not null, when the survey has none, so the link's JSON
 * for surveys made without them is as it always was.
 */
export function toSurveyForm(survey: Pick<SurveyEntity, 'title' | 'purpose' | 'lawfulBasis' | 'areas' | 'questions'>): SurveyForm {
  const drivers = survey.questions.filter((q) => q.driver);
  return {
    title: survey.title,
    ...(survey.purpose ? { purpose: survey.purpose } : {}),
    ...(survey.lawfulBasis ? { lawfulBasis: survey.lawfulBasis as SurveyLawfulBasis } : {}),
    scale: [...FREQUENCIES] as SurveyFrequency[],
    areas: survey.areas.map((area) => ({
      area: area as SurveyPolicyArea,
      label: areaLabel(area),
      questions: survey.questions.filter((q) => q.area === area && !q.driver).map((q) => ({ key: q.key, text: q.text })),
    })),
    ...(drivers.length ? { aboutYou: drivers.map((q) => ({ key: q.key, text: q.text })) } : {}),
  };
}
