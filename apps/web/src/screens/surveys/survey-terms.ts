import type { SurveyLawfulBasis, SurveyPolicyArea, SurveySamplingMethod } from '../../gql/graphql';

/** An answer, as the API takes it. */
export type SurveyFrequency = 'NEVER' | 'SOMETIMES' | 'OFTEN';

/** The policy areas a survey can ask about, in the order the form offers them. */
export const POLICY_AREAS: readonly SurveyPolicyArea[] = ['LOCAL_ENVIRONMENT', 'HEALTH', 'COMMUNITY_SAFETY'];

/** How respondents may be found, the fairest first. */
export const SAMPLING_METHODS: readonly SurveySamplingMethod[] = [
  'RANDOM_SAMPLE',
  'DOOR_TO_DOOR',
  'SELF_SELECTED_ONLINE',
  'WORKSHOP',
  'OTHER',
];

export const LAWFUL_BASES: readonly SurveyLawfulBasis[] = ['PUBLIC_TASK', 'CONSENT', 'LEGITIMATE_INTERESTS'];

/** The answer scale, least to most. */
export const FREQUENCIES: readonly SurveyFrequency[] = ['NEVER', 'SOMETIMES', 'OFTEN'];
