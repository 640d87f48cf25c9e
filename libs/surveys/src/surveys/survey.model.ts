import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@app/common';
import {
  DEFAULT_POLICY_AREAS,
  DRIVER_KINDS,
  type DriverKind,
  type Frequency,
  FREQUENCIES,
  POLICY_AREA_KEYS,
  type PolicyAreaKey,
  SAMPLING_METHOD_KEYS,
  SAMPLING_METHODS,
  type SamplingMethod,
} from '@app/workflow';
import type { SurveyEntity } from './survey.entity';

// libs/workflow/src/survey-index.ts's lists as GraphQL enums.
export const SurveyPolicyArea = graphqlEnum(POLICY_AREA_KEYS, {
  name: 'SurveyPolicyArea',
  description:
    'A policy area a coproduction-index survey can cover, each with five default questions written in our own words (after Loeffler et al. 2008).',
});
export type SurveyPolicyArea = PolicyAreaKey;

export const SurveySamplingMethod = graphqlEnum(SAMPLING_METHOD_KEYS, {
  name: 'SurveySamplingMethod',
  description:
    'How respondents were found. Results always show it with its caveat: a self-selected online sample, for one, is not a random one and tends to read high.',
  valuesMap: Object.fromEntries(
    SAMPLING_METHOD_KEYS.map((key) => [key, { description: `${SAMPLING_METHODS[key].label}. ${SAMPLING_METHODS[key].caveat}` }]),
  ),
});
export type SurveySamplingMethod = SamplingMethod;

export const SurveyFrequency = graphqlEnum(FREQUENCIES, {
  name: 'SurveyFrequency',
  description: 'The answer scale of every question, scored NEVER = 0, SOMETIMES = 50, OFTEN = 100.',
});
export type SurveyFrequency = Frequency;

export const SurveyDriverKind = graphqlEnum(DRIVER_KINDS, {
  name: 'SurveyDriverKind',
  description:
    'An optional question on what goes with coproduction (Parrado et al. 2013): SELF_EFFICACY (feeling one can change how things go) or ' +
    'PERCEIVED_CONDITIONS (how often conditions in an area trouble the resident; "often" is worse).',
});
export type SurveyDriverKind = DriverKind;

export enum SurveyResponseChannel {
  LINK = 'LINK',
  ENTERED = 'ENTERED',
  CSV = 'CSV',
}
registerEnumType(SurveyResponseChannel, {
  name: 'SurveyResponseChannel',
  description:
    'How a response came in: LINK (a resident through the public response link, no account), ENTERED (typed in by staff), CSV (imported).',
});

/** Why the organisation may ask residents these questions and keep their answers; told to them on the form. */
export enum SurveyLawfulBasis {
  PUBLIC_TASK = 'PUBLIC_TASK',
  CONSENT = 'CONSENT',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}
registerEnumType(SurveyLawfulBasis, {
  name: 'SurveyLawfulBasis',
  description:
    'The lawful basis the organisation relies on to ask and keep the answers (UK GDPR Article 6): residents are told it on the form.',
  valuesMap: {
    PUBLIC_TASK: { description: 'A task the organisation carries out in the public interest or under its official authority.' },
    CONSENT: { description: 'The resident agrees by answering; they may stop at any point before sending.' },
    LEGITIMATE_INTERESTS: { description: 'The organisation’s legitimate interests, weighed against the residents’.' },
  },
});

/** The label of a policy area key, e.g. "Community safety". */
export function areaLabel(area: string): string {
  return DEFAULT_POLICY_AREAS.find((a) => a.key === area)?.label ?? area;
}

@ObjectType('SurveyQuestion', {
  description:
    'One question as the survey asked it (the wording is kept with the survey, so later changes to the defaults leave its results comparable).',
})
export class SurveyQuestionModel {
  @Field({ description: 'The stable key answers are stored under, e.g. `safety.q1`; also the column name in a CSV import.' })
  key: string;

  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  text: string;
}

@ObjectType({
  description: 'An optional driver question as the survey asked it, on the same never/sometimes/often scale; it counts in no index.',
})
export class SurveyDriverQuestion {
  @Field()
  key: string;

  @Field(() => SurveyDriverKind)
  kind: SurveyDriverKind;

  @Field(() => SurveyPolicyArea, { nullable: true, description: 'The area a question on conditions is about; null for self-efficacy.' })
  area: SurveyPolicyArea | null;

