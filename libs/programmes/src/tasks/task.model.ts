import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@app/common';
import type { Step } from '@app/workflow';
import { StepName } from '../step.enum';
import { TaskPriority, TaskStatus } from './task.entity';

export { TaskPriority, TaskStatus };
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'DONE tasks count towards "every task of this step is done".' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });

@ObjectType({ description: 'A piece of work in one step of a programme (in one cycle).' })
export class Task {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => StepName)
  step: Step;

  @Field(() => Int, { description: 'The programme cycle the task belongs to; a gate counts only the tasks of its own cycle.' })
  cycle: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => TaskPriority)
  priority: TaskPriority;

  @Field(() => ID, { nullable: true, description: 'A member of the organisation, or null while nobody has it.' })
  assigneeId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who captured it; null when an integration did.' })
  createdBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last set to DONE; null while it is not.' })
  completedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The workshop it came out of, when a workshop output was converted into it.' })
  workshopId: string | null;

  /**
   * Due before today in the organisation's time zone and not DONE. The task queries compute
   * it in SQL; `TasksResolver.overdue` fills it in for a task that arrives without it.
   */
  overdue?: boolean;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field({ description: 'When the task was captured.' })
  createdAt: Date;

  @Field({ description: 'When the task last changed; what `changedSince` filters on.' })
  updatedAt: Date;

  organisationId: string;
}

export const TaskConnection = ConnectionType(Task);

/** The one definition of "overdue" outside SQL (where `task-queries.ts` states the same rule). */
export function isOverdue(task: Pick<Task, 'dueDate' | 'status'>, today: string): boolean {
  return task.dueDate !== null && task.dueDate < today && task.status !== TaskStatus.DONE;
}
