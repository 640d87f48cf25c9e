import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/common';
import type { ProgrammeStatus as WorkflowStatus, Step, StepState as WorkflowStepState } from '@app/workflow';
import { OpenItem, ProgrammeStatus, StepState } from '../programmes/programme.model';
import { StepName } from '../step.enum';
import { TaskPriority, TaskStatus } from '../tasks/task.model';

/** The longest list a dashboard section returns; the counts beside each list cover everything. */
export const DASHBOARD_MAX_LIST = 100;

// ---------------------------------------------------------------------------------------------
// Programme.dashboard

@ObjectType({ description: "One step of the programme's current cycle, as a dashboard shows it." })
export class StepDashboard {
  @Field(() => StepName)
  step: Step;

  @Field({ description: 'e.g. "Map it".' })
  name: string;

  @Field(() => StepState)
  state: WorkflowStepState;

  @Field({ description: "The programme's current step." })
  current: boolean;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  targetDate: string | null;

  @Field({ description: "The target date has passed (in the organisation's time zone) and the step is not completed." })
  targetMissed: boolean;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Whole calendar days, in the organisation's time zone, from the day the step started to today (or to the day it was completed). 0 on the day it starts; null when it has not started.",
  })
  daysInStep: number | null;

  @Field(() => Int)
  requiredTotal: number;

  @Field(() => Int)
  requiredSatisfied: number;

  @Field(() => Int)
  advisoryTotal: number;

  @Field(() => Int)
  advisorySatisfied: number;

  @Field(() => Int, { description: 'Required items not yet satisfied: what keeps the gate shut.' })
  openRequiredItems: number;

  @Field(() => [OpenItem], { description: 'The required items still open, in checklist order.' })
  openItems: OpenItem[];

  @Field({ description: 'Every required item is satisfied.' })
  gateOpen: boolean;

  @Field(() => Int, { description: "Tasks of this step in the programme's current cycle." })
  tasksTotal: number;

  @Field(() => Int)
  tasksDone: number;

  @Field(() => Int, { description: "Not done and due before today in the organisation's time zone." })
  tasksOverdue: number;
}

@ObjectType({ description: "Where a programme stands: its current cycle's five steps, with checklists, tasks and time spent." })
export class ProgrammeDashboard {
  @Field(() => ID)
  programmeId: string;

  @Field(() => ProgrammeStatus)
  status: WorkflowStatus;

  @Field(() => StepName)
  currentStep: Step;

  @Field(() => Int)
  cycle: number;

  @Field({ description: "The organisation's time zone, in which dates and days are counted." })
  timeZone: string;

  @Field(() => LocalDateScalar, { description: "Today in the organisation's time zone." })
  today: string;

  @Field(() => [StepDashboard], { description: 'The five steps, in order.' })
  steps: StepDashboard[];

  @Field(() => Int, { description: 'Tasks of the current cycle, all steps.' })
  tasksTotal: number;

  @Field(() => Int)
  tasksDone: number;

  @Field(() => Int)
  tasksOverdue: number;
}

// ---------------------------------------------------------------------------------------------
// organisationDashboard

@ObjectType({ description: 'How many programmes stand at one step, by status.' })
export class StepProgrammeCounts {
  @Field(() => StepName)
  step: Step;

  @Field()
  name: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  paused: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  archived: number;
}

@ObjectType({ description: 'A programme as the organisation dashboard lists it.' })
export class DashboardProgramme {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ProgrammeStatus)
  status: WorkflowStatus;

  @Field(() => StepName)
  currentStep: Step;

  @Field(() => Int)
  cycle: number;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => StepState, { nullable: true })
  currentStepState: WorkflowStepState | null;

  @Field(() => LocalDateScalar, { nullable: true })
  currentStepTargetDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Days in the current step, as StepDashboard.daysInStep counts them.' })
  daysInCurrentStep: number | null;

  @Field({ description: "The current step's gate holds: every required item is satisfied." })
  gateOpen: boolean;

  @Field(() => Int, { description: 'Required items of the current step not yet satisfied.' })
  openRequiredItems: number;

  @Field(() => Int, { description: 'Tasks not done, all cycles.' })
  tasksOpen: number;

  @Field(() => Int, { description: "Tasks not done and due before today in the organisation's time zone, all cycles." })
  tasksOverdue: number;
}

@ObjectType({ description: 'A task as a dashboard lists it; the full task is `task(id)`.' })
export class DashboardTask {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID)
  programmeId: string;

  @Field()
  programmeName: string;

  @Field(() => StepName)
  step: Step;

  @Field(() => Int)
  cycle: number;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => TaskPriority)
  priority: TaskPriority;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @Field(() => Int, { description: "Days past the due date in the organisation's time zone; 0 when not overdue." })
  daysOverdue: number;
}

@ObjectType({ description: 'Tasks past their due date in programmes that are ACTIVE or PAUSED, earliest due first.' })
export class OverdueTasks {
  @Field(() => Int, { description: 'All of them, not only those listed.' })
  totalCount: number;

  @Field(() => [DashboardTask])
  tasks: DashboardTask[];
}

@ObjectType({ description: 'A checklist item the caller ticked.' })
export class TickedItem {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => StepName)
  step: Step;

  @Field(() => Int)
  cycle: number;

  @Field(() => ID)
  programmeId: string;

  @Field()
  programmeName: string;

  @Field()
  tickedAt: Date;
}

@ObjectType({
  description:
    "The caller's open work: tasks assigned to them that are not done, in programmes that are ACTIVE or PAUSED, by due date (undated last). Empty for an API key.",
})
export class MyWork {
  @Field(() => Int)
  totalCount: number;

  @Field(() => Int, { description: 'How many of them are overdue.' })
  overdueCount: number;

  @Field(() => [DashboardTask])
  tasks: DashboardTask[];

  /** The caller's user id (null for an API key); not a field. */
  userId: string | null;
}

@ObjectType({ description: "The organisation at a glance: its programmes by step and status, overdue tasks and the caller's work." })
export class OrganisationDashboard {
  @Field(() => ID)
  organisationId: string;

  // Every other field is resolved in OrganisationDashboardResolver, and only when asked for.
}
