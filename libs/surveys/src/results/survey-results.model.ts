import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import { type Direction, EFFORT_KINDS, type EffortKind } from '@app/workflow';
import { Survey, SurveyDriverKind, SurveyPolicyArea, SurveyResponseChannel, SurveySamplingMethod } from '../surveys/survey.model';

export const SurveyEffortKind = graphqlEnum(EFFORT_KINDS, {
  name: 'SurveyEffortKind',
  description:
    'How much a question’s act asks of a resident, after the gradient of the 2008 survey (Loeffler et al. 2008): LOW_EFFORT (alone, little effort), ' +
    'LIFESTYLE_CHANGE, GROUP_PARTICIPATION (regularly, in a group), OTHER.',
});
export type SurveyEffortKind = EffortKind;

export const AssociationDirection = graphqlEnum(['POSITIVE', 'NEGATIVE', 'NONE'] as const, {
  name: 'AssociationDirection',
  description: 'Which way two answers go together: POSITIVE (up together), NEGATIVE (one up, the other down), NONE (|r| under 0.1).',
});
export type AssociationDirection = Direction;

@ObjectType({ description: 'One question’s answers: the share answering "often", with how many answered it.' })
export class SurveyQuestionResult {
  @Field()
  key: string;

  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  text: string;

  @Field(() => SurveyEffortKind)
  effort: SurveyEffortKind;

  @Field(() => Int, { description: 'Residents who answered this question (its sample size).' })
  answered: number;

  @Field(() => Int, { description: 'Of whom answered "often".' })
  often: number;

  @Field(() => Float, { nullable: true, description: 'often / answered, 0–1 to three decimals; null when nobody answered.' })
  oftenShare: number | null;
}

@ObjectType({ description: 'The answers grouped by how much the act asks, to set beside the 2008 gradient.' })
export class SurveyEffortResult {
  @Field(() => SurveyEffortKind)
  effort: SurveyEffortKind;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Questions of this kind in the survey.' })
  questions: number;

  @Field(() => Int, { description: 'Answers to them (the sample the share is over).' })
  answers: number;

  @Field(() => Float, { nullable: true, description: 'Share of those answers that were "often", 0–1; null without answers.' })
  oftenShare: number | null;

  @Field(() => String, { nullable: true, description: 'What the 2008 five-country survey found for this kind, cited; null for OTHER.' })
  reference: string | null;
}

@ObjectType({
  description:
    'How a driver question and reported coproduction go together among the residents who answered both: Pearson’s r with its direction and sample ' +
    'size. An association only, never a cause or a prediction (Parrado et al. 2013).',
})
export class SurveyDriverAssociation {
  @Field(() => SurveyDriverKind)
  driver: SurveyDriverKind;

  @Field(() => SurveyPolicyArea, {
    nullable: true,
    description:
      'For conditions, the area whose index questions are compared; null for self-efficacy against every area the resident counts in.',
  })
  area: SurveyPolicyArea | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Pearson’s r, −1 to 1, three decimals; null with fewer than 10 residents answering both, or when every answer on one side was the same.',
  })
  coefficient: number | null;

  @Field(() => Int, { description: 'Residents who answered both (the sample size).' })
  n: number;

  @Field(() => AssociationDirection, { nullable: true })
  direction: AssociationDirection | null;

  @Field({ description: 'In plain words, with the figures; never worded as a cause.' })
  statement: string;
}

@ObjectType({ description: 'How residents answered the self-efficacy question in one survey.' })
export class SurveySelfEfficacy {
  @Field(() => Int, { description: 'Residents who answered it.' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Share answering "often", 0–1; null when nobody answered.' })
  oftenShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean score, NEVER = 0, SOMETIMES = 50, OFTEN = 100, one decimal; null when nobody answered.',
  })
  meanScore: number | null;
}

@ObjectType({ description: 'The optional driver questions’ results: self-efficacy, and how each driver goes with reported coproduction.' })
export class SurveyDriverResults {
  @Field(() => SurveySelfEfficacy, { nullable: true, description: 'Null when the survey did not ask it.' })
  selfEfficacy: SurveySelfEfficacy | null;

