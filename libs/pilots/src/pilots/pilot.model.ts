import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum, LocalDateScalar } from '@app/common';
import {
  PILOT_DECISIONS,
  PILOT_MOVE_TYPES,
  PILOT_STATUSES,
  type PilotDecision as WorkflowDecision,
  type PilotMoveType as WorkflowMoveType,
  type PilotStatus as WorkflowStatus,
  REASON_RULES,
  type ReasonRule as WorkflowReasonRule,
} from '@app/workflow';
import { Money } from '../money.model';

// The lifecycle's lists as GraphQL enums (libs/workflow/src/pilot-lifecycle.ts, reasons.ts).
export const PilotStatus = graphqlEnum(PILOT_STATUSES, {
  name: 'PilotStatus',
  description:
    'PROPOSED → APPROVED → RUNNING → EVALUATING → SCALE | STOP, or back to APPROVED after an ADAPT decision; PROPOSED or APPROVED → REJECTED. SCALE, STOP and REJECTED are final.',
});
export type PilotStatus = WorkflowStatus;

export const PilotDecision = graphqlEnum(PILOT_DECISIONS, {
  name: 'PilotDecision',
  description: 'What an evaluation decides: scale the pilot up, adapt it and run it again, or stop it.',
});
export type PilotDecision = WorkflowDecision;

export const PilotMoveType = graphqlEnum(PILOT_MOVE_TYPES, { name: 'PilotMoveType' });
export type PilotMoveType = WorkflowMoveType;

export const ReasonRule = graphqlEnum(REASON_RULES, {
  name: 'ReasonRule',
  description: 'Whether a move needs a reason (a few words at least), may take one, or takes none.',
});
export type ReasonRule = WorkflowReasonRule;

@ObjectType({ description: 'A move the pilot lifecycle allows now.' })
export class AllowedPilotMove {
  @Field(() => PilotMoveType)
  type: PilotMoveType;

  @Field(() => PilotDecision, { nullable: true, description: 'For DECIDE: which decision.' })
  decision?: PilotDecision | null;

  @Field(() => PilotStatus, { description: 'The status the pilot would have after the move.' })
  to: PilotStatus;

  @Field(() => ReasonRule)
  reason: ReasonRule;
}

@ObjectType({ description: 'A small trial in a priority area (Focus it), with its own lifecycle, outcome metrics and economics.' })
export class Pilot {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => ID, { nullable: true })
  priorityAreaId: string | null;

  @Field()
  name: string;

  @Field({ description: 'What the pilot sets out to show.' })
  hypothesis: string;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate: string | null;

  @Field(() => Money, { nullable: true })
  budget: Money | null;

  @Field({ description: 'The one currency of the pilot’s budget and financial lines (ISO 4217).' })
  currency: string;

  @Field(() => Int, { nullable: true, description: 'People the pilot reached, recorded by hand.' })
  participantsReached: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people the pilot means to reach; null until set.' })
  targetParticipants: number | null;

  @Field(() => PilotStatus)
  status: WorkflowStatus;

  @Field(() => Int, { description: '1 for the first run; one more after each ADAPT decision.' })
  iteration: number;

  @Field(() => PilotDecision, { nullable: true, description: 'The latest evaluation decision, if any.' })
  lastDecision: WorkflowDecision | null;

  @Field(() => String, { nullable: true, description: 'The reason given with the latest approval, rejection or decision.' })
  lastReason: string | null;

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field(() => Int, { description: 'Send it back with every change and move; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

export const PilotConnection = ConnectionType(Pilot);
