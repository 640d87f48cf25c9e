import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GroupBenefits, Money } from '@app/pilots';

@ObjectType({
  description:
    "A programme's economics in the organisation's currency: its pilots' costs and benefits, what growing them costs (scaling plans and " +
    'training), and who gains. Growth costs count in the ratio: coproduction at scale needs training and support that cost money ' +
    '(Needham & Carr 2009, as the chapter cites them). Worked out exactly in libs/workflow (benefits.ts).',
})
export class ProgrammeEconomics {
  @Field()
  currency: string;

  @Field(() => Int, { description: 'Pilots whose figures are in the organisation’s currency, and so counted.' })
  pilotsCounted: number;

  @Field(() => Int, { description: 'Pilots kept in another currency: left out, never converted.' })
  pilotsInOtherCurrencies: number;

  @Field(() => Money, { description: "The pilots' own costs." })
  pilotCosts: Money;

  @Field(() => Money)
  savings: Money;

  @Field(() => Money)
  widerBenefits: Money;

  @Field(() => Money, { description: 'Savings plus wider benefits.' })
  benefits: Money;

  @Field(() => Money, { description: 'What the scaling plans cost besides training.' })
  scalingCosts: Money;

  @Field(() => Money)
  trainingCosts: Money;

  @Field(() => Money, { description: 'Scaling plus training.' })
  growthCosts: Money;

  @Field(() => Money, { description: "The pilots' costs plus growth costs." })
  totalCost: Money;

  @Field(() => Money, { description: 'Benefits minus every cost, growth included.' })
  netBenefit: Money;

  @Field(() => String, {
    nullable: true,
    description: 'Benefits per unit of every cost, growth included, written "3.0 : 1"; null with no cost.',
  })
  benefitCostRatio: string | null;

  @Field(() => Int, {
    description: 'Scaling plans and training actions with no cost recorded yet: the cost of growing is understated by them.',
  })
  growthItemsWithoutCost: number;

  @Field(() => [GroupBenefits], { description: 'Money and metrics by beneficiary group, over the counted pilots.' })
  benefitsByGroup: GroupBenefits[];

  @Field(() => [String], { description: 'What to bear in mind reading these figures.' })
  notes: string[];
}