  @Field(() => [SurveyDriverAssociation], { description: 'Self-efficacy first, then conditions per area, in the survey’s order.' })
  associations: SurveyDriverAssociation[];

  @Field(() => [String], { description: 'What to bear in mind: an association is not a cause, and the link may run both ways.' })
  caveats: string[];
}

@ObjectType({ description: 'Self-efficacy in one survey, as a point on its trend over repeated surveys.' })
export class SurveySelfEfficacyPoint extends SurveySelfEfficacy {
  @Field(() => Survey)
  survey: Survey;
}

@ObjectType({ description: 'Self-efficacy over the organisation’s surveys that asked it, oldest first.' })
export class SurveySelfEfficacyTrend {
  @Field(() => [SurveySelfEfficacyPoint])
  points: SurveySelfEfficacyPoint[];

  @Field(() => [String], { description: 'What to bear in mind comparing surveys (sampling, small samples, association).' })
  notes: string[];
}

/** The formula, as every index field describes it (the rule itself is `computeIndex` in libs/workflow/src/survey-index.ts). */
export const INDEX_FORMULA =
  'Scores: NEVER = 0, SOMETIMES = 50, OFTEN = 100. A respondent counts in an area once they answered at least 3 of its 5 questions; their area score is the ' +
  'mean of the scores of the questions they answered there. The area index is the mean of the area scores of the respondents who count. The overall index is ' +
  'the plain mean of the area indices that have a value (each area weighs the same). Exact fractions throughout, rounded once at the end to one decimal, halves ' +
  'away from zero. Null, never 0, when nobody counts: nobody answering is not everybody answering "never".';

@ObjectType({ description: 'A policy area’s index in one survey, beside the 2008 figure for the same area.' })
export class SurveyAreaResult {
  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true, description: `The coproduction index of the area, 0–100. ${INDEX_FORMULA}` })
  index: number | null;

  @Field(() => Int, { description: 'Respondents who answered at least 3 of this area’s questions, and so count in its index.' })
  respondents: number;

  @Field(() => String, { nullable: true, description: 'Why the index is null, when it is.' })
  note: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The same area in the 2008 five-country survey (see `reference`), for comparison; null where none was published.',
  })
  referenceIndex: number | null;
}

@ObjectType()
export class SurveyChannelCount {
  @Field(() => SurveyResponseChannel)
  channel: SurveyResponseChannel;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How the sample was drawn, and what that means for reading the index.' })
export class SurveySampling {
  @Field(() => SurveySamplingMethod)
  method: SurveySamplingMethod;

  @Field()
  label: string;

  @Field()
  caveat: string;
}

@ObjectType('CoproductionIndexReferenceCountry')
export class ReferenceCountry {
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  code: string;

  @Field()
  name: string;
}

@ObjectType('CoproductionIndexReferenceArea')
export class ReferenceAreaIndex {
  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  label: string;

  @Field(() => Float)
  index: number;
}

@ObjectType('CoproductionIndexReferenceSubIndex', { description: 'A narrower measure inside an area, reported on its own.' })
export class ReferenceSubIndex {
  @Field()
  key: string;

  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  label: string;

  @Field(() => Float)
  index: number;
}

@ObjectType('CoproductionIndexReferenceCountryIndex')
export class ReferenceCountryIndex {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Float)
  index: number;

  @Field({ description: 'HIGHEST or LOWEST of the five countries (only these two were reported).' })
  rank: string;
}

@ObjectType({ description: 'The published figures of the 2008 five-country coproduction survey, to read a local index against.' })
export class CoproductionIndexReference {
  @Field()
  citation: string;

  @Field(() => Int)
  year: number;

  @Field()
  method: string;

  @Field(() => Int)
  respondentsPerCountry: number;

  @Field(() => [ReferenceCountry])
  countries: ReferenceCountry[];

  @Field(() => Float, { nullable: true, description: 'No overall figure across countries was published, so null; see byCountry.' })
  overall: number | null;

  @Field(() => [ReferenceAreaIndex], { description: 'Across the five countries: local environment 61, health 52, community safety 45.' })
  byArea: ReferenceAreaIndex[];

