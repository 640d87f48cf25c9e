import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Survey, SurveyPolicyArea, SurveyResponseChannel, SurveySamplingMethod } from '../surveys/survey.model';

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
