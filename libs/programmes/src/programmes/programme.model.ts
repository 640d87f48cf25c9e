import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, LocalDateScalar } from '@app/common';
import {
  type ChecklistKind,
  PROGRAMME_MOVE_TYPES,
  PROGRAMME_STATUSES,
  type ProgrammeMoveType as WorkflowMoveType,
  type ProgrammeStatus as WorkflowStatus,
  STEP_STATES,
  type Step,
  type StepState as WorkflowStepState,
} from '@app/workflow';
import { StepName } from '../step.enum';
import { ChecklistKindName } from '../templates/workflow-template.model';

// The lifecycle's lists as GraphQL enums (libs/workflow/src/programme-lifecycle.ts).
export const ProgrammeStatus = graphqlEnum(PROGRAMME_STATUSES, { name: 'ProgrammeStatus' });
export type ProgrammeStatus = WorkflowStatus;

export const StepState = graphqlEnum(STEP_STATES, { name: 'StepState' });
export type StepState = WorkflowStepState;

export const ProgrammeMoveType = graphqlEnum(PROGRAMME_MOVE_TYPES, {
  name: 'ProgrammeMoveType',
  description: 'The moves a programme can make, as the lifecycle table allows them.',
});
export type ProgrammeMoveType = WorkflowMoveType;

@ObjectType({ description: 'A transformation programme taking the organisation through the five steps.' })
export class Programme {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => ProgrammeStatus)
  status: WorkflowStatus;

  @Field(() => StepName, { description: 'Where the transformation stands.' })
  currentStep: Step;

  @Field(() => Int, { description: 'Starts at 1; after Grow it a programme may begin the next cycle at Map it.' })
  cycle: number;

  @Field(() => ID, { nullable: true, description: 'The organisation template it started from; null for the built-in default.' })
  templateId: string | null;

  @Field(() => Int, { description: 'The version of the template the programme started with.' })
  templateVersion: number;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, {
    description:
      'The sequence number of its newest history event (0 before any): remember it when you read the programme, and after a lost connection ask journey(afterSequence:) for what you missed.',
  })
  /** Resolved from history (ProgrammeSequenceResolver), unless the mutation that answers has just written one. */
  lastEventSequence?: number;

  organisationId: string;
}

@ObjectType({ description: 'A move the caller may make now, and what it asks of them.' })
export class AvailableProgrammeMove {
  @Field(() => ProgrammeMoveType)
  type: ProgrammeMoveType;

  @Field({
    description:
      'A reason of a few words must be sent: always to reopen; to advance, complete or start the next cycle while the gate is shut.',
  })
  reasonRequired: boolean;

  @Field({ description: "The current step's gate is shut: the move passes it by override, with the reason (ADMIN or PROGRAMME_MANAGER)." })
  overridesGate: boolean;

  @Field(() => [StepName], { description: 'For REOPEN, the steps that may be reopened; empty for the other moves.' })
  steps: Step[];
}

@ObjectType({
  description: "What the caller's role may do with a programme (the policy table of the README), so that a client offers nothing else.",
})
export class ProgrammePermissions {
  @Field({ description: 'Advance, reopen, pause, resume, complete, archive, start the next cycle.' })
  move: boolean;

  @Field({ description: 'Move past an unmet gate, with a reason.' })
  overrideGate: boolean;

  @Field({ description: "Rename or describe the programme, name its owner and each step's owner and target date." })
  edit: boolean;

  @Field({ description: 'Tick and untick manual checklist items.' })
  tickItems: boolean;

  @Field({ description: 'Create, assign, change and delete tasks.' })
  manageTasks: boolean;
}

@ObjectType({ description: 'One of the five steps of a programme, in one cycle.' })
export class ProgrammeStep {
  @Field(() => ID)
  id: string;

  @Field(() => StepName)
  step: Step;

  @Field(() => Int)
  cycle: number;

  @Field(() => StepState)
  state: WorkflowStepState;

  @Field(() => ID, { nullable: true, description: 'The member who answers for this step.' })
  ownerId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  targetDate: string | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the step was completed past an unmet gate, if it was.' })
  overrideReason: string | null;

  programmeId: string;
}

@ObjectType()
export class ChecklistItem {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field(() => StepName)
  step: Step;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field({ description: 'Required items keep the gate shut until satisfied; advisory ones only inform.' })
  required: boolean;

  @Field(() => ChecklistKindName)
  kind: ChecklistKind;

  @Field(() => String, { nullable: true, description: 'For EVIDENCED items: the rule that checks them.' })
  rule: string | null;

  @Field({ description: 'Where the item comes from, e.g. "Kannan & Chang 2013".' })
  source: string;

  @Field(() => Date, { nullable: true })
  tickedAt: Date | null;

  @Field(() => ID, { nullable: true })
  tickedBy: string | null;

  @Field(() => String, { nullable: true })
  evidenceText: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  programmeStepId: string;
}

@ObjectType()
export class OpenItem {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field({ description: 'What is missing.' })
  explanation: string;
}

@ObjectType({ description: "Whether a step's required checklist items are all satisfied." })
export class Gate {
  @Field()
  open: boolean;

  @Field(() => Int)
  requiredTotal: number;

  @Field(() => Int)
  requiredSatisfied: number;

  @Field(() => Int)
  advisoryTotal: number;

  @Field(() => Int)
  advisorySatisfied: number;

  @Field(() => [OpenItem], { description: 'The required items still open, in checklist order.' })
  openItems: OpenItem[];

  @Field({
    description:
      'True when this gate shows the verdicts recorded as the step was passed (a completed step); false when it is evaluated now from the records. A step completed before records were kept shows its live gate.',
  })
  recorded: boolean;

  @Field(() => Date, { nullable: true, description: 'When the step was passed, for a recorded gate.' })
  passedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For a recorded gate: whether it was passed by override, past open required items.',
  })
  passedByOverride: boolean | null;

  @Field(() => String, { nullable: true, description: 'For a gate passed by override: the reason given.' })
  overrideReason: string | null;
}

@ObjectType({ description: 'Whether an item is satisfied, and why.' })
export class ItemVerdict {
  @Field()
  satisfied: boolean;

  @Field()
  explanation: string;
}
