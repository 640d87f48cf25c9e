import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum, LocalDateScalar } from '@app/common';
import { BeneficiaryGroup } from '../beneficiary-group.model';
import { METRIC_DIRECTIONS, type MetricDirection as WorkflowDirection } from '@app/workflow';

export const MetricDirection = graphqlEnum(METRIC_DIRECTIONS, {
  name: 'MetricDirection',
  description: 'Which way the metric should move for the pilot to be working.',
});
export type MetricDirection = WorkflowDirection;

@ObjectType({ description: 'A dated value of a pilot metric.' })
export class Measurement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  metricId: string;

  @Field(() => LocalDateScalar, { description: 'The day the value was measured.' })
  date: string;

  @Field({ description: 'An exact decimal written as a string, in the metric’s unit.' })
  value: string;

  @Field(() => ID, { nullable: true, description: 'The person who recorded it; null when an integration did.' })
  recordedBy: string | null;

  @Field()
  createdAt: Date;
}

export const MeasurementConnection = ConnectionType(Measurement);

@ObjectType({
  description:
    'An outcome a pilot tracks. Baseline, target and values are exact decimal strings; the figures worked out from them ' +
    '(change, improvement, progress) are numbers rounded to 6 decimals.',
})
export class PilotMetric {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pilotId: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. "visits a week", "%", "£".' })
  unit: string;

  @Field(() => MetricDirection)
  direction: MetricDirection;

  @Field(() => BeneficiaryGroup, { description: 'Whose gain the metric tracks.' })
  beneficiaryGroup: BeneficiaryGroup;

  @Field(() => String, { nullable: true, description: 'Where the metric stood before the pilot.' })
  baseline: string | null;

  @Field(() => String, { nullable: true, description: 'Where the pilot means to take it.' })
  target: string | null;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  organisationId: string;
}

/** How a metric stands now (resolved as fields of PilotMetric). */
export interface MetricProgress {
  latest: Measurement | null;
  changeFromBaseline: number | null;
  improvement: number | null;
  progressToTarget: number | null;
  onTrack: boolean | null;
}
