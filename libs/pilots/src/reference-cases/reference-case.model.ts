import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import {
  FIGURE_QUALIFIERS,
  type FigureQualifier as WorkflowFigureQualifier,
  RATIO_READINGS,
  type RatioReading as WorkflowRatioReading,
} from '@app/workflow';
import { Money } from '../money.model';

// libs/workflow/src/reference-cases.ts's lists as GraphQL enums.
export const FigureQualifier = graphqlEnum(FIGURE_QUALIFIERS, {
  name: 'FigureQualifier',
  description:
    'How a published figure was stated: EXACT; ABOUT (roughly) or COULD_BE (what it might be), neither a bound; ' +
    'AT_LEAST or MORE_THAN (a floor); UP_TO or LESS_THAN (a ceiling).',
});
export type FigureQualifier = WorkflowFigureQualifier;

export const RatioReading = graphqlEnum(RATIO_READINGS, {
  name: 'RatioReading',
  description:
    'How far a ratio worked out from published figures can be trusted. EXACT: both figures exact. AT_LEAST or MORE_THAN: ' +
    'only when every figure is exact or a bound that can only raise the ratio (a floor on benefit, a ceiling on cost); the ' +
    'figure is rounded down. AT_MOST or LESS_THAN: the mirror image, rounded up. ABOUT: a figure is approximate or only ' +
    'possible. INDICATIVE: the bounds pull opposite ways, so they set no limit.',
});
export type RatioReading = WorkflowRatioReading;

@ObjectType({ description: 'A published money figure, with how it was stated and what it is counted against.' })
export class ReferenceMoneyFigure {
  @Field(() => Money)
  amount: Money;

  @Field(() => FigureQualifier)
  qualifier: FigureQualifier;

  @Field({ description: 'e.g. "per member, per year to run".' })
  per: string;
}

@ObjectType()
export class PublishedRatio {
  @Field(() => Float, { description: 'Benefit per unit of cost; low and high are equal for a single estimate.' })
  low: number;

  @Field(() => Float)
  high: number;

  @Field({ description: 'As published, e.g. "3 : 1 to 5 : 1".' })
  display: string;
}

@ObjectType({ description: 'A benefit-cost ratio worked out from the published per-person figures, the same way as a pilot’s.' })
export class ComputedRatio {
  @Field({ description: 'e.g. "2.9 : 1".' })
  display: string;

  @Field({ description: 'e.g. "2.9".' })
  value: string;

  @Field(() => RatioReading, { description: 'How the figure may be read: a floor, a ceiling, exact or approximate (see RatioReading).' })
  reading: RatioReading;

  @Field()
  note: string;
}

@ObjectType()
export class ObservedLevel {
  @Field(() => Float)
  value: number;

  @Field()
  unit: string;

  @Field(() => Int)
  year: number;
}

@ObjectType()
export class OutcomeComparison {
  @Field()
  label: string;

  @Field(() => Float)
  percentChange: number;
}

@ObjectType({ description: 'An outcome a study reports.' })
export class ReferenceOutcome {
  @Field()
  measure: string;

  @Field(() => Float, { nullable: true, description: 'Relative change in percent; negative is a fall.' })
  percentChange: number | null;

  @Field(() => ObservedLevel, { nullable: true })
  before: ObservedLevel | null;

  @Field(() => ObservedLevel, { nullable: true })
  after: ObservedLevel | null;

  @Field(() => String, { nullable: true })
  period: string | null;

  @Field(() => OutcomeComparison, { nullable: true, description: 'A benchmark for the same measure, e.g. the national trend.' })
  comparison: OutcomeComparison | null;
}

@ObjectType({
  description:
    'Published evidence on what coproduction costs and achieves, as reported in the chapter by Bovaird & Loeffler, to set a pilot beside.',
})
export class ReferenceCase {
  @Field({ description: 'A stable key, e.g. "time-banks".' })
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'What was measured and how.' })
  measured: string;

  @Field()
  period: string;

  @Field({ description: 'The study, and where it is reported.' })
  citation: string;

  @Field(() => ReferenceMoneyFigure, { nullable: true })
  costPerPerson: ReferenceMoneyFigure | null;

  @Field(() => ReferenceMoneyFigure, { nullable: true })
  benefitPerPerson: ReferenceMoneyFigure | null;

  @Field(() => PublishedRatio, { nullable: true, description: 'The benefit-cost ratio as the study published it.' })
  publishedRatio: PublishedRatio | null;

  @Field(() => ComputedRatio, { nullable: true, description: 'Worked out from the per-person figures, when the study gives both.' })
  computedRatio: ComputedRatio | null;

  @Field(() => [ReferenceOutcome])
  outcomes: ReferenceOutcome[];
}
