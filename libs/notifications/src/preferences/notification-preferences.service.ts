import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notifications/notification-kind';
import type { UpdateNotificationPreferencesInput } from './notification-preferences.inputs';

/** A person's settings, or the defaults where they have chosen nothing. */
export interface Preferences {
  userId: string;
  digestEmail: boolean;
  kinds: NotificationKind[];
  sendHour: number;
  timeZone: string | null;
  unsubscribedAt: Date | null;
}

/** Reminders of every kind, in the app and by e-mail, at 8 in the morning in the organisation's zone. */
export const DEFAULT_SEND_HOUR = 8;

export function defaultPreferences(userId: string): Preferences {
  return { userId, digestEmail: true, kinds: [...NOTIFICATION_KINDS], sendHour: DEFAULT_SEND_HOUR, timeZone: null, unsubscribedAt: null };
}

const COLUMNS = `user_id AS "userId", digest_email AS "digestEmail", kinds, send_hour AS "sendHour", time_zone AS "timeZone",
  unsubscribed_at AS "unsubscribedAt"`;

/**
 * Notification settings: a person's own table behind the wall, reached on the NOTIFICATION_SETTINGS
 * path by the person (every statement names them) and read on NOTIFICATION_DIGEST by the scheduler.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly db: Database) {}

  async get(ctx: RequestContext, userId: string): Promise<Preferences> {
    const [row] = await this.db.query<Preferences>(
      ctx.across('NOTIFICATION_SETTINGS'),
      `SELECT ${COLUMNS} FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return row ?? defaultPreferences(userId);
  }

  /** Everyone's, for the scheduler (`ctx` on the NOTIFICATION_DIGEST path): people without a row have the defaults. */
  async all(ctx: RequestContext): Promise<Map<string, Preferences>> {
    const rows = await this.db.query<Preferences>(ctx, `SELECT ${COLUMNS} FROM notification_preference`);
    return new Map(rows.map((row) => [row.userId, row]));
  }

  /** Changes what `input` sends, keeping the rest (the defaults where there was no row). */
  async update(ctx: RequestContext, userId: string, input: UpdateNotificationPreferencesInput): Promise<Preferences> {
    return this.db.transaction(ctx, async () => {
      const settings = ctx.across('NOTIFICATION_SETTINGS');
      const [current] = await this.db.query<Preferences>(
        settings,
        `SELECT ${COLUMNS} FROM notification_preference WHERE user_id = $1 FOR UPDATE`,
        [userId],
      );
      const before = current ?? defaultPreferences(userId);
      const next: Preferences = {
        ...before,
        digestEmail: input.digestEmail ?? before.digestEmail,
        // In the catalogue's order, each once.
        kinds: input.kinds ? NOTIFICATION_KINDS.filter((kind) => input.kinds!.includes(kind)) : before.kinds,
        sendHour: input.sendHour ?? before.sendHour,
        timeZone: input.timeZone === undefined ? before.timeZone : input.timeZone,
      };
      await this.save(settings, next);
      return next;
    });
  }

  /** Stops the digest e-mail (an unsubscribe link); answers whether it had been on. */
  async unsubscribe(ctx: RequestContext, userId: string): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      const settings = ctx.across('NOTIFICATION_SETTINGS');
      const before = await this.get(settings, userId);
      await this.save(settings, { ...before, digestEmail: false, unsubscribedAt: before.digestEmail ? new Date() : before.unsubscribedAt });
      return before.digestEmail;
    });
  }

  private async save(ctx: RequestContext, p: Preferences): Promise<void> {
    await this.db.query(
      ctx,
      `INSERT INTO notification_preference (user_id, digest_email, kinds, send_hour, time_zone, unsubscribed_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1)
       ON CONFLICT (user_id) DO UPDATE SET digest_email = $2, kinds = $3, send_hour = $4, time_zone = $5, unsubscribed_at = $6,
         version = notification_preference.version + 1, updated_at = now()`,
      [p.userId, p.digestEmail, p.kinds, p.sendHour, p.timeZone, p.unsubscribedAt],
    );
  }
}