  @Field(() => [ReferenceSubIndex])
  subIndices: ReferenceSubIndex[];

  @Field(() => [ReferenceCountryIndex], { description: 'The United Kingdom highest (56), Denmark lowest (48).' })
  byCountry: ReferenceCountryIndex[];
}

@ObjectType({
  description:
    'A survey’s coproduction index, always with its sample size and how the sample was drawn, beside the 2008 reference figures. With no responses the indices are null and `note` says so.',
})
export class SurveyResults {
  @Field(() => Int, { description: 'Responses received (by every channel), whether or not they counted in every area.' })
  sampleSize: number;

  @Field(() => Float, {
    nullable: true,
    description: `The overall coproduction index, 0–100: the plain mean of the area indices that have a value. ${INDEX_FORMULA}`,
  })
  overall: number | null;

  @Field(() => [SurveyAreaResult], { description: 'In the survey’s order of areas.' })
  byArea: SurveyAreaResult[];

  @Field(() => String, { nullable: true, description: 'Why there is no index (e.g. no responses yet), or what the overall leaves out.' })
  note: string | null;

  @Field(() => SurveySampling)
  sampling: SurveySampling;

  @Field(() => [String], {
    description:
      'What to bear in mind reading these figures: the sampling method’s caveat, one for a small sample (under 100 responses), and, always last, that the 2008 figures beside them are a guide rather than a like-for-like comparison (the questions and scale here are this product’s own).',
  })
  caveats: string[];

  @Field(() => [SurveyChannelCount], {
    description: 'Responses by how they came in: LINK, ENTERED, CSV (every channel listed, zeros too).',
  })
  responsesByChannel: SurveyChannelCount[];

  @Field(() => Int, {
    description:
      'Answers through the open link that came from a client (an address) which sent more than one to this survey: a household or a shared computer, ' +
      'or someone answering again. 0 when every open-link answer came from a different client. Personal links, staff entries and imports are not counted.',
  })
  answersFromRepeatedClients: number;

  @Field(() => Int, {
    description:
      'The most open-link answers that came from any one client (0 with none). Far above a household’s size, read the results with care.',
  })
  mostAnswersFromOneClient: number;

  @Field(() => CoproductionIndexReference)
  reference: CoproductionIndexReference;

  @Field(() => [SurveyQuestionResult], {
    description: 'Every index question, in the survey’s order, with the share answering "often" and its sample size.',
  })
  questionResults: SurveyQuestionResult[];

  @Field(() => [SurveyEffortResult], {
    description:
      'The answers by kind of effort. In 2008 about 80% did low-effort acts often, about 50% changed their lifestyle, and regular group participation came last (Loeffler et al. 2008).',
  })
  effortPattern: SurveyEffortResult[];

  @Field(() => SurveyDriverResults, { nullable: true, description: 'Null when the survey asked no driver question.' })
  drivers: SurveyDriverResults | null;
}

@ObjectType({ description: 'An index in two surveys and the change between them.' })
export class SurveyIndexChange {
  @Field(() => Float, { nullable: true })
  earlier: number | null;

  @Field(() => Float, { nullable: true })
  later: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Later minus earlier, in index points (one decimal); null where either survey has no figure.',
  })
  change: number | null;
}

@ObjectType()
export class SurveyAreaChange extends SurveyIndexChange {
  @Field(() => SurveyPolicyArea)
  area: SurveyPolicyArea;

  @Field()
  label: string;
}

@ObjectType({ description: 'How the coproduction index moved from one survey to another, overall and per area.' })
export class SurveyComparison {
  @Field(() => Survey, { description: 'With its results (sample size, sampling) to read the change by.' })
  earlier: Survey;

  @Field(() => Survey)
  later: Survey;

  @Field(() => SurveyIndexChange, { description: 'Overall: each survey’s own overall index (over its own areas).' })
  overall: SurveyIndexChange;

  @Field(() => [SurveyAreaChange], { description: 'The earlier survey’s areas in its order, then any the later one adds.' })
  byArea: SurveyAreaChange[];

  @Field(() => [String], { description: 'What to bear in mind: different sampling methods, different areas, small or missing samples.' })
  notes: string[];
}
