import { ProgrammeTasksResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

export const TASK_PROVIDERS = [TasksService, TasksResolver, ProgrammeTasksResolver];

export * from './task.model';
export * from './task.inputs';
export * from './tasks.args';
export * from './tasks.service';
export { type TaskPage, type TaskRow, toTaskConnection } from './task-queries';
