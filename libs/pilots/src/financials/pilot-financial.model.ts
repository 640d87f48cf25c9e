import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum, LocalDateScalar } from '@app/common';
import { FINANCIAL_LINE_KINDS, type FinancialLineKind as WorkflowKind } from '@app/workflow';
import { BeneficiaryGroup, GroupBenefits } from '../beneficiary-group.model';
import { Money } from '../money.model';

export const FinancialLineKind = graphqlEnum(FINANCIAL_LINE_KINDS, {
  name: 'FinancialLineKind',
  description:
    'COST: money the pilot spends. SAVING: cashable savings it makes. WIDER_BENEFIT: value to others (e.g. fewer days off work), counted in benefits but not in savings.',
});
export type FinancialLineKind = WorkflowKind;

@ObjectType({ description: 'A dated cost, saving or wider benefit of a pilot, in the pilot’s currency.' })
export class FinancialLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pilotId: string;

  @Field(() => FinancialLineKind)
  kind: FinancialLineKind;

  @Field(() => Money, { description: 'Never negative: whether money goes out or comes back is said by the kind.' })
  amount: Money;

  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  description: string;

  @Field(() => BeneficiaryGroup, { description: 'Who the cost is spent on, or who gains the saving or benefit.' })
  beneficiaryGroup: BeneficiaryGroup;

  @Field()
  createdAt: Date;
}

export const FinancialLineConnection = ConnectionType(FinancialLine);

@ObjectType({ description: "A pilot's economics, worked out exactly from its financial lines (libs/workflow/economics)." })
export class PilotEconomics {
  @Field()
  currency: string;

  @Field(() => Money)
  totalCost: Money;

  @Field(() => Money, { description: 'Cashable savings.' })
  totalSavings: Money;

  @Field(() => Money)
  totalWiderBenefits: Money;

  @Field(() => Money, { description: 'Savings plus wider benefits.' })
  totalBenefits: Money;

  @Field(() => Money, { description: 'Benefits minus cost; negative when the pilot costs more than it returns.' })
  netBenefit: Money;

  @Field(() => String, {
    nullable: true,
    description:
      'Benefits per unit of cost, to one decimal, written "5.0 : 1"; null when no cost is recorded (see ratioNote), never a division by zero.',
  })
  benefitCostRatio: string | null;

  @Field(() => String, { nullable: true, description: 'The ratio as a plain decimal, e.g. "5.0".' })
  benefitCostRatioValue: string | null;

  @Field(() => String, { nullable: true, description: 'How to read the ratio, or why there is none.' })
  ratioNote: string | null;

  @Field(() => Int, { nullable: true, description: 'The people reached that the per-participant figures divide by.' })
  participantsReached: number | null;

  @Field(() => Money, {
    nullable: true,
    description: 'Total cost per participant reached, to the minor unit (halves away from zero); null while none are recorded.',
  })
  costPerParticipant: Money | null;

  @Field(() => Money, { nullable: true, description: 'Savings per participant reached; null while none are recorded.' })
  savingPerParticipant: Money | null;

  @Field(() => Money, { nullable: true, description: 'All benefits per participant reached; null while none are recorded.' })
  benefitPerParticipant: Money | null;

  @Field(() => String, { nullable: true, description: 'Why there are no per-participant figures, when there are none.' })
  perParticipantNote: string | null;

  @Field(() => [GroupBenefits], {
    description:
      'Money and metrics by beneficiary group, every group once (service users first), so a board sees who gains, not only how much.',
  })
  benefitsByGroup: GroupBenefits[];
}
