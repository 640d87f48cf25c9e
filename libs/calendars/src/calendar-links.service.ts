import { Injectable } from '@nestjs/common';
import { AppConfig, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { newSecret, sha256 } from '@app/identity';
import { ProgrammesService } from '@app/programmes';
import type { CalendarFeed, IssuedCalendarFeed } from './calendar.model';
import { calendarTokenKind, PERSONAL_CALENDAR_PREFIX, PROGRAMME_CALENDAR_PREFIX } from './calendar-token';

/** Whose calendar a link opens. */
export type CalendarOwner = { kind: 'PERSON'; userId: string } | { kind: 'PROGRAMME'; organisationId: string; programmeId: string };

/**
 * Calendar links: a person's (their dates in every organisation they belong to) and a programme's.
 * A link's token is its only credential, shown once when it is made; only its sha256 is kept, so
 * making a new one stops the old one at once. A person's links belong to no organisation and are
 * reached only on the CALENDAR_FEEDS path, each statement naming their owner.
 */
@Injectable()
export class CalendarLinksService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly programmes: ProgrammesService,
    private readonly config: AppConfig,
  ) {}

  /** A new link to the signed-in person's own calendar; the one before it stops working. */
  async resetPersonal(ctx: RequestContext): Promise<IssuedCalendarFeed> {
    const token = newSecret(PERSONAL_CALENDAR_PREFIX);
    const issuedAt = new Date();
    await this.db.query(
      ctx.across('CALENDAR_FEEDS'),
      `INSERT INTO personal_calendar (user_id, token_hash, issued_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, issued_at = excluded.issued_at`,
      [ctx.userId, sha256(token), issuedAt],
    );
    return { url: this.urlOf(token), issuedAt };
  }

  /** The person's link as it stands (never the token), or null. */
  async personal(ctx: RequestContext, userId: string): Promise<CalendarFeed | null> {
    const [row] = await this.db.query<{ issuedAt: Date }>(
      ctx.across('CALENDAR_FEEDS'),
      `SELECT issued_at AS "issuedAt" FROM personal_calendar WHERE user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /**
   * A new link to a programme's calendar (NOT_FOUND for another organisation's programme); the one
   * before it stops working. Recorded in the programme's history, saying whether one was replaced.
   */
  async resetProgramme(ctx: RequestContext, programmeId: string): Promise<IssuedCalendarFeed> {
    return this.db.transaction(ctx, async () => {
      const programme = await this.programmes.get(ctx, programmeId);
      const token = newSecret(PROGRAMME_CALENDAR_PREFIX);
      const issuedAt = new Date();
      const [before] = await this.db.query<{ n: number }>(
        ctx,
        `SELECT count(*)::int AS n FROM programme_calendar WHERE organisation_id = $1 AND programme_id = $2`,
        [ctx.tenantId, programme.id],
      );
      await this.db.query(
        ctx,
        `INSERT INTO programme_calendar (organisation_id, programme_id, token_hash, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (programme_id) DO UPDATE SET token_hash = excluded.token_hash, issued_at = excluded.issued_at, issued_by = excluded.issued_by`,
        [ctx.tenantId, programme.id, sha256(token), issuedAt, ctx.userIdOrNull],
      );
      await this.history.record(ctx, {
        type: 'PROGRAMME_CALENDAR_ISSUED',
        programmeId: programme.id,
        payload: { programmeId: programme.id, replaced: before.n > 0 },
      });
      return { url: this.urlOf(token), issuedAt };
    });
  }

  /** The links of these programmes as they stand, by programme id (another organisation's ids are simply absent). */
  async ofProgrammes(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, CalendarFeed>> {
    if (!programmeIds.length) return new Map();
    const rows = await this.db.query<{ programmeId: string; issuedAt: Date }>(
      ctx,
      `SELECT programme_id AS "programmeId", issued_at AS "issuedAt" FROM programme_calendar
        WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(programmeIds)]],
    );
    return new Map(rows.map((row) => [row.programmeId, { issuedAt: row.issuedAt }]));
  }

  /** Whose calendar a token opens, or null when none: one look-up by the token's hash, across organisations. */
  async ownerOf(ctx: RequestContext, token: unknown): Promise<CalendarOwner | null> {
    const kind = calendarTokenKind(token);
    if (!kind) return null;
    const hash = sha256(token as string);
    if (kind === 'PERSON') {
      const [row] = await this.db.query<{ userId: string }>(
        ctx.across('CALENDAR_FEEDS'),
        `SELECT user_id AS "userId" FROM personal_calendar WHERE token_hash = $1`,
        [hash],
      );
      return row ? { kind, userId: row.userId } : null;
    }
    const [row] = await this.db.query<{ organisationId: string; programmeId: string }>(
      ctx.across('CALENDAR_FEEDS'),
      `SELECT organisation_id AS "organisationId", programme_id AS "programmeId" FROM programme_calendar WHERE token_hash = $1`,
      [hash],
    );
    return row ? { kind, ...row } : null;
  }

  urlOf(token: string): string {
    return `${this.config.publicUrl}/calendars/${token}.ics`;
  }
}
