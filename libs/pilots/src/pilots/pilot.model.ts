import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@app/common';
import type { PilotDecision as WorkflowDecision, PilotStatus as WorkflowStatus } from '@app/workflow';
import { Money } from '../money.model';

export enum PilotStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  RUNNING = 'RUNNING',
  EVALUATING = 'EVALUATING',
  SCALE = 'SCALE',
  STOP = 'STOP',
  REJECTED = 'REJECTED',
}
registerEnumType(PilotStatus, {
  name: 'PilotStatus',
  description: 'PROPOSED → APPROVED → RUNNING → EVALUATING → SCALE | STOP, or back to APPROVED after an ADAPT decision; PROPOSED or APPROVED → REJECTED. SCALE, STOP and REJECTED are final.',
});

export enum PilotDecision {
  SCALE = 'SCALE',
  ADAPT = 'ADAPT',
  STOP = 'STOP',
}
registerEnumType(PilotDecision, { name: 'PilotDecision', description: 'What an evaluation decides: scale the pilot up, adapt it and run it again, or stop it.' });

export enum PilotMoveType {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  START = 'START',
  BEGIN_EVALUATION = 'BEGIN_EVALUATION',
  DECIDE = 'DECIDE',
}
registerEnumType(PilotMoveType, { name: 'PilotMoveType' });

export enum ReasonRule {
  REQUIRED = 'REQUIRED',
  OPTIONAL = 'OPTIONAL',
  NONE = 'NONE',
}
registerEnumType(ReasonRule, { name: 'ReasonRule', description: 'Whether a move needs a reason (a few words at least), may take one, or takes none.' });

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
