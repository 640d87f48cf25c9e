import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  type FieldProblem,
  InvalidTransitionError,
  NotFoundError,
  type PageArgs,
  pageWindow,
  type RequestContext,
} from '@app/common';
import { Database, tenantRepository } from '@app/database';
import { type EventPayload, HistoryService } from '@app/history';
import { UsersService } from '@app/identity';
import { ParticipantsService } from '@app/people';
import { ProgrammesService } from '@app/programmes';
import {
  applyWorkshopMove,
  STEP_INFO,
  type Step,
  suggestedAgenda,
  workshopEditRefusal,
  type WorkshopMove,
  type WorkshopStatus,
} from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { VoteRoundsService } from '../room/vote-rounds.service';
import { WorkshopGuestsService } from '../room/workshop-guests.service';
import { WorkshopTemplatesService } from '../templates/workshop-templates.service';
import { lockLiveProgramme } from './live-programme';
import type { WorkshopTemplate } from '../templates/workshop-template.model';
import { seedAgenda } from './agenda-sections';
import { WorkshopAttendeeEntity } from './workshop-attendee.entity';
import { WorkshopEntity } from './workshop.entity';
import type { PlanWorkshopInput, UpdateWorkshopInput, WorkshopVersionInput } from './workshop.inputs';
import type { Workshop, WorkshopAttendee } from './workshop.model';
import { bumpWorkshop, openWorkshop, recordWorkshopEvent, unique } from './workshop-writes';

export interface WorkshopFilterValues {
  programmeId?: string;
  status?: WorkshopStatus;
  from?: Date;
  to?: Date;
}

export type WorkshopPage = [rows: Workshop[], total: number];

const COLUMNS = `w.id, w.organisation_id AS "organisationId", w.programme_id AS "programmeId", w.cycle, w.step, w.title,
  w.starts_at AS "startsAt", w.ends_at AS "endsAt", w.place, w.online_url AS "onlineUrl", w.facilitator_user_id AS "facilitatorUserId",
  w.status, w.template_id AS "templateId", CASE WHEN w.join_code_expires_at > now() THEN w.join_code_expires_at END AS "joiningOpenUntil", w.version, w.created_at AS "createdAt", w.updated_at AS "updatedAt"`;

const MOVE_EVENTS: Record<WorkshopMove, string> = { START: 'WORKSHOP_STARTED', END: 'WORKSHOP_ENDED', CANCEL: 'WORKSHOP_CANCELLED' };

