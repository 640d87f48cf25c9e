import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { Programme } from '../programmes/programme.model';
import { AssignTaskInput, CreateTaskInput, CreateTasksInput, TaskVersionInput, UpdateTaskInput } from './task.inputs';
import { isOverdue, Task, TaskConnection } from './task.model';
import { type TaskPage, toTaskConnection } from './task-queries';
import { TaskArgs, TasksArgs } from './tasks.args';
import { TasksService } from './tasks.service';

@Resolver(() => Task)
export class TasksResolver {
  constructor(private readonly service: TasksService) {}

  @Query(() => TaskConnection, {
    description: "The organisation's tasks, due first (no due date last); with changedSince, oldest change first.",
  })
  @Can(Action.READ)
  async tasks(@Ctx() ctx: RequestContext, @Args() args: TasksArgs): Promise<Connection<Task>> {
    return toTaskConnection(await this.service.page(ctx, args.filter, args), args.filter, args);
  }

  @Query(() => Task)
  @Can(Action.READ)
  task(@Ctx() ctx: RequestContext, @Args() args: TaskArgs): Promise<Task> {
    return this.service.get(ctx, args.id);
  }

  @Mutation(() => Task, {
    description: 'Captures a task in a programme, in its current step unless another is named, in its current cycle.',
  })
  @Can(Action.CONTRIBUTE)
  createTask(@Ctx() ctx: RequestContext, @Args('input') input: CreateTaskInput): Promise<Task> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => [Task], { description: 'Captures several tasks at once, in the order given: all of them or, if one is refused, none.' })
  @Can(Action.CONTRIBUTE)
  createTasks(@Ctx() ctx: RequestContext, @Args('input') input: CreateTasksInput): Promise<Task[]> {
    return this.service.createMany(ctx, input);
  }

  @Mutation(() => Task, { description: 'Edits a task, moves it to another step, or changes its status.' })
  @Can(Action.CONTRIBUTE)
  updateTask(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTaskInput): Promise<Task> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Task, { description: 'Gives the task to a member of the organisation, or to nobody.' })
  @Can(Action.CONTRIBUTE)
  assignTask(@Ctx() ctx: RequestContext, @Args('input') input: AssignTaskInput): Promise<Task> {
    return this.service.assign(ctx, input);
  }

  @Mutation(() => Task, { description: 'Sets the task DONE.' })
  @Can(Action.CONTRIBUTE)
  completeTask(@Ctx() ctx: RequestContext, @Args('input') input: TaskVersionInput): Promise<Task> {
    return this.service.complete(ctx, input);
  }

  @Mutation(() => Task, { description: 'Deletes the task; answers it as it was.' })
  @Can(Action.CONTRIBUTE)
  deleteTask(@Ctx() ctx: RequestContext, @Args('input') input: TaskVersionInput): Promise<Task> {
    return this.service.delete(ctx, input);
  }

  @ResolveField(() => Boolean, { description: "Due before today in the organisation's time zone, and not DONE." })
  async overdue(@Parent() task: Task, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<boolean> {
    if (typeof task.overdue === 'boolean') return task.overdue; // the task queries compute it
    const today = await loaderFor<string, string>(gql, 'organisation.today', async (ids) => {
      const days = await this.service.todayIn(ctx, ids);
      return ids.map((id) => days.get(id) ?? null);
    }).load(task.organisationId);
    return today !== null && isOverdue(task, today);
  }
}

@Resolver(() => Programme)
export class ProgrammeTasksResolver {
  constructor(private readonly service: TasksService) {}

  /** Batched: the same page of every programme in the response loads in two statements. */
  @ResolveField(() => TaskConnection, { description: "The programme's tasks (every cycle unless the filter names one), due first." })
  async tasks(
    @Parent() programme: Programme,
    @Args() args: TasksArgs,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Connection<Task>> {
    const name = `programme.tasks:${JSON.stringify({ filter: args.filter ?? null, first: args.first ?? null, after: args.after ?? null })}`;
    const page = await loaderFor<string, TaskPage>(gql, name, async (ids) => {
      const pages = await this.service.pageByProgramme(ctx, ids, args.filter, args);
      return ids.map((id) => pages.get(id) ?? null);
    }).load(programme.id);
    return toTaskConnection(page!, args.filter, args);
  }
}
