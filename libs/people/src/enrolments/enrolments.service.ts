import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  type Connection,
  DomainError,
  ErrorCode,
  InvalidTransitionError,
  type PageArgs,
  pageWindow,
  type RequestContext,
  toConnection,
} from '@app/common';
import { Database } from '@app/database';
import { OrganisationsService } from '@app/identity';
import { PilotsService } from '@app/pilots';
import { enrolmentRefusal } from '@app/workflow';
import { ParticipantsService } from '../participants/participants.service';
import type { EnrolParticipantInput, RecordSelfEfficacyInput, WithdrawParticipantInput } from './enrolment.inputs';
import type { Enrolment, SelfEfficacyReading } from './enrolment.model';
import { EnrolmentEntity } from './enrolment.entity';
import { type SelfEfficacySummary, summariseSelfEfficacy } from './self-efficacy';
import { SelfEfficacyReadingEntity } from './self-efficacy-reading.entity';

const COLUMNS = `e.id, e.organisation_id AS "organisationId", e.pilot_id AS "pilotId", e.participant_id AS "participantId", e.role,
  e.enrolled_at AS "enrolledAt", e.withdrawn_at AS "withdrawnAt"`;
const READING_COLUMNS = `r.id, r.enrolment_id AS "enrolmentId", r.score, r.recorded_on::text AS "recordedOn", r.created_at AS "recordedAt"`;

type EnrolmentRow = Omit<Enrolment, 'active'>;

export function toEnrolment(row: EnrolmentRow): Enrolment {
  return { ...row, active: row.withdrawnAt === null };
}

