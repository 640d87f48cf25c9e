import { Injectable, Module } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';

/** A workshop someone takes part in that starts on a given day. */
export interface WorkshopReminder {
  workshopId: string;
  programmeId: string;
  title: string;
  startsAt: Date;
  place: string | null;
  /** Whether the person facilitates it (else they are on its attendee list). */
  facilitating: boolean;
}

/** What reminders need from workshops, for one person in the organisation `ctx` acts for. */
@Injectable()
export class WorkshopReminders {
  constructor(private readonly db: Database) {}

  /**
   * PLANNED workshops starting on `day` where the person is (`zone`, an IANA name), that
   * `userId` facilitates or is an attendee of (as a member; participants have no account).
   */
  workshopsOn(ctx: RequestContext, userId: string, day: string, zone: string): Promise<WorkshopReminder[]> {
    return this.db.query<WorkshopReminder>(
      ctx,
      `SELECT w.id AS "workshopId", w.programme_id AS "programmeId", w.title, w.starts_at AS "startsAt", w.place,
              coalesce(w.facilitator_user_id = $2, false) AS facilitating
         FROM workshop w
        WHERE w.organisation_id = $1 AND w.status = 'PLANNED'
          AND w.starts_at >= ($3::date)::timestamp AT TIME ZONE $4::text
          AND w.starts_at < ($3::date + 1)::timestamp AT TIME ZONE $4::text
          AND (w.facilitator_user_id = $2
               OR EXISTS (SELECT 1 FROM workshop_attendee a WHERE a.workshop_id = w.id AND a.organisation_id = w.organisation_id AND a.user_id = $2))
        ORDER BY w.starts_at, w.title, w.id`,
      [ctx.tenantId, userId, day, zone],
    );
  }
}

/** Only the reminders, for a process without the rest of workshops (apps/worker). */
@Module({ providers: [WorkshopReminders], exports: [WorkshopReminders] })
export class WorkshopRemindersModule {}
