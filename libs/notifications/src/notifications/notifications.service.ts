import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, pageWindow, type RequestContext } from '@app/common';
import { Database, returnedRows } from '@app/database';
import { EventFanout } from '@app/history';
import { In, IsNull, MoreThanOrEqual } from 'typeorm';
import type { NotificationKind } from './notification-kind';
import { NotificationEntity } from './notification.entity';
import type { NotificationsArgs } from './notifications.args';

/** The personal signal's kind for a new notification (live-events.ts). */
export const NOTIFICATION_SIGNAL = 'NOTIFICATION';

/** The most notifications a live stream re-reads after a loss of the live connection (a digest makes a handful). */
const MISSED_NOTIFICATIONS_LIMIT = 200;

/** A reminder to keep, before it is a row. */
export interface NewNotification {
  kind: NotificationKind;
  subjectId: string;
  programmeId: string;
  title: string;
  context: string;
  dueOn: string | null;
  startsAt: Date | null;
}

/**
 * A person's reminders in the organisation they act for. Every statement names the person as well
 * as the organisation: the wall keeps organisations apart, and this keeps colleagues apart.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Database,
    private readonly fanout: EventFanout,
  ) {}

  /** Newest first. */
  async page(ctx: RequestContext, args: NotificationsArgs): Promise<[NotificationEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.tenant(ctx, NotificationEntity).findAndCount({
      where: { userId: ctx.userId, ...(args.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      `SELECT count(*)::int AS n FROM notification WHERE organisation_id = $1 AND user_id = $2 AND read_at IS NULL`,
      [ctx.tenantId, ctx.userId],
    );
    return row.n;
  }

  byId(ctx: RequestContext, userId: string, id: string): Promise<NotificationEntity | null> {
    return this.db.tenant(ctx, NotificationEntity).findOneBy({ id, userId });
  }

  /** The person's notifications made at or after `since`, oldest first (what a live stream may have missed). */
  madeSince(ctx: RequestContext, userId: string, since: Date): Promise<NotificationEntity[]> {
    return this.db.tenant(ctx, NotificationEntity).find({
      where: { userId, createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: MISSED_NOTIFICATIONS_LIMIT,
    });
  }

  /**
   * Marks the caller's notifications read (those named, or all): already read ones stay as they
   * were. A named one that is not the caller's here is NOT_FOUND, and nothing changes.
   */
  async markRead(ctx: RequestContext, input: { ids?: string[]; all?: boolean }): Promise<{ read: NotificationEntity[]; marked: number }> {
    if (!input.all && !input.ids?.length) throw BadInputError.field('input.ids', 'must name notifications, or send all: true');
    if (input.all && input.ids?.length) throw BadInputError.field('input.all', 'cannot be sent with ids: send one or the other');
    const userId = ctx.userId;
    return this.db.transaction(ctx, async () => {
      if (input.all) {
        const [, marked] = (await this.db.query(
          ctx,
          `UPDATE notification SET read_at = now() WHERE organisation_id = $1 AND user_id = $2 AND read_at IS NULL`,
          [ctx.tenantId, userId],
        )) as unknown as [unknown, number];
        return { read: [], marked };
      }
      const ids = [...new Set(input.ids)];
      const mine = await this.db.tenant(ctx, NotificationEntity).findBy({ id: In(ids), userId });
      const missing = ids.find((id) => !mine.some((row) => row.id === id));
      if (missing) throw new NotFoundError('Notification', missing);
      const unread = mine.filter((row) => !row.readAt);
      if (unread.length) {
        await this.db.query(
          ctx,
          `UPDATE notification SET read_at = now() WHERE organisation_id = $1 AND user_id = $2 AND id = ANY($3::uuid[]) AND read_at IS NULL`,
          [ctx.tenantId, userId, unread.map((row) => row.id)],
        );
      }
      const read = await this.db.tenant(ctx, NotificationEntity).findBy({ id: In(ids), userId });
      return { read: ids.map((id) => read.find((row) => row.id === id)!), marked: unread.length };
    });
  }

  /**
   * Keeps `items` as the person's notifications for `forDate` in the organisation `ctx` acts in;
   * one already kept (the same subject, kind and day) is not kept twice. Each new one reaches the
   * person's open screens once the transaction commits. Answers how many were new.
   */
  async keep(ctx: RequestContext, userId: string, forDate: string, items: NewNotification[]): Promise<number> {
    if (!items.length) return 0;
    const rows = returnedRows<{ id: string }>(
      await this.db.query(
        ctx,
        `INSERT INTO notification (organisation_id, user_id, kind, subject_id, programme_id, title, context, due_on, starts_at, for_date)
       SELECT $1, $2, i.kind, i.subject_id, i.programme_id, left(i.title, 200), left(i.context, 500), i.due_on, i.starts_at, $3
         FROM jsonb_to_recordset($4::jsonb)
           AS i(kind text, subject_id uuid, programme_id uuid, title text, context text, due_on date, starts_at timestamptz)
       ON CONFLICT (organisation_id, user_id, kind, subject_id, for_date) DO NOTHING
       RETURNING id`,
        [
          ctx.tenantId,
          userId,
          forDate,
          JSON.stringify(
            items.map((item) => ({
              kind: item.kind,
              subject_id: item.subjectId,
              programme_id: item.programmeId,
              title: item.title,
              context: item.context,
              due_on: item.dueOn,
              starts_at: item.startsAt?.toISOString() ?? null,
            })),
          ),
        ],
      ),
    );
    for (const { id } of rows) {
      await this.fanout.announcePersonal(ctx, { userId, organisationId: ctx.tenantId, kind: NOTIFICATION_SIGNAL, id });
    }
    return rows.length;
  }
}
