import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, type Connection, Ctx, type GqlContext, loaderFor, PageArgs, RequestContext } from '@app/common';
import { Pilot, PilotsService } from '@app/pilots';
import { Participant } from '../participants/participant.model';
import { ParticipantsService } from '../participants/participants.service';
import { PeopleService } from '../people.service';
import { EnrolParticipantInput, RecordSelfEfficacyInput, WithdrawParticipantInput } from './enrolment.inputs';
import { Enrolment, EnrolmentConnection, PilotNeeds, SelfEfficacyChange, SelfEfficacyReading } from './enrolment.model';
import { EnrolmentsService } from './enrolments.service';
import { selfEfficacyChange } from './self-efficacy';
import { MatchingService } from './matching.service';

@Resolver(() => Enrolment)
export class EnrolmentsResolver {
  constructor(
    private readonly service: EnrolmentsService,
    private readonly participants: ParticipantsService,
    private readonly pilots: PilotsService,
  ) {}

  @Mutation(() => Enrolment, {
    description:
      'Enrols a participant (with a lawful basis, not erased) in a pilot with a role, and stores their self-efficacy reading at enrolment. A withdrawn participant may rejoin.',
  })
  @Can(Action.PLAN)
  enrolParticipant(@Ctx() ctx: RequestContext, @Args('input') input: EnrolParticipantInput): Promise<Enrolment> {
    return this.service.enrol(ctx, input);
  }

  @Mutation(() => Enrolment, { description: 'Records a later self-efficacy reading, to show the change.' })
  @Can(Action.CONTRIBUTE)
  recordSelfEfficacy(@Ctx() ctx: RequestContext, @Args('input') input: RecordSelfEfficacyInput): Promise<Enrolment> {
    return this.service.recordSelfEfficacy(ctx, input);
  }

  @Mutation(() => Enrolment, { description: 'The participant leaves the pilot; their enrolment and readings stay in its figures.' })
  @Can(Action.PLAN)
  withdrawParticipant(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawParticipantInput): Promise<Enrolment> {
    return this.service.withdraw(ctx, input);
  }

  @ResolveField(() => Participant)
  async participant(@Parent() enrolment: Enrolment, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Participant> {
    const loader = loaderFor<string, Participant>(gql, 'people.participantById', async (ids) =>
      alignByKey(ids, await this.participants.byIds(ctx, ids), (p) => p.id),
    );
    return (await loader.load(enrolment.participantId))!;
  }

  @ResolveField(() => Pilot)
  async pilot(@Parent() enrolment: Enrolment, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Pilot> {
    const loader = loaderFor<string, Pilot>(gql, 'people.pilotById', async (ids) =>
      alignByKey(ids, await this.pilots.byIds(ctx, ids), (p) => p.id),
    );
    return (await loader.load(enrolment.pilotId))!;
  }

  @ResolveField(() => [SelfEfficacyReading], { description: 'In the order they were taken; the first is the one at enrolment.' })
  async selfEfficacyReadings(
    @Parent() enrolment: Enrolment,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<SelfEfficacyReading[]> {
    return (await this.readings(enrolment, ctx, gql)) ?? [];
  }

  @ResolveField(() => Int, { nullable: true, description: 'Latest minus first reading; null until there are two.' })
  async selfEfficacyChange(@Parent() enrolment: Enrolment, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number | null> {
    return selfEfficacyChange((await this.readings(enrolment, ctx, gql)) ?? []);
  }

  private readings(enrolment: Enrolment, ctx: RequestContext, gql: GqlContext) {
    return loaderFor<string, SelfEfficacyReading[]>(gql, 'people.enrolmentReadings', async (ids) => {
      const byEnrolment = await this.service.readingsOf(ctx, ids);
      return ids.map((id) => byEnrolment.get(id) ?? []);
    }).load(enrolment.id);
  }
}

/** What People it adds to a pilot: its participants, the change in their self-efficacy, and what it needs. */
@Resolver(() => Pilot)
export class PilotPeopleResolver {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly matching: MatchingService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => EnrolmentConnection, { description: 'Its enrolments, withdrawn ones included, oldest first.' })
  async participants(
    @Parent() pilot: Pilot,
    @Args() args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<Connection<Enrolment>> {
    const loader = loaderFor<string, Connection<Enrolment>>(
      gql,
      `people.pilotEnrolments:${args.first ?? ''}:${args.after ?? ''}`,
      async (ids) => {
        const pages = await this.enrolments.pagesOf(ctx, ids, args);
        return ids.map((id) => pages.get(id) ?? null);
      },
    );
    return (await loader.load(pilot.id))!;
  }

  @ResolveField(() => Int, { description: 'People enrolled so far, withdrawn and erased ones included: the people the pilot has reached.' })
  async enrolledParticipants(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<number> {
    const loader = loaderFor<string, number>(gql, 'people.pilotEnrolledCount', async (ids) => {
      const counts = await this.people.enrolledCount(ctx, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return (await loader.load(pilot.id)) ?? 0;
  }

  @ResolveField(() => SelfEfficacyChange, {
    description: "How its participants' self-efficacy moved since they enrolled: an outcome, never used to rank or exclude anyone.",
  })
  async selfEfficacyChange(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<SelfEfficacyChange> {
    const loader = loaderFor<string, SelfEfficacyChange>(gql, 'people.pilotSelfEfficacy', async (ids) => {
      const summaries = await this.enrolments.selfEfficacyOf(ctx, ids);
      return ids.map((id) => summaries.get(id) ?? null);
    });
    return (await loader.load(pilot.id))!;
  }

  @ResolveField(() => PilotNeeds, { nullable: true, description: 'The skills and hours it needs; null until set.' })
  needs(@Parent() pilot: Pilot, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<PilotNeeds | null> {
    return loaderFor<string, PilotNeeds>(gql, 'people.pilotNeeds', async (ids) => {
      const needs = await this.matching.needsOf(ctx, ids);
      return ids.map((id) => needs.get(id) ?? null);
    }).load(pilot.id);
  }
}
