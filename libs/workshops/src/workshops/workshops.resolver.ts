import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Action,
  alignByKey,
  Can,
  type Connection,
  Ctx,
  type GqlContext,
  groupByKey,
  loaderFor,
  RequestContext,
  toConnection,
} from '@app/common';
import { Participant, ParticipantsService } from '@app/people';
import { Programme } from '@app/programmes';
import {
  AddWorkshopAgendaItemInput,
  PlanWorkshopInput,
  RemoveWorkshopAgendaItemInput,
  ReorderWorkshopAgendaInput,
  UpdateWorkshopAgendaItemInput,
  UpdateWorkshopInput,
  WorkshopVersionInput,
} from './workshop.inputs';
import { Workshop, WorkshopAgendaItem, WorkshopAttendee, WorkshopConnection } from './workshop.model';
import { ProgrammeWorkshopsArgs, WorkshopArgs, WorkshopsArgs } from './workshops.args';
import { WorkshopAgendaService } from './workshop-agenda.service';
import { type WorkshopPage, WorkshopsService } from './workshops.service';

/** Workshops: read by every member; planning, changing and running them and their agendas is PLAN (ADMIN, PROGRAMME_MANAGER, CONSULTANT). */
@Resolver(() => Workshop)
export class WorkshopsResolver {
  constructor(
    private readonly service: WorkshopsService,
    private readonly agendas: WorkshopAgendaService,
  ) {}

  @Query(() => WorkshopConnection, { description: "The organisation's workshops, soonest first." })
  @Can(Action.READ)
  async workshops(@Ctx() ctx: RequestContext, @Args() args: WorkshopsArgs): Promise<Connection<Workshop>> {
    const [rows, total] = await this.service.page(ctx, args.filter ?? {}, args);
    return toConnection(rows, total, args);
  }

  @Query(() => Workshop)
  @Can(Action.READ)
  workshop(@Ctx() ctx: RequestContext, @Args() args: WorkshopArgs): Promise<Workshop> {
    return this.service.get(ctx, args.id);
  }

  @Mutation(() => Workshop, {
    description: "Plans a workshop of a programme, with the step's suggested agenda or one of your own templates copied in.",
  })
  @Can(Action.PLAN)
  planWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: PlanWorkshopInput): Promise<Workshop> {
    return this.service.plan(ctx, input);
  }

  @Mutation(() => Workshop, { description: 'Changes a planned or running workshop: title, times, place, link, facilitator, attendees.' })
  @Can(Action.PLAN)
  updateWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWorkshopInput): Promise<Workshop> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Workshop, { description: 'PLANNED to RUNNING.' })
  @Can(Action.PLAN)
  startWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopVersionInput): Promise<Workshop> {
    return this.service.move(ctx, input, 'START');
  }

  @Mutation(() => Workshop, { description: 'RUNNING to DONE.' })
  @Can(Action.PLAN)
  endWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopVersionInput): Promise<Workshop> {
    return this.service.move(ctx, input, 'END');
  }

  @Mutation(() => Workshop, { description: 'PLANNED to CANCELLED.' })
  @Can(Action.PLAN)
  cancelWorkshop(@Ctx() ctx: RequestContext, @Args('input') input: WorkshopVersionInput): Promise<Workshop> {
    return this.service.move(ctx, input, 'CANCEL');
  }

  @Mutation(() => Workshop, { description: 'Adds a section to the agenda; answers the workshop with its new version.' })
  @Can(Action.PLAN)
  addWorkshopAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: AddWorkshopAgendaItemInput): Promise<Workshop> {
    return this.agendas.add(ctx, input);
  }

  @Mutation(() => Workshop, { description: 'Changes a section of the agenda.' })
  @Can(Action.PLAN)
  updateWorkshopAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWorkshopAgendaItemInput): Promise<Workshop> {
    return this.agendas.update(ctx, input);
  }

  @Mutation(() => Workshop, { description: 'Removes a section of the agenda; those after it move up.' })
  @Can(Action.PLAN)
  removeWorkshopAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: RemoveWorkshopAgendaItemInput): Promise<Workshop> {
    return this.agendas.remove(ctx, input);
  }

  @Mutation(() => Workshop, { description: 'Puts the agenda in a new order, given as every item id once.' })
  @Can(Action.PLAN)
  reorderWorkshopAgenda(@Ctx() ctx: RequestContext, @Args('input') input: ReorderWorkshopAgendaInput): Promise<Workshop> {
    return this.agendas.reorder(ctx, input);
  }

  @ResolveField(() => [WorkshopAgendaItem], { description: 'In agenda order.' })
  async agenda(@Parent() workshop: Workshop, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopAgendaItem[]> {
    const rows = await loaderFor(gql, 'workshop.agenda', async (ids: readonly string[]) =>
      groupByKey(ids, await this.agendas.agendaOf(ctx, ids), (i) => i.workshopId),
    ).load(workshop.id);
    return rows ?? [];
  }

  @ResolveField(() => [WorkshopAttendee], { description: 'Members first, then participants.' })
  async attendees(@Parent() workshop: Workshop, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WorkshopAttendee[]> {
    const rows = await loaderFor(gql, 'workshop.attendees', async (ids: readonly string[]) =>
      groupByKey(ids, await this.service.attendeesOf(ctx, ids), (a) => a.workshopId),
    ).load(workshop.id);
    return rows ?? [];
  }
}

@Resolver(() => WorkshopAttendee)
export class WorkshopAttendeeFieldsResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant, { nullable: true, description: 'Set for a participant (what of them a role may read, as everywhere).' })
  async participant(
    @Parent() attendee: WorkshopAttendee,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Participant | null> {
    if (!attendee.participantId) return null;
    return loaderFor<string, Participant>(gql, 'workshopAttendee.participant', async (ids) =>
      alignByKey(ids, await this.participants.byIds(ctx, ids), (p) => p.id),
    ).load(attendee.participantId);
  }
}

/** `Programme.workshops`, batched over the programmes of a response. */
@Resolver(() => Programme)
export class ProgrammeWorkshopsResolver {
  constructor(private readonly service: WorkshopsService) {}

  @ResolveField(() => WorkshopConnection, { description: "The programme's workshops, soonest first." })
  async workshops(
    @Parent() programme: Programme,
    @Args() args: ProgrammeWorkshopsArgs,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Connection<Workshop>> {
    const name = `programme.workshops:${JSON.stringify({ status: args.status ?? null, first: args.first ?? null, after: args.after ?? null })}`;
    const page = await loaderFor<string, WorkshopPage>(gql, name, async (ids) => {
      const pages = await this.service.pageByProgramme(ctx, ids, { status: args.status }, args);
      return ids.map((id) => pages.get(id) ?? null);
    }).load(programme.id);
    const [rows, total] = page ?? [[], 0];
    return toConnection(rows, total, args);
  }
}
