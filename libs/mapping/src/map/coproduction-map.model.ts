import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CoproductionForm } from '../forms';
import { CoproductionFormName } from '../initiatives/initiative.model';
import { ServiceArea } from '../service-areas/service-area.model';

@ObjectType({ description: 'Coproduction initiatives with one form or sub-form (in one service area, or in all).' })
export class MapFormCount {
  @Field(() => CoproductionFormName)
  form: CoproductionForm;

  @Field(() => CoproductionFormName, { nullable: true, description: 'For a sub-form, its form; null for a form.' })
  parentForm: CoproductionForm | null;

  @Field(() => Int, { description: 'Coproduction initiatives with this form (self-organisation is not counted).' })
  initiativeCount: number;

  @Field(() => Int, { description: 'People involved in them (initiatives whose number is unknown add nothing).' })
  peopleInvolved: number;
}

@ObjectType({
  description:
    'What residents told the latest survey about a service area, beside what the map holds there. Residents report far more coproduction than ' +
    'officials expect (Loeffler et al. 2008; Boyle, Clark & Burns 2006): where they report much and the map shows little, look here first.',
})
export class HiddenCoproductionSignal {
  @Field({
    description:
      'True when at least half of the answers were "often" and at most 2 initiatives are recorded in the area (libs/workflow hidden-coproduction.ts).',
  })
  lookHereFirst: boolean;

  @Field(() => ID)
  surveyId: string;

  @Field()
  surveyTitle: string;

  @Field({ description: 'The survey’s policy area set beside this service area (the one of the same name).' })
  policyArea: string;

  @Field(() => Float, { description: 'Share of "often" among the answers of the residents who count in the area, 0–1.' })
  oftenShare: number;

  @Field(() => Int, {
    description: 'Residents who answered at least 3 of the area’s questions (the sample size); at least 30, or there is no signal.',
  })
  respondents: number;

  @Field(() => Int, { description: 'Initiatives recorded in the area, coproduction and self-organisation.' })
  mappedInitiatives: number;

  @Field({ description: 'In plain words, with the figures.' })
  explanation: string;
}

@ObjectType({ description: 'One row of the map: a service area and its initiatives by form.' })
export class MapArea {
  @Field(() => ServiceArea)
  serviceArea: ServiceArea;

  @Field(() => Int, { description: 'Coproduction initiatives in the area, each counted once whatever its forms.' })
  coproductionCount: number;

  @Field(() => Int, { description: 'People involved in those coproduction initiatives.' })
  peopleInvolved: number;

  @Field(() => Int, { description: 'Self-organisation recorded in the area (nothing from the public body): kept out of the other counts.' })
  selfOrganisedCount: number;

  @Field(() => Int, { description: 'People involved in that self-organisation.' })
  selfOrganisedPeopleInvolved: number;

  @Field(() => [MapFormCount], { description: 'Every form and sub-form, in catalogue order, zeros included.' })
  forms: MapFormCount[];

  @Field(() => HiddenCoproductionSignal, {
    nullable: true,
    description:
      'The latest residents’ survey beside this area; null (nothing said, nothing guessed) without a survey, when it did not ask about an area of ' +
      'this name, or when fewer than 30 residents counted there.',
  })
  hiddenCoproduction: HiddenCoproductionSignal | null;
}

@ObjectType({ description: 'The coproduction map: initiatives by service area × form and sub-form, with totals.' })
export class CoproductionMap {
  @Field(() => ID, { nullable: true, description: 'The programme the map is for; null for the whole organisation.' })
  programmeId: string | null;

  @Field(() => [MapArea], { description: 'Active service areas, and inactive ones where initiatives are recorded, in order.' })
  areas: MapArea[];

  @Field(() => [MapFormCount], { description: 'Totals per form and sub-form across the areas, in catalogue order.' })
  forms: MapFormCount[];

  @Field(() => Int, { description: 'Coproduction initiatives, each counted once.' })
  coproductionCount: number;

  @Field(() => Int)
  peopleInvolved: number;

  @Field(() => Int, { description: 'Self-organisation recorded but not counted as coproduction.' })
  selfOrganisedCount: number;

  @Field(() => Int)
  selfOrganisedPeopleInvolved: number;

  @Field(() => Int, { description: 'Initiatives of either kind that are published.' })
  publishedCount: number;
}
