import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, type GqlContext, loaderFor, RequestContext, SignedIn } from '@app/common';
import { Me } from '@app/identity';
import { Programme } from '@app/programmes';
import { ResetProgrammeCalendarFeedInput } from './calendar.inputs';
import { CalendarLinksService } from './calendar-links.service';
import { CalendarFeed, IssuedCalendarFeed } from './calendar.model';

@Resolver()
export class CalendarLinksResolver {
  constructor(private readonly links: CalendarLinksService) {}

  @Mutation(() => IssuedCalendarFeed, {
    description:
      'Makes a new link to your own calendar (the due dates of your open tasks, and the workshops and step target dates of the programmes you take part in, in every organisation you belong to), shown only this once; the link before it stops working at once.',
  })
  @SignedIn()
  resetMyCalendarFeed(@Ctx() ctx: RequestContext): Promise<IssuedCalendarFeed> {
    return this.links.resetPersonal(ctx);
  }

  @Mutation(() => IssuedCalendarFeed, {
    description:
      "Makes a new link to a programme's calendar (its open tasks' due dates, workshops and steps' target dates) for anyone it is given to, shown only this once; the link before it stops working at once. Publishing: ADMIN or PROGRAMME_MANAGER.",
  })
  @Can(Action.DECIDE_AND_PUBLISH)
  resetProgrammeCalendarFeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResetProgrammeCalendarFeedInput,
  ): Promise<IssuedCalendarFeed> {
    return this.links.resetProgramme(ctx, input.programmeId);
  }
}

@Resolver(() => Me)
export class MyCalendarFeedResolver {
  constructor(private readonly links: CalendarLinksService) {}

  @ResolveField(() => CalendarFeed, {
    nullable: true,
    description: 'Your calendar link, if you have made one (resetMyCalendarFeed); the link itself was shown only when it was made.',
  })
  calendarFeed(@Parent() me: Me, @Ctx() ctx: RequestContext): Promise<CalendarFeed | null> {
    // `me` is only ever the caller; a person's link is nobody else's business.
    if (me.id !== ctx.userIdOrNull) return Promise.resolve(null);
    return this.links.personal(ctx, me.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeCalendarFeedResolver {
  constructor(private readonly links: CalendarLinksService) {}

  @ResolveField(() => CalendarFeed, {
    nullable: true,
    description: "The programme's calendar link, if one was made (resetProgrammeCalendarFeed); the link itself was shown only then.",
  })
  calendarFeed(@Parent() programme: Programme, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<CalendarFeed | null> {
    return loaderFor<string, CalendarFeed | null>(gql, 'programme.calendarFeed', async (ids) => {
      const feeds = await this.links.ofProgrammes(ctx, ids);
      return ids.map((id) => feeds.get(id) ?? null);
    }).load(programme.id);
  }
}
