import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Step } from '@app/workflow';
import { StepName } from '../step.enum';
import { Gate } from './programme.model';

@ObjectType({ description: "One checklist item's verdict as it was recorded when its step was passed." })
export class RecordedItemVerdict {
  @Field(() => ID)
  checklistItemId: string;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field({ description: 'Whether the item held the gate shut while unsatisfied.' })
  required: boolean;

  @Field()
  satisfied: boolean;

  @Field()
  explanation: string;
}

@ObjectType({
  description:
    "What a step's gate said when the step was completed. The record in force has no setAsideAt; reopening the step (or one before it) sets it aside, kept, and the next completion writes a new one.",
})
export class GateRecord {
  @Field(() => ID)
  id: string;

  @Field(() => StepName)
  step: Step;

  @Field(() => Int)
  cycle: number;

  @Field(() => Date, { description: 'When the step was completed: the same instant as its completedAt.' })
  passedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The member who completed the step; null when an API key did (the journey names the key).',
  })
  passedBy: string | null;

  @Field({ description: 'Whether the step was completed past open required items.' })
  passedByOverride: boolean;

  @Field(() => String, { nullable: true, description: 'The reason given for an override.' })
  overrideReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When a reopen set this record aside; null while it is the record in force.' })
  setAsideAt: Date | null;

  @Field(() => Gate, { description: 'The gate as this record shows it, counted from the recorded verdicts.' })
  gate: Gate;

  @Field(() => [RecordedItemVerdict], { description: "Each item's recorded verdict, in checklist order." })
  verdicts: RecordedItemVerdict[];

  programmeStepId: string;
}