function notFoundAt(what: string, id: string, field: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found (${field})`, { field });
}

/**
 * Enrolments of participants in pilots, and their self-efficacy readings. Every change locks the
 * pilot (and its programme, through PilotsService) first, then the participant, and writes one
 * event in the programme's history with ids only.
 *
 * Only participants with a lawful basis recorded and not erased can be enrolled: erasure means
 * the organisation can no longer say who they are or reach them, so nothing new is recorded
 * about them; their earlier enrolments and readings stay so that the figures stay right.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
    private readonly participants: ParticipantsService,
    private readonly organisations: OrganisationsService,
  ) {}

  enrol(ctx: RequestContext, input: EnrolParticipantInput): Promise<Enrolment> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: input.pilotId });
      const closed = enrolmentRefusal(pilot.status);
      if (closed) throw new InvalidTransitionError(closed);
      const participant = await this.participants.lock(ctx, input.participantId, 'input.participantId');
      if (participant.erasedAt) throw BadInputError.field('input.participantId', 'has been erased: nothing new is recorded about them');
      if (!participant.lawfulBasis) {
        throw BadInputError.field(
          'input.participantId',
          'has no lawful basis recorded, so cannot be enrolled: record consent, public task or another basis first',
        );
      }
      const today = await this.organisations.today(ctx);
      const recordedOn = input.recordedOn ?? today;
      if (recordedOn > today) throw BadInputError.field('input.recordedOn', `cannot be in the future (today is ${today})`);

      const enrolments = this.db.tenant(ctx, EnrolmentEntity);
      const existing = await enrolments.findOneBy({ pilotId: pilot.id, participantId: participant.id });
      if (existing && !existing.withdrawnAt) throw BadInputError.field('input.participantId', 'is already enrolled in this pilot');
      let enrolmentId: string;
      if (existing) {
        // Rejoining keeps the earlier readings, so the change runs from the very first one.
        await enrolments.update({ id: existing.id }, { withdrawnAt: null, role: input.role.trim() });
        enrolmentId = existing.id;
      } else {
        const created = await enrolments.save(
          enrolments.create({ pilotId: pilot.id, participantId: participant.id, role: input.role.trim(), withdrawnAt: null }),
        );
        enrolmentId = created.id;
      }
      const readings = this.db.tenant(ctx, SelfEfficacyReadingEntity);
      const reading = await readings.save(readings.create({ enrolmentId, score: input.selfEfficacy, recordedOn }));
      await this.pilots.record(ctx, programme, 'PARTICIPANT_ENROLLED', pilot, {
        participantId: participant.id,
        enrolmentId,
        readingId: reading.id,
        rejoined: !!existing,
      });
      return this.get(ctx, enrolmentId);
    });
  }

  recordSelfEfficacy(ctx: RequestContext, input: RecordSelfEfficacyInput): Promise<Enrolment> {
    return this.db.transaction(ctx, async (em) => {
      const enrolment = await this.find(ctx, input.enrolmentId, 'input.enrolmentId');
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: enrolment.pilotId });
      const participant = await this.participants.lock(ctx, enrolment.participantId);
      if (participant.erasedAt)
        throw BadInputError.field('input.enrolmentId', 'belongs to an erased participant: nothing new is recorded about them');
      const today = await this.organisations.today(ctx);
      if (input.recordedOn > today) throw BadInputError.field('input.recordedOn', `cannot be in the future (today is ${today})`);
      const [first] = await this.db.query<{ recordedOn: string }>(
        ctx,
        `SELECT min(recorded_on)::text AS "recordedOn" FROM self_efficacy_reading WHERE enrolment_id = $1`,
        [enrolment.id],
      );
      if (first?.recordedOn && input.recordedOn < first.recordedOn) {
        throw BadInputError.field('input.recordedOn', `cannot be before the first reading (${first.recordedOn}), taken at enrolment`);
      }
      const readings = this.db.tenant(ctx, SelfEfficacyReadingEntity);
      const reading = await readings.save(readings.create({ enrolmentId: enrolment.id, score: input.score, recordedOn: input.recordedOn }));
      await this.pilots.record(ctx, programme, 'SELF_EFFICACY_RECORDED', pilot, {
        participantId: participant.id,
        enrolmentId: enrolment.id,
        readingId: reading.id,
        recordedOn: input.recordedOn,
      });
      return this.get(ctx, enrolment.id);
    });
  }

  /** The participant leaves the pilot: the enrolment is dated, not deleted, so its readings and the count of people reached stay. */
  withdraw(ctx: RequestContext, input: WithdrawParticipantInput): Promise<Enrolment> {
    return this.db.transaction(ctx, async (em) => {
      const found = await this.find(ctx, input.enrolmentId, 'input.enrolmentId');
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: found.pilotId });
      // Read again under the pilot's lock: a withdrawal that was waiting for it is seen.
      const enrolments = this.db.tenant(ctx, EnrolmentEntity);
      const enrolment = await enrolments.get({ id: found.id }, 'Enrolment');
      if (enrolment.withdrawnAt) throw BadInputError.field('input.enrolmentId', 'has already been withdrawn from the pilot');
      await enrolments.update({ id: enrolment.id }, { withdrawnAt: () => 'now()' });
      await this.pilots.record(ctx, programme, 'PARTICIPANT_WITHDRAWN', pilot, {
        participantId: enrolment.participantId,
        enrolmentId: enrolment.id,
      });
      return this.get(ctx, enrolment.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Enrolment> {
    const [row] = await this.db.query<EnrolmentRow>(ctx, `SELECT ${COLUMNS} FROM enrolment e WHERE e.organisation_id = $1 AND e.id = $2`, [
      ctx.tenantId,
      id,
    ]);
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `Enrolment ${id} was not found`);
    return toEnrolment(row);
  }

  /** The same page of enrolments (oldest first) for each pilot, in two statements whatever their number. */
  async pagesOf(ctx: RequestContext, pilotIds: readonly string[], args: PageArgs): Promise<Map<string, Connection<Enrolment>>> {
    const { offset, limit } = pageWindow(args);
    const ids = [...new Set(pilotIds)];
    const [rows, counts] = await Promise.all([
      this.db.query<EnrolmentRow>(
        ctx,
        `SELECT * FROM (
           SELECT ${COLUMNS}, row_number() OVER (PARTITION BY e.pilot_id ORDER BY e.enrolled_at, e.id) AS position
             FROM enrolment e WHERE e.organisation_id = $1 AND e.pilot_id = ANY($2::uuid[])
         ) page WHERE position > $3 AND position <= $4 ORDER BY "pilotId", position`,
        [ctx.tenantId, ids, offset, offset + limit],
      ),
      this.db.query<{ pilotId: string; total: number }>(
        ctx,
        `SELECT pilot_id AS "pilotId", count(*)::int AS total FROM enrolment WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[]) GROUP BY pilot_id`,
        [ctx.tenantId, ids],
      ),
    ]);
    return new Map(
      ids.map((id) => {
        const own = rows
          .filter((r) => r.pilotId === id)
          .map(({ position: _, ...row }: EnrolmentRow & { position?: unknown }) => toEnrolment(row));
        return [id, toConnection(own, counts.find((c) => c.pilotId === id)?.total ?? 0, args)];
      }),
    );
  }

  /** Every enrolment of each of these participants, oldest first. */
  async ofParticipants(ctx: RequestContext, participantIds: readonly string[]): Promise<Map<string, Enrolment[]>> {
    const result = new Map<string, Enrolment[]>(participantIds.map((id) => [id, []]));
    if (!participantIds.length) return result;
    const rows = await this.db.query<EnrolmentRow>(
      ctx,
      `SELECT ${COLUMNS} FROM enrolment e WHERE e.organisation_id = $1 AND e.participant_id = ANY($2::uuid[]) ORDER BY e.enrolled_at, e.id`,
      [ctx.tenantId, [...new Set(participantIds)]],
    );
    for (const row of rows) result.get(row.participantId)?.push(toEnrolment(row));
    return result;
  }

  /** The readings of each of these enrolments, in the order they were taken. */
  async readingsOf(ctx: RequestContext, enrolmentIds: readonly string[]): Promise<Map<string, SelfEfficacyReading[]>> {
    const result = new Map<string, SelfEfficacyReading[]>(enrolmentIds.map((id) => [id, []]));
    if (!enrolmentIds.length) return result;
    const rows = await this.db.query<SelfEfficacyReading>(
      ctx,
      `SELECT ${READING_COLUMNS} FROM self_efficacy_reading r WHERE r.organisation_id = $1 AND r.enrolment_id = ANY($2::uuid[]) ORDER BY r.recorded_on, r.created_at, r.id`,
      [ctx.tenantId, [...new Set(enrolmentIds)]],
    );
    for (const row of rows) result.get(row.enrolmentId)?.push(row);
    return result;
  }

  /**
   * The self-efficacy change of each pilot, in one statement: each enrolment's first and latest
   * reading (withdrawn and erased participants included: their readings are part of the pilot's
   * record), summarised by the pure rule in self-efficacy.ts.
   */
  async selfEfficacyOf(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, SelfEfficacySummary>> {
    const ids = [...new Set(pilotIds)];
    const rows = ids.length
      ? await this.db.query<{ pilotId: string; first: number; latest: number; readings: number }>(
          ctx,
          `SELECT e.pilot_id AS "pilotId",
                  (array_agg(r.score ORDER BY r.recorded_on, r.created_at, r.id))[1]::int AS first,
                  (array_agg(r.score ORDER BY r.recorded_on DESC, r.created_at DESC, r.id DESC))[1]::int AS latest,
                  count(*)::int AS readings
             FROM enrolment e JOIN self_efficacy_reading r ON r.enrolment_id = e.id
            WHERE e.organisation_id = $1 AND e.pilot_id = ANY($2::uuid[])
            GROUP BY e.pilot_id, e.id`,
          [ctx.tenantId, ids],
        )
      : [];
    return new Map(ids.map((id) => [id, summariseSelfEfficacy(rows.filter((r) => r.pilotId === id))]));
  }

  private async find(ctx: RequestContext, id: string, field: string): Promise<EnrolmentEntity> {
    const enrolment = await this.db.tenant(ctx, EnrolmentEntity).findOneBy({ id });
    if (!enrolment) throw notFoundAt('Enrolment', id, field);
    return enrolment;
  }
}
