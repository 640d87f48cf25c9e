import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { OrganisationsService } from '@app/identity';
import { PilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { ParticipantErasure } from './participant-erasure';
import { ParticipantEntity } from './participant.entity';
import type { EraseParticipantInput } from './participant.inputs';
import type { Participant } from './participant.model';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';

/**
 * The participant's rights over their data: erasure and subject access.
 *
 * Erasure clears every personal field for good: the name, the contact, the notes, and the free
 * text of the lawful basis (consent purposes and means, the named basis). What stays is
 * anonymous: kind, skills, motivation, hours, the kind of basis and when consent was given,
 * enrolments and self-efficacy readings, so counts and pilot statistics do not move. Records of
 * libraries above (a workshop's attendees) drop them through ParticipantErasure. History is not
 * touched: it never held anything personal.
 * Old row versions and backups are the database's to age out; nothing in coprod reads them.
 */
@Injectable()
export class ParticipantPrivacyService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly participants: ParticipantsService,
    private readonly skills: SkillsService,
    private readonly pilots: PilotsService,
    private readonly programmes: ProgrammesService,
    private readonly organisations: OrganisationsService,
    private readonly erasure: ParticipantErasure,
  ) {}

  /** Erases the participant; erasing one already erased changes nothing and answers it as it is. */
  erase(ctx: RequestContext, input: EraseParticipantInput): Promise<Participant> {
    return this.db.transaction(ctx, async () => {
      const participant = await this.participants.lock(ctx, input.participantId, 'input.participantId');
      if (!participant.erasedAt) {
        await this.db.tenant(ctx, ParticipantEntity).update(
          { id: participant.id },
          {
            displayName: null,
            contact: null,
            notes: null,
            consentPurposes: null,
            consentMethod: null,
            basisNote: null,
            erasedAt: () => 'now()',
          },
        );
        // Libraries above this one (workshops' attendee lists) let go of them in the same transaction.
        await this.erasure.erased(ctx, participant.id);
        await this.history.record(ctx, { type: 'PARTICIPANT_ERASED', payload: { participantId: participant.id } });
      }
      return this.participants.get(ctx, participant.id);
    });
  }

  /**
   * Everything held about one participant (subject access), as one JSON object: their record,
   * skills, enrolments with the pilots' names and their roles, self-efficacy readings, and the
   * history events about them. Personal fields are shown as held: null once erased.
   */
  async exportData(ctx: RequestContext, participantId: string): Promise<Record<string, unknown>> {
    const row = await this.db.tenant(ctx, ParticipantEntity).get({ id: participantId }, 'Participant');
    const [skills, enrolments, readings, events, organisation] = await Promise.all([
      this.skills.ofParticipants(ctx, [row.id]),
      this.enrolmentsOf(ctx, row.id),
      this.db.query<{ id: string; enrolmentId: string; score: number; recordedOn: string; recordedAt: Date }>(
        ctx,
        `SELECT r.id, r.enrolment_id AS "enrolmentId", r.score, r.recorded_on::text AS "recordedOn", r.created_at AS "recordedAt"
           FROM self_efficacy_reading r JOIN enrolment e ON e.id = r.enrolment_id
          WHERE e.organisation_id = $1 AND e.participant_id = $2 ORDER BY r.recorded_on, r.created_at, r.id`,
        [ctx.tenantId, row.id],
      ),
      this.history.mentioning(ctx, 'participantId', row.id),
      this.organisations.current(ctx),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      organisation: { id: organisation.id, name: organisation.name },
      participant: {
        id: row.id,
        kind: row.kind,
        displayName: row.displayName,
        contact: row.contact,
        notes: row.notes,
        motivation: row.motivation,
        hoursPerMonth: row.hoursPerMonth,
        lawfulBasis: row.lawfulBasis
          ? {
              basis: row.lawfulBasis,
              consentGivenAt: row.consentGivenAt,
              consentPurposes: row.consentPurposes,
              consentMeans: row.consentMethod,
              otherBasis: row.basisNote,
            }
          : null,
        erasedAt: row.erasedAt,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      },
      skills: (skills.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
      enrolments: enrolments.map((e) => ({
        ...e,
        selfEfficacyReadings: readings.filter((r) => r.enrolmentId === e.id).map(({ enrolmentId: _, ...r }) => r),
      })),
      history: events.map(({ id, type, programmeId, occurredAt, actorType, payload }) => ({
        id,
        type,
        programmeId,
        occurredAt,
        actorType,
        payload,
      })),
    };
  }

  /** The participant's enrolments with their pilots' and programmes' names (asked of libs/pilots and libs/programmes), oldest first. */
  private async enrolmentsOf(ctx: RequestContext, participantId: string) {
    const rows = await this.db.query<{ id: string; pilotId: string; role: string; enrolledAt: Date; withdrawnAt: Date | null }>(
      ctx,
      `SELECT id, pilot_id AS "pilotId", role, enrolled_at AS "enrolledAt", withdrawn_at AS "withdrawnAt"
         FROM enrolment WHERE organisation_id = $1 AND participant_id = $2 ORDER BY enrolled_at, id`,
      [ctx.tenantId, participantId],
    );
    const pilots = new Map((await this.pilots.byIds(ctx, [...new Set(rows.map((r) => r.pilotId))])).map((p) => [p.id, p]));
    const programmes = new Map(
      (
        await this.programmes.byIds(
          ctx,
          [...pilots.values()].map((p) => p.programmeId),
        )
      ).map((p) => [p.id, p.name]),
    );
    return rows.map(({ id, pilotId, role, enrolledAt, withdrawnAt }) => {
      const pilot = pilots.get(pilotId);
      const programmeId = pilot?.programmeId ?? null;
      return {
        id,
        pilotId,
        pilotName: pilot?.name ?? null,
        programmeId,
        programmeName: programmeId ? (programmes.get(programmeId) ?? null) : null,
        role,
        enrolledAt,
        withdrawnAt,
      };
    });
  }
}
