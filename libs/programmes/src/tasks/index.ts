import { ProgrammeTasksResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';
import { TasksCsvController } from './tasks-csv.controller';
import { TasksCsvService } from './tasks-csv.service';

export const TASK_PROVIDERS = [TasksService, TasksResolver, ProgrammeTasksResolver, TasksCsvService];
export const TASK_CONTROLLERS = [TasksCsvController];

export * from './task.model';
export * from './task.inputs';
export * from './tasks.args';
export * from './tasks.service';
export { type TaskPage, type TaskRow, toTaskConnection } from './task-queries';
