import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, type GqlContext, loaderFor, LocalDateScalar, RequestContext } from '@app/common';
import { Programme } from '../programmes/programme.model';
import {
  DashboardProgramme,
  MyWork,
  OrganisationDashboard,
  OverdueTasks,
  ProgrammeDashboard,
  StepProgrammeCounts,
  TickedItem,
} from './dashboard.model';
import { DashboardListArgs, DashboardProgrammesArgs, RecentlyTickedArgs } from './dashboards.args';
import { DashboardsService, type OrganisationSummary, type SectionRequest, type SectionResult } from './dashboards.service';

/** `Programme.dashboard`: the dashboards of every programme in a response load together (two statements). */
@Resolver(() => Programme)
export class ProgrammeDashboardResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  @ResolveField(() => ProgrammeDashboard, {
    description: "The current cycle's five steps with their checklists, tasks (done, total, overdue) and days in step.",
  })
  dashboard(@Parent() programme: Programme, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return loaderFor<Programme, ProgrammeDashboard, string>(
      gql,
      'programme.dashboard',
      (programmes) => this.dashboards.programmeDashboards(ctx, programmes),
      (p) => `${p.id}:${p.cycle}`,
    ).load(programme);
  }
}

/**
 * `organisationDashboard`: each field asks for its part through one DataLoader, so the parts a
 * client selects load together in one statement (and parts it does not select cost nothing).
 */
@Resolver(() => OrganisationDashboard)
export class OrganisationDashboardResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  private async part<T extends SectionResult>(ctx: RequestContext, gql: GqlContext, request: SectionRequest): Promise<T> {
    const loader = loaderFor<SectionRequest, SectionResult, string>(
      gql,
      'organisation.dashboard',
      (requests) => this.dashboards.sections(ctx, requests),
      (r) => JSON.stringify(r),
    );
    return (await loader.load(request)) as T;
  }

  private summary(ctx: RequestContext, gql: GqlContext): Promise<OrganisationSummary> {
    return this.part(ctx, gql, { part: 'summary' });
  }

  @Query(() => OrganisationDashboard, {
    description: "The organisation at a glance: programmes by step and status, overdue tasks and the caller's work.",
  })
  @Can(Action.READ)
  organisationDashboard(@Ctx() ctx: RequestContext): OrganisationDashboard {
    return { organisationId: ctx.tenantId };
  }

  @ResolveField(() => String, { description: "The organisation's time zone, in which overdue and days are counted." })
  async timeZone(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<string> {
    return (await this.summary(ctx, gql)).timeZone;
  }

  @ResolveField(() => LocalDateScalar, { description: "Today in the organisation's time zone." })
  async today(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<string> {
    return (await this.summary(ctx, gql)).today;
  }

  @ResolveField(() => Int, { description: 'All programmes, whatever their status.' })
  async programmeCount(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number> {
    return (await this.summary(ctx, gql)).programmeCount;
  }

  @ResolveField(() => [StepProgrammeCounts], { description: 'Programmes by current step and status: five rows, in step order.' })
  async programmesByStep(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<StepProgrammeCounts[]> {
    return (await this.summary(ctx, gql)).programmesByStep;
  }

  @ResolveField(() => [DashboardProgramme], { description: 'The programmes with their current step, its gate, and their tasks.' })
  programmes(@Ctx() ctx: RequestContext, @Context() gql: GqlContext, @Args() args: DashboardProgrammesArgs): Promise<DashboardProgramme[]> {
    return this.part(ctx, gql, { part: 'programmes', first: args.first, includeArchived: args.includeArchived });
  }

  @ResolveField(() => OverdueTasks)
  overdueTasks(@Ctx() ctx: RequestContext, @Context() gql: GqlContext, @Args() args: DashboardListArgs): Promise<OverdueTasks> {
    return this.part(ctx, gql, { part: 'overdue', first: args.first });
  }

  @ResolveField(() => MyWork)
  async myWork(@Ctx() ctx: RequestContext, @Context() gql: GqlContext, @Args() args: DashboardListArgs): Promise<MyWork> {
    const userId = ctx.userIdOrNull;
    if (!userId) return { totalCount: 0, overdueCount: 0, tasks: [], userId: null }; // an API key has no work of its own
    return this.part(ctx, gql, { part: 'mine', first: args.first, userId });
  }
}

@Resolver(() => MyWork)
export class MyWorkResolver {
  constructor(private readonly dashboards: DashboardsService) {}

  @ResolveField(() => [TickedItem], { description: 'Checklist items the caller ticked recently, newest first.' })
  recentlyTicked(@Parent() work: MyWork, @Ctx() ctx: RequestContext, @Args() args: RecentlyTickedArgs): Promise<TickedItem[]> {
    return this.dashboards.recentlyTicked(ctx, work.userId, args.days, args.first);
  }
}
