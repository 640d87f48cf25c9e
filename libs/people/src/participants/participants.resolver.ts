import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Action,
  Can,
  type Connection,
  Ctx,
  type GqlContext,
  JSONObjectScalar,
  loaderFor,
  RequestContext,
  requireAction,
  toConnection,
} from '@app/common';
import { Enrolment } from '../enrolments/enrolment.model';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EraseParticipantInput, RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { DETAIL_READERS, LawfulBasisRecord, NAME_READERS, Participant, ParticipantConnection } from './participant.model';
import { ParticipantPrivacyService } from './participant-privacy.service';
import { ParticipantArgs, ParticipantDataExportArgs, ParticipantsArgs } from './participants.args';
import { ParticipantsService } from './participants.service';
import { Skill } from './skill.model';
import { SkillsService } from './skills.service';

@Resolver(() => Participant)
export class ParticipantsResolver {
  constructor(
    private readonly service: ParticipantsService,
    private readonly privacy: ParticipantPrivacyService,
    private readonly skillList: SkillsService,
    private readonly enrolmentList: EnrolmentsService,
  ) {}

  @Query(() => ParticipantConnection, { description: "The organisation's participants, newest first." })
  @Can(Action.READ)
  async participants(@Ctx() ctx: RequestContext, @Args() args: ParticipantsArgs): Promise<Connection<Participant>> {
    const [rows, total] = await this.service.page(ctx, args.filter ?? {}, args);
    return toConnection(rows, total, args);
  }

  @Query(() => Participant)
  @Can(Action.READ)
  participant(@Ctx() ctx: RequestContext, @Args() args: ParticipantArgs): Promise<Participant> {
    return this.service.get(ctx, args.id);
  }

  @Query(() => JSONObjectScalar, {
    description:
      'Subject access: everything held about one participant (their record, skills, enrolments with pilot names and roles, self-efficacy readings, and the history events about them) as one JSON object.',
  })
  @Can(Action.READ_PERSONAL_DETAILS)
  participantDataExport(@Ctx() ctx: RequestContext, @Args() args: ParticipantDataExportArgs): Promise<Record<string, unknown>> {
    return this.privacy.exportData(ctx, args.participantId);
  }

  @Mutation(() => Participant, {
    description: 'Registers a participant. A name, contact or notes need a lawful basis; without one, nothing personal is held.',
  })
  @Can(Action.PLAN)
  registerParticipant(@Ctx() ctx: RequestContext, @Args('input') input: RegisterParticipantInput): Promise<Participant> {
    return this.service.register(ctx, input);
  }

  @Mutation(() => Participant, { description: 'Edits a participant (not an erased one).' })
  @Can(Action.PLAN)
  updateParticipant(@Ctx() ctx: RequestContext, @Args('input') input: UpdateParticipantInput): Promise<Participant> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Participant, {
    description:
      'Erases the personal details of a participant for good (name, contact, notes, and the wording of their lawful basis). Kind, skills, motivation, hours, enrolments and self-efficacy readings stay, anonymous, so counts and pilot statistics do not change.',
  })
  @Can(Action.ERASE_PARTICIPANT)
  eraseParticipant(@Ctx() ctx: RequestContext, @Args('input') input: EraseParticipantInput): Promise<Participant> {
    return this.privacy.erase(ctx, input);
  }

  // Personal fields: who may read each is in participant.model.ts.
  @ResolveField(() => String, { nullable: true })
  displayName(@Parent() participant: Participant, @Ctx() ctx: RequestContext): string {
    requireAction(ctx.role, NAME_READERS);
    return participant.displayName;
  }

  @ResolveField(() => String, { nullable: true })
  contact(@Parent() participant: Participant, @Ctx() ctx: RequestContext): string | null {
    requireAction(ctx.role, DETAIL_READERS);
    return participant.contact;
  }

  @ResolveField(() => String, { nullable: true })
  notes(@Parent() participant: Participant, @Ctx() ctx: RequestContext): string | null {
    requireAction(ctx.role, DETAIL_READERS);
    return participant.notes;
  }

  @ResolveField(() => [Skill], { description: 'By name.' })
  async skills(@Parent() participant: Participant, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Skill[]> {
    const loader = loaderFor<string, Skill[]>(gql, 'people.participantSkills', async (ids) => {
      const byParticipant = await this.skillList.ofParticipants(ctx, ids);
      return ids.map((id) => byParticipant.get(id) ?? []);
    });
    return (await loader.load(participant.id)) ?? [];
  }

  @ResolveField(() => [Enrolment], { description: 'The pilots they take or took part in, oldest first.' })
  async enrolments(@Parent() participant: Participant, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<Enrolment[]> {
    const loader = loaderFor<string, Enrolment[]>(gql, 'people.participantEnrolments', async (ids) => {
      const byParticipant = await this.enrolmentList.ofParticipants(ctx, ids);
      return ids.map((id) => byParticipant.get(id) ?? []);
    });
    return (await loader.load(participant.id)) ?? [];
  }
}

/** The wording of a lawful basis is personal (it may name the person or their circumstances); the basis and the date are not. */
@Resolver(() => LawfulBasisRecord)
export class LawfulBasisRecordResolver {
  @ResolveField(() => String, { nullable: true })
  consentPurposes(@Parent() record: LawfulBasisRecord, @Ctx() ctx: RequestContext): string | null {
    requireAction(ctx.role, DETAIL_READERS);
    return record.consentPurposes;
  }

  @ResolveField(() => String, { nullable: true })
  consentMeans(@Parent() record: LawfulBasisRecord, @Ctx() ctx: RequestContext): string | null {
    requireAction(ctx.role, DETAIL_READERS);
    return record.consentMeans;
  }

  @ResolveField(() => String, { nullable: true })
  otherBasis(@Parent() record: LawfulBasisRecord, @Ctx() ctx: RequestContext): string | null {
    requireAction(ctx.role, DETAIL_READERS);
    return record.otherBasis;
  }
}
