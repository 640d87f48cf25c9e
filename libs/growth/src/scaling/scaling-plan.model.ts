import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money } from '@app/pilots';

export enum ScalingMechanism {
  REPLICATE = 'REPLICATE',
  EMBED_IN_COMMISSIONING = 'EMBED_IN_COMMISSIONING',
  WIDEN_ELIGIBILITY = 'WIDEN_ELIGIBILITY',
  OTHER = 'OTHER',
}
registerEnumType(ScalingMechanism, {
  name: 'ScalingMechanism',
  description:
    'How a pilot grows: REPLICATE it in other areas, EMBED_IN_COMMISSIONING (build it into how services are bought), WIDEN_ELIGIBILITY (open it to more people), or OTHER (say how in mechanismNote).',
});

export enum TrainingAudience {
  STAFF = 'STAFF',
  CITIZENS = 'CITIZENS',
}
registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Coproduction at scale needs both officials and citizens trained (Grow it).',
});

@ObjectType({ description: 'How a pilot decided SCALE grows (Grow it): mechanism, where, for how many, training and transparency.' })
export class ScalingPlan {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pilotId: string;

  @Field(() => ScalingMechanism)
  mechanism: ScalingMechanism;

  @Field({ description: 'More on the mechanism; says what it is when the mechanism is OTHER.' })
  mechanismNote: string;

  @Field(() => [ID], { description: "The organisation's service areas the pilot is to reach." })
  targetServiceAreaIds: string[];

  @Field(() => Int, { nullable: true, description: 'How many people the scaled-up service is expected to reach.' })
  expectedReach: number | null;

  @Field({ description: 'How the service will be open about what it does and achieves, e.g. published results, open meetings.' })
  transparencyMeasures: string;

  @Field(() => Money, {
    nullable: true,
    description:
      "What scaling costs besides training (staff time, support, venues, incentives), in the organisation's currency; null while not known.",
  })
  cost: Money | null;

  @Field(() => Int, { description: 'Moves on with every change to the plan or its training; send it back with updates.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

@ObjectType({ description: 'Training for staff or for citizens, part of a scaling plan.' })
export class TrainingAction {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field()
  topic: string;

  @Field(() => TrainingAudience)
  audience: TrainingAudience;

  @Field(() => Int, { description: 'How many sessions it takes.' })
  sessions: number;

  @Field()
  done: boolean;

  @Field(() => Money, {
    nullable: true,
    description: "What the training costs in all, in the organisation's currency; null while not known.",
  })
  cost: Money | null;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description:
    'What growing the pilot costs: the plan’s own cost and its training’s, exact. Coproduction at scale is not free (Needham & Carr 2009, as the chapter cites them).',
})
export class ScalingCost {
  @Field(() => Money, { description: 'The plan’s cost plus every training action’s, counting only those recorded.' })
  total: Money;

  @Field(() => Money)
  scaling: Money;

  @Field(() => Money)
  training: Money;

  @Field({ description: 'True once the plan and every training action have a cost (0 counts: free is known).' })
  known: boolean;

  @Field(() => Int, { description: 'The plan (if it has no cost) and training actions still without a cost.' })
  itemsWithoutCost: number;
}

@ObjectType({ description: 'Training actions done out of those planned.' })
export class TrainingCount {
  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({
  description: 'How far the training of a scaling plan (or of several) has got: done out of planned, overall and by audience.',
})
export class TrainingProgress extends TrainingCount {
  @Field(() => TrainingCount)
  staff: TrainingCount;

  @Field(() => TrainingCount)
  citizens: TrainingCount;

  @Field(() => Float, { nullable: true, description: 'done / total, from 0 to 1; null while no training is planned.' })
  fraction: number | null;
}

@ObjectType({ description: 'A pilot decided SCALE, with how far its scaling plan has got.' })
export class PilotScalingProgress {
  @Field(() => ID)
  pilotId: string;

  @Field()
  pilotName: string;

  @Field(() => ID, { nullable: true, description: 'Null while the pilot has no scaling plan.' })
  scalingPlanId: string | null;

  @Field(() => TrainingProgress)
  progress: TrainingProgress;
}

@ObjectType({ description: "Grow it on the programme's dashboard: its pilots decided SCALE and their scaling plans' training." })
export class ProgrammeScalingProgress {
  @Field(() => Int)
  pilotsDecidedScale: number;

  @Field(() => Int)
  pilotsWithScalingPlan: number;

  @Field(() => Int, {
    description: 'Pilots decided SCALE whose plan has training for staff and for citizens (what the Grow-it checklist asks).',
  })
  pilotsWithTrainingForBoth: number;

  @Field(() => TrainingProgress, { description: 'All the scaling plans together.' })
  training: TrainingProgress;

  @Field(() => [PilotScalingProgress], { description: 'By pilot name.' })
  pilots: PilotScalingProgress[];
}
