import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@app/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { StepName } from '../step.enum';
import { TaskPriority, TaskStatus } from './task.model';

export const MAX_TASKS_PER_BATCH = 100;

const STEP_MESSAGE = { message: `must be one of ${Object.values(StepName).join(', ')}` };
const STATUS_MESSAGE = { message: `must be one of ${Object.values(TaskStatus).join(', ')}` };
const PRIORITY_MESSAGE = { message: `must be one of ${Object.values(TaskPriority).join(', ')}` };
const TITLE_LENGTH = { message: 'must be 1 to 200 characters long' };
const DESCRIPTION_LENGTH = { message: 'must be at most 10,000 characters long' };

@InputType()
export class CreateTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field(() => StepName, { nullable: true, description: "The programme's current step when omitted." })
  @IsOptional()
  @IsEnum(StepName, STEP_MESSAGE)
  step?: StepName;

  @Field()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 200, TITLE_LENGTH)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000, DESCRIPTION_LENGTH)
  description?: string;

  @Field(() => TaskStatus, { nullable: true, description: 'TODO when omitted.' })
  @IsOptional()
  @IsEnum(TaskStatus, STATUS_MESSAGE)
  status?: TaskStatus;

  @Field(() => TaskPriority, { nullable: true, description: 'MEDIUM when omitted.' })
  @IsOptional()
  @IsEnum(TaskPriority, PRIORITY_MESSAGE)
  priority?: TaskPriority;

  @Field(() => ID, { nullable: true, description: 'A member of the organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string;
}

@InputType({ description: `Several tasks at once, for fast capture: up to ${MAX_TASKS_PER_BATCH}, all created or none.` })
export class CreateTasksInput {
  @Field(() => [CreateTaskInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one task' })
  @ArrayMaxSize(MAX_TASKS_PER_BATCH, { message: `must hold at most ${MAX_TASKS_PER_BATCH} tasks` })
  @ValidateNested({ each: true })
  @Type(() => CreateTaskInput)
  tasks: CreateTaskInput[];
}

/** The task and the version the client saw: every change takes both. */
@InputType()
export class TaskVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a task id' })
  taskId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'Edits, moves (a new step) or changes the status of a task; fields left out stay as they are.' })
export class UpdateTaskInput extends TaskVersionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 200, TITLE_LENGTH)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000, DESCRIPTION_LENGTH)
  description?: string;

  @Field(() => StepName, { nullable: true, description: 'Moves the task to another step of its cycle.' })
  @IsOptional()
  @IsEnum(StepName, STEP_MESSAGE)
  step?: StepName;

  @Field(() => TaskStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskStatus, STATUS_MESSAGE)
  status?: TaskStatus;

  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  @IsEnum(TaskPriority, PRIORITY_MESSAGE)
  priority?: TaskPriority;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string;

  @Field({ nullable: true, description: 'Removes the due date (a null dueDate means "leave it as it is").' })
  @IsOptional()
  @IsBoolean()
  clearDueDate?: boolean;
}

@InputType({ description: 'Gives the task to a member of the organisation, or to nobody when assigneeId is null.' })
export class AssignTaskInput extends TaskVersionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string | null;
}
