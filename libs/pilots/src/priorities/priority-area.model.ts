import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PriorityScoreSummary } from './priority-scoring';

@ObjectType({ description: 'How the room scored one criterion (1–5); every figure is null until somebody has scored.' })
export class CriterionScore {
  @Field(() => Float, { nullable: true, description: 'The mean score, to two decimals.' })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How far the room disagrees: the population standard deviation of the scores, to two decimals (0 when everyone agrees).',
  })
  standardDeviation: number | null;

  @Field(() => Int, { nullable: true, description: 'The lowest score given.' })
  min: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest score given.' })
  max: number | null;
}

@ObjectType({ description: 'One member’s scores for a priority area.' })
export class PriorityScoreSheet {
  @Field(() => Int)
  need: number;

  @Field(() => Int)
  feasibility: number;

  @Field(() => Int)
  appetite: number;

  @Field(() => Int)
  impact: number;
}

@ObjectType({ description: 'A service area proposed for coproduction first (Focus it), scored 1–5 by each member who scores.' })
export class PriorityArea {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => ID, { description: "One of the organisation's service areas." })
  serviceAreaId: string;

  @Field({ description: 'The service area’s name.' })
  serviceAreaName: string;

  @Field({ description: 'Why this area should be considered.' })
  rationale: string;

  @Field({ description: 'Chosen for piloting (by an ADMIN or PROGRAMME_MANAGER).' })
  selected: boolean;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'How many members have scored it.' })
  scorers: number;

  @Field(() => CriterionScore, { description: 'How much the area needs change.' })
  need: CriterionScore;

  @Field(() => CriterionScore, { description: 'How feasible coproduction is there.' })
  feasibility: CriterionScore;

  @Field(() => CriterionScore, { description: "Citizens' appetite for taking part." })
  appetite: CriterionScore;

  @Field(() => CriterionScore, { description: 'The expected impact.' })
  impact: CriterionScore;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean of the four criterion means (each criterion weighs the same), to two decimals; null until somebody has scored.',
  })
  overallScore: number | null;

  organisationId: string;
  summary: PriorityScoreSummary;
}
