import { Field, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import {
  BENEFICIARY_GROUP_INFO,
  BENEFICIARY_GROUPS,
  type BeneficiaryGroup as WorkflowGroup,
  type GroupBenefits as WorkflowGroupBenefits,
} from '@app/workflow';
import { Money, toMoney } from './money.model';

export const BeneficiaryGroup = graphqlEnum(BENEFICIARY_GROUPS, {
  name: 'BeneficiaryGroup',
  description:
    'Who gains from a metric or a line of money: SERVICE_USERS (people who use the service), CITIZENS (residents at large), ' +
    'FRONTLINE_STAFF, MANAGERS (of the service) or POLITICIANS. The case for a pilot is read group by group, not only as money.',
});
export type BeneficiaryGroup = WorkflowGroup;

@ObjectType({
  description:
    'What one beneficiary group gets from a pilot (or a programme): money in exact amounts, and the metrics that track its gain.',
})
export class GroupBenefits {
  @Field(() => BeneficiaryGroup)
  group: BeneficiaryGroup;

  @Field({ description: 'The group in plain words, e.g. "Frontline staff".' })
  label: string;

  @Field({ description: 'The kind of gain this group usually sees from coproduction, in plain words.' })
  typicalGain: string;

  @Field(() => Money, { description: 'Costs spent on this group.' })
  costs: Money;

  @Field(() => Money)
  savings: Money;

  @Field(() => Money)
  widerBenefits: Money;

  @Field(() => Money, { description: 'Savings plus wider benefits.' })
  benefits: Money;

  @Field(() => Int, { description: 'How many metrics track this group’s gain.' })
  metricCount: number;

  @Field(() => [String], { description: 'The names of those metrics.' })
  metrics: string[];
}

export function toGroupBenefits(rows: readonly WorkflowGroupBenefits[], currency: string): GroupBenefits[] {
  return rows.map((row) => ({
    group: row.group,
    ...BENEFICIARY_GROUP_INFO[row.group],
    costs: toMoney(row.costs, currency),
    savings: toMoney(row.savings, currency),
    widerBenefits: toMoney(row.widerBenefits, currency),
    benefits: toMoney(row.benefits, currency),
    metricCount: row.metrics.length,
    metrics: row.metrics,
  }));
}