/**
 * Workshops of a programme's steps: plan (from the step's suggested agenda or one of the
 * caller's own templates, copied into the organisation), change, start, end or cancel
 * (the agenda's own changes: WorkshopAgendaService). Every change takes the workshop's version, moves it on and records one event
 * in the programme's history (ids and non-personal values only: no titles, places or names).
 */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly programmes: ProgrammesService,
    private readonly users: UsersService,
    private readonly participants: ParticipantsService,
    private readonly templates: WorkshopTemplatesService,
    private readonly guests: WorkshopGuestsService,
    private readonly rounds: VoteRoundsService,
  ) {}

  plan(ctx: RequestContext, input: PlanWorkshopInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await lockLiveProgramme(this.programmes, em, ctx, input.programmeId);
      const problems: FieldProblem[] = [];
      let template: WorkshopTemplate | null = null;
      if (input.templateId) {
        template = await this.templates.get(ctx, input.templateId).catch((error: unknown) => {
          if (error instanceof NotFoundError)
            problems.push({ field: 'input.templateId', message: 'is not one of your workshop templates' });
          else throw error;
          return null;
        });
      }
      const step: Step = input.step ?? template?.step ?? programme.currentStep;
      checkTimes(input.startsAt, input.endsAt, problems);
      await this.checkMembers(ctx, [input.facilitatorUserId], 'input.facilitatorUserId', problems, true);
      const userIds = unique(input.attendeeUserIds ?? []);
      const participantIds = unique(input.attendeeParticipantIds ?? []);
      await this.checkMembers(ctx, userIds, 'input.attendeeUserIds', problems);
      await this.checkParticipants(ctx, participantIds, 'input.attendeeParticipantIds', problems);
      if (problems.length) throw new BadInputError(problems);

      const workshops = tenantRepository(em, ctx, WorkshopEntity);
      const workshop = await workshops.save(
        workshops.create({
          programmeId: programme.id,
          cycle: programme.cycle,
          step,
          title: input.title?.trim() || template?.title || `${STEP_INFO[step].name} workshop`,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place?.trim() || null,
          onlineUrl: input.onlineUrl ?? null,
          facilitatorUserId: input.facilitatorUserId,
          status: 'PLANNED',
          templateId: template?.id ?? null,
        }),
      );
      await this.replaceAttendees(em, ctx, workshop.id, userIds, participantIds);
      const sections = await seedAgenda(em, ctx, workshop.id, programme, step, template?.sections ?? suggestedAgenda(step));
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_PLANNED', {
        step,
        cycle: workshop.cycle,
        startsAt: workshop.startsAt.toISOString(),
        endsAt: workshop.endsAt.toISOString(),
        facilitatorUserId: workshop.facilitatorUserId,
        templateId: workshop.templateId,
        attendeeUserIds: userIds,
        // How many participants, never which: history outlives a participant's erasure.
        attendeeParticipants: participantIds.length,
        agendaItems: sections.length,
      });
      return this.get(ctx, workshop.id);
    });
  }

  update(ctx: RequestContext, input: UpdateWorkshopInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const current = await openWorkshop(this.programmes, em, ctx, input.workshopId, workshopEditRefusal);
      const problems: FieldProblem[] = [];
      const changes: Partial<WorkshopEntity> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.startsAt != null) changes.startsAt = input.startsAt;
      if (input.endsAt != null) changes.endsAt = input.endsAt;
      if (input.place != null) changes.place = input.place.trim() || null;
      if (input.onlineUrl != null) changes.onlineUrl = input.onlineUrl;
      if (input.clearOnlineUrl) {
        if (input.onlineUrl != null) problems.push({ field: 'input.clearOnlineUrl', message: 'cannot be combined with input.onlineUrl' });
        changes.onlineUrl = null;
      }
      if (input.facilitatorUserId != null) {
        changes.facilitatorUserId = input.facilitatorUserId;
        await this.checkMembers(ctx, [input.facilitatorUserId], 'input.facilitatorUserId', problems, true);
      }
      if (changes.startsAt || changes.endsAt) {
        checkTimes(
          changes.startsAt ?? current.startsAt,
          changes.endsAt ?? current.endsAt,
          problems,
          changes.endsAt ? 'input.endsAt' : 'input.startsAt',
        );
      }
      const userIds = input.attendeeUserIds ? unique(input.attendeeUserIds) : null;
      const participantIds = input.attendeeParticipantIds ? unique(input.attendeeParticipantIds) : null;
      if (userIds) await this.checkMembers(ctx, userIds, 'input.attendeeUserIds', problems);
      if (participantIds) await this.checkParticipants(ctx, participantIds, 'input.attendeeParticipantIds', problems);
      if (problems.length) throw new BadInputError(problems);
      const fields = [
        ...Object.keys(changes),
        ...(userIds ? ['attendeeUserIds'] : []),
        ...(participantIds ? ['attendeeParticipantIds'] : []),
      ];
      if (!fields.length)
        throw BadInputError.field('input', 'names nothing to change: give at least one field besides workshopId and version');

      const workshop = await bumpWorkshop(em, ctx, current, input.version, changes);
      if (userIds || participantIds) {
        const attendees = await this.attendeesOf(ctx, [workshop.id]);
        await this.replaceAttendees(
          em,
          ctx,
          workshop.id,
          userIds ?? attendees.flatMap((a) => (a.userId ? [a.userId] : [])),
          participantIds ?? attendees.flatMap((a) => (a.participantId ? [a.participantId] : [])),
        );
      }
      const values: EventPayload = { fields };
      if (changes.startsAt) values.startsAt = workshop.startsAt.toISOString();
      if (changes.endsAt) values.endsAt = workshop.endsAt.toISOString();
      if (changes.facilitatorUserId) values.facilitatorUserId = workshop.facilitatorUserId;
      if (userIds) values.attendeeUserIds = userIds;
      if (participantIds) values.attendeeParticipants = participantIds.length; // how many, never which
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_UPDATED', values);
      return this.get(ctx, workshop.id);
    });
  }

  /** START, END or CANCEL, as the lifecycle table (libs/workflow) allows. */
  move(ctx: RequestContext, input: WorkshopVersionInput, move: WorkshopMove): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const current = await openWorkshop(this.programmes, em, ctx, input.workshopId, null);
      if (current.version !== input.version) throw new ConflictError('Workshop', current.version);
      const result = applyWorkshopMove(current.status, move);
      if (!result.ok) throw new InvalidTransitionError(result.message);
      if (current.status === 'RUNNING') {
        // The room closes with the workshop: an open vote is closed (its result recorded), the code and guests' passes end.
        await this.rounds.closeOpenRound(em, ctx, current);
        await this.guests.closeRoom(em, ctx, current.id);
      }
      const workshop = await bumpWorkshop(em, ctx, current, input.version, { status: result.to });
      await recordWorkshopEvent(this.history, ctx, workshop, MOVE_EVENTS[move], { from: current.status, to: result.to });
      return this.get(ctx, workshop.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Workshop> {
    const [workshop] = await this.byIds(ctx, [id]);
    if (!workshop) throw new NotFoundError('Workshop', id);
    return workshop;
  }

  /** The organisation's workshops with these ids; others' ids are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<Workshop[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<Workshop>(ctx, `SELECT ${COLUMNS} FROM workshop w WHERE w.organisation_id = $1 AND w.id = ANY($2::uuid[])`, [
      ctx.tenantId,
      unique(ids),
    ]);
  }

  /** One page of the organisation's workshops, soonest first. */
  async page(ctx: RequestContext, filter: WorkshopFilterValues = {}, args: PageArgs = {}): Promise<WorkshopPage> {
    const { where, params } = filterSql(ctx, filter);
    const { offset, limit } = pageWindow(args);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<Workshop>(
        ctx,
        `SELECT ${COLUMNS} FROM workshop w WHERE ${where} ORDER BY w.starts_at, w.id LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      this.db.query<{ total: number }>(ctx, `SELECT count(*)::int AS total FROM workshop w WHERE ${where}`, params),
    ]);
    return [rows, total];
  }

  /** The same page of each programme's workshops, in two statements (Programme.workshops). */
  async pageByProgramme(
    ctx: RequestContext,
    programmeIds: readonly string[],
    filter: WorkshopFilterValues = {},
    args: PageArgs = {},
  ): Promise<Map<string, WorkshopPage>> {
    const { where, params } = filterSql(ctx, { ...filter, programmeId: undefined });
    const ids = `$${params.push(unique(programmeIds))}`;
    const { offset, limit } = pageWindow(args);
    const [rows, counts] = await Promise.all([
      this.db.query<Workshop & { position: string }>(
        ctx,
        `SELECT * FROM (
           SELECT ${COLUMNS}, row_number() OVER (PARTITION BY w.programme_id ORDER BY w.starts_at, w.id) AS position
             FROM workshop w WHERE ${where} AND w.programme_id = ANY(${ids}::uuid[])
         ) page WHERE position > ${offset} AND position <= ${offset + limit} ORDER BY "programmeId", position`,
        params,
      ),
      this.db.query<{ programmeId: string; total: number }>(
        ctx,
        `SELECT w.programme_id AS "programmeId", count(*)::int AS total FROM workshop w WHERE ${where} AND w.programme_id = ANY(${ids}::uuid[]) GROUP BY w.programme_id`,
        params,
      ),
    ]);
    const pages = new Map<string, WorkshopPage>();
    for (const id of programmeIds) {
      const own = rows.filter((r) => r.programmeId === id).map(({ position: _, ...row }) => row as Workshop);
      pages.set(id, [own, counts.find((c) => c.programmeId === id)?.total ?? 0]);
    }
    return pages;
  }

  /**
   * The workshops a calendar shows, soonest first, from those ending at `endingAfter` on: those of
   * these programmes and, given a person, those they run or are expected at. One statement.
   */
  scheduled(
    ctx: RequestContext,
    scope: { programmeIds: readonly string[]; personId?: string; endingAfter: Date; limit: number },
  ): Promise<Workshop[]> {
    return this.db.query<Workshop>(
      ctx,
      `SELECT ${COLUMNS} FROM workshop w
        WHERE w.organisation_id = $1 AND w.ends_at >= $2
          AND (w.programme_id = ANY($3::uuid[])
               OR w.facilitator_user_id = $4::uuid
               OR EXISTS (SELECT 1 FROM workshop_attendee a WHERE a.organisation_id = w.organisation_id AND a.workshop_id = w.id AND a.user_id = $4::uuid))
        ORDER BY w.starts_at, w.id LIMIT ${Math.max(1, Math.floor(scope.limit))}`,
      [ctx.tenantId, scope.endingAfter, unique(scope.programmeIds), scope.personId ?? null],
    );
  }

  /** The attendees of these workshops, members first, each group in the order added. */
  attendeesOf(ctx: RequestContext, workshopIds: readonly string[]): Promise<WorkshopAttendee[]> {
    if (!workshopIds.length) return Promise.resolve([]);
    return this.db.query<WorkshopAttendee>(
      ctx,
      `SELECT id, workshop_id AS "workshopId", user_id AS "userId", participant_id AS "participantId" FROM workshop_attendee
        WHERE organisation_id = $1 AND workshop_id = ANY($2::uuid[]) ORDER BY (user_id IS NULL), created_at, id`,
      [ctx.tenantId, unique(workshopIds)],
    );
  }

  private async replaceAttendees(
    em: EntityManager,
    ctx: RequestContext,
    workshopId: string,
    userIds: readonly string[],
    participantIds: readonly string[],
  ): Promise<void> {
    await em.query(`DELETE FROM workshop_attendee WHERE organisation_id = $1 AND workshop_id = $2`, [ctx.tenantId, workshopId]);
    const attendees = tenantRepository(em, ctx, WorkshopAttendeeEntity);
    const rows = [
      ...userIds.map((userId) => attendees.create({ workshopId, userId, participantId: null })),
      ...participantIds.map((participantId) => attendees.create({ workshopId, userId: null, participantId })),
    ];
    if (rows.length) await attendees.save(rows);
  }

  /** A problem for each id that is not a member of the organisation. */
  private async checkMembers(
    ctx: RequestContext,
    ids: readonly string[],
    field: string,
    problems: FieldProblem[],
    single = false,
  ): Promise<void> {
    const members = new Set((await this.users.membersByIds(ctx, unique(ids))).map((u) => u.id));
    ids.forEach((id, index) => {
      if (!members.has(id))
        problems.push({ field: single ? field : `${field}[${index}]`, message: 'is not a member of this organisation' });
    });
  }

  /** A problem for each id that is not a participant of the organisation with a lawful basis recorded (and not erased). */
  private async checkParticipants(ctx: RequestContext, ids: readonly string[], field: string, problems: FieldProblem[]): Promise<void> {
    const found = new Map((await this.participants.byIds(ctx, ids)).map((p) => [p.id, p]));
    ids.forEach((id, index) => {
      const participant = found.get(id);
      if (!participant) problems.push({ field: `${field}[${index}]`, message: 'is not a participant of this organisation' });
      else if (participant.erased || !participant.lawfulBasis)
        problems.push({ field: `${field}[${index}]`, message: 'has no lawful basis recorded, so cannot be asked to a workshop' });
    });
  }
}

function checkTimes(startsAt: Date, endsAt: Date, problems: FieldProblem[], field = 'input.endsAt'): void {
  if (!(endsAt.getTime() > startsAt.getTime())) problems.push({ field, message: 'must leave the workshop ending after it starts' });
}

function filterSql(ctx: RequestContext, filter: WorkshopFilterValues): { where: string; params: unknown[] } {
  const params: unknown[] = [ctx.tenantId];
  const clauses = ['w.organisation_id = $1'];
  if (filter.programmeId) clauses.push(`w.programme_id = $${params.push(filter.programmeId)}`);
  if (filter.status) clauses.push(`w.status = $${params.push(filter.status)}`);
  if (filter.from) clauses.push(`w.starts_at >= $${params.push(filter.from)}`);
  if (filter.to) clauses.push(`w.starts_at < $${params.push(filter.to)}`);
  return { where: clauses.join(' AND '), params };
}
