import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { StepName } from '../step.enum';
import { TaskStatus } from './task.model';

@InputType({ description: 'Every field given narrows the list; leave a field out to ignore it.' })
export class TaskFilter {
  @Field({ nullable: true, description: 'Only tasks assigned to you (true), or not to you (false).' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Only tasks you captured (true), or someone else did (false).' })
  @IsOptional()
  @IsBoolean()
  createdByMe?: boolean;

  @Field({
    nullable: true,
    description: "Only overdue tasks (true: due before today in the organisation's time zone and not DONE), or only the others (false).",
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => StepName, { nullable: true })
  @IsOptional()
  @IsEnum(StepName, { message: `must be one of ${Object.values(StepName).join(', ')}` })
  step?: StepName;

  @Field(() => [TaskStatus], { nullable: true, description: 'Tasks with any of these statuses.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one status, or be left out' })
  @ArrayMaxSize(4)
  @IsEnum(TaskStatus, { each: true, message: `must each be one of ${Object.values(TaskStatus).join(', ')}` })
  status?: TaskStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;

  @Field(() => Int, { nullable: true, description: 'Only tasks of this programme cycle.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  cycle?: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only tasks changed at or after this time (inclusive), oldest change first, for intranets that poll. ' +
      'Page with `after` as usual; on the next poll pass the updatedAt of the last task you received, and ' +
      'skip tasks you already have at that version. Deletions show in the history as TASK_DELETED.',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  changedSince?: Date;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter;
}

@ArgsType()
export class TaskArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a task id' })
  id: string;
}