  @Field()
  text: string;
}

@ObjectType({
  description:
    'A coproduction-index survey of residents over one or more policy areas (Loeffler et al. 2008), with five questions per area on a never/sometimes/often scale.',
})
export class Survey {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [SurveyPolicyArea], { description: 'In the order the survey asks them.' })
  areas: SurveyPolicyArea[];

  @Field(() => [SurveyQuestionModel], { description: 'Area by area, five each.' })
  questions: SurveyQuestionModel[];

  @Field(() => [SurveyDriverQuestion], {
    description: 'The optional driver questions it asks (self-efficacy, conditions per area); empty when it asks none.',
  })
  driverQuestions: SurveyDriverQuestion[];

  @Field(() => SurveySamplingMethod)
  samplingMethod: SurveySamplingMethod;

  @Field(() => String, {
    nullable: true,
    description:
      'What the survey is for and what will be done with the answers, as residents read it above the questions; null when none was given.',
  })
  purpose: string | null;

  @Field(() => SurveyLawfulBasis, {
    nullable: true,
    description: 'The lawful basis residents are told on the form; null when none was given.',
  })
  lawfulBasis: SurveyLawfulBasis | null;

  @Field(() => Date, { nullable: true, description: 'When the survey was closed; after that it takes no more responses by any channel.' })
  closedAt: Date | null;

  @Field({ description: 'False once closed.' })
  acceptingResponses: boolean;

  @Field({
    description:
      'Whether a public response link is issued. Its token is shown once, by createSurvey and rotateSurveyLink; only a hash is kept.',
  })
  hasResponseLink: boolean;

  @Field({
    description: 'True: only personal single-use links take answers, and the open link refuses them (requireSurveyRespondentTokens).',
  })
  respondentTokensRequired: boolean;

  @Field(() => Int, {
    description: 'Moves on with every change (close, link rotation, requiring personal links); send it back with closeSurvey.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

export const SurveyConnection = ConnectionType(Survey);

@ObjectType({
  description: 'A survey with its public response link: the token is shown this once, so pass it on now (the server keeps only a hash).',
})
export class SurveyWithLink {
  @Field(() => Survey)
  survey: Survey;

  @Field({
    description: 'The secret in the link. Anyone holding it can answer this survey (and nothing else); rotateSurveyLink replaces it.',
  })
  responseToken: string;

  @Field({
    description:
      'The link to hand residents: GET shows the questions, POST (JSON `{ "answers": { "safety.q1": "OFTEN", … } }`) answers them.',
  })
  responseUrl: string;
}

@ObjectType({ description: 'One personal link: for one person on your list, answering once.' })
export class SurveyRespondentLink {
  @Field({ description: 'The secret in the link, shown this once (the server keeps only a hash).' })
  token: string;

  @Field({ description: 'The link to send: GET shows the questions, POST answers them, once; a second answer through it is refused.' })
  url: string;
}

@ObjectType({ description: 'Personal links just issued. They are shown this once: pass them on now.' })
export class IssuedSurveyRespondentTokens {
  @Field(() => Survey)
  survey: Survey;

  @Field(() => [SurveyRespondentLink])
  links: SurveyRespondentLink[];
}

@ObjectType({ description: 'How many personal links a survey has, and how many have answered.' })
export class SurveyRespondentTokenCounts {
  @Field(() => Int)
  issued: number;

  @Field(() => Int, { description: 'Links that have answered (each answers once). Which link gave which answers is not kept.' })
  used: number;
}

export function toSurvey(row: SurveyEntity): Survey {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    areas: row.areas as SurveyPolicyArea[],
    questions: row.questions.filter((q) => !q.driver).map((q) => ({ key: q.key, area: q.area as SurveyPolicyArea, text: q.text })),
    driverQuestions: row.questions
      .filter((q) => q.driver)
      .map((q) => ({ key: q.key, kind: q.driver as SurveyDriverKind, area: q.area as SurveyPolicyArea | null, text: q.text })),
    samplingMethod: row.samplingMethod as SurveySamplingMethod,
    purpose: row.purpose,
    lawfulBasis: row.lawfulBasis as SurveyLawfulBasis | null,
    closedAt: row.closedAt,
    acceptingResponses: row.closedAt === null,
    hasResponseLink: row.responseTokenHash !== null,
    respondentTokensRequired: row.respondentTokensRequired,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
