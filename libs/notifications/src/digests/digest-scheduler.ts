import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, BackgroundLoop, Clock, RequestContext } from '@app/common';
import { Database, returnedRows } from '@app/database';
import { type MemberInZone, MembershipsService } from '@app/identity';
import { Mailer } from '@app/mail';
import { NotificationsService } from '../notifications/notifications.service';
import { defaultPreferences, NotificationPreferencesService, type Preferences } from '../preferences/notification-preferences.service';
import { type DigestSection, digestMail } from './digest-mail';
import { addDays, localTime } from './local-time';
import { Reminders } from './reminders';
import { UnsubscribeTokens } from './unsubscribe-token';

/** How often the scheduler looks for people whose hour has come. */
const CHECK_EVERY_MS = 60_000;
/** How long a claimed digest is this process's; a process that dies with it lets another take it over after this. */
const LEASE_SECONDS = 300;
/** A digest that failed this often (the SMTP server refusing it) is given up for the day. */
const MAX_ATTEMPTS = 5;
/** After a failure, the next try waits this long times the attempts made. */
const RETRY_SECONDS = 120;

/** A person whose digest hour has come today, where they are. */
interface Due {
  userId: string;
  email: string;
  displayName: string;
  memberships: MemberInZone[];
  preferences: Preferences;
  zone: string;
  today: string;
}

/** The zone a person's day is counted in: their own, else the organisation they joined first (memberships oldest first). */
export function personZone(preferences: Pick<Preferences, 'timeZone'>, memberships: Pick<MemberInZone, 'timeZone'>[]): string {
  return preferences.timeZone ?? memberships[0]?.timeZone ?? 'UTC';
}

/**
 * Makes each person's daily reminders once their hour (sendHour, in their zone) has come: the
 * notifications in each of their organisations, and one e-mail covering them all. A digest is
 * made at most once per person and local day however many processes run this: each claims the
 * (person, date) row with one INSERT … ON CONFLICT that only takes a row nobody holds, and marks
 * it SENT when done. Runs where webhooks are sent (WEBHOOK_DELIVERY): in the API on the embedded
 * database, in apps/worker on PostgreSQL.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DigestScheduler');
  readonly owner = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly tokens: UnsubscribeTokens;
  private readonly loop = new BackgroundLoop(
    'DigestScheduler',
    async () => {
      await this.runOnce();
      return { again: false, restMs: CHECK_EVERY_MS };
    },
    CHECK_EVERY_MS,
  );

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly memberships: MembershipsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly notifications: NotificationsService,
    private readonly reminders: Reminders,
  ) {
    this.tokens = new UnsubscribeTokens(config.jwtSecret);
  }

  onApplicationBootstrap(): void {
    if (this.config.webhooks.deliverInProcess) this.start();
  }

  start(): void {
    this.loop.start();
  }

  /**
   * Stops looking for people whose hour has come; the digest being made is finished (within
   * `withinMs`, a shutdown's deadline), the people after it are left for the next round, in this
   * process or another. A digest cut short keeps its lease until it lapses (LEASE_SECONDS), since its
   * e-mail may already be on its way: handing it back at once could send it twice.
   */
  async stop(withinMs?: number): Promise<void> {
    await this.loop.stopWithin(withinMs ?? Infinity);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  unsubscribeUrl(userId: string): string {
    return `${this.config.publicUrl}/notifications/unsubscribe?token=${this.tokens.sign(userId)}`;
  }

  /** Makes every digest due at `at` (the clock's now) that no process has made yet; answers how many this call made. */
  async runOnce(at: Date = this.clock.now()): Promise<number> {
    const across = RequestContext.system(`digests:${this.owner}`).across('NOTIFICATION_DIGEST');
    const due = await this.dueAt(across, at);
    if (!due.length) return 0;
    const finished = new Set(
      (
        await this.db.query<{ key: string }>(
          across,
          `SELECT user_id || ' ' || local_date::text AS key FROM notification_digest
            WHERE user_id = ANY($1::uuid[]) AND local_date = ANY($2::date[]) AND status <> 'PENDING'`,
          [due.map((d) => d.userId), [...new Set(due.map((d) => d.today))]],
        )
      ).map((row) => row.key),
    );
    let made = 0;
    for (const person of due) {
      if (this.loop.stopping) break;
      if (finished.has(`${person.userId} ${person.today}`)) continue;
      if (!(await this.claim(across, person))) continue;
      if (await this.make(across, person)) made += 1;
    }
    return made;
  }

  /** Everyone whose hour has come where they are, with their memberships and settings. */
  private async dueAt(across: RequestContext, at: Date): Promise<Due[]> {
    const [members, settings] = await Promise.all([this.memberships.membersInZones(across), this.preferences.all(across)]);
    const byPerson = new Map<string, MemberInZone[]>();
    for (const member of members) byPerson.set(member.userId, [...(byPerson.get(member.userId) ?? []), member]);
    const due: Due[] = [];
    for (const [userId, memberships] of byPerson) {
      const preferences = settings.get(userId) ?? defaultPreferences(userId);
      const zone = personZone(preferences, memberships);
      const local = localTime(at, zone);
      if (local.hour < preferences.sendHour) continue;
      const { email, displayName } = memberships[0];
      due.push({ userId, email, displayName, memberships, preferences, zone, today: local.date });
    }
    return due;
  }

  /** Takes the person's digest for the day, unless it is made, given up, or held by a live lease. */
  private async claim(across: RequestContext, person: Due): Promise<boolean> {
    const rows = returnedRows<{ attempts: number }>(
      await this.db.query(
        across,
        `INSERT INTO notification_digest (user_id, local_date, lease_owner, lease_until)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4))
         ON CONFLICT (user_id, local_date) DO UPDATE SET lease_owner = $3, lease_until = now() + make_interval(secs => $4)
          WHERE notification_digest.status = 'PENDING'
            AND (notification_digest.lease_until IS NULL OR notification_digest.lease_until < now())
         RETURNING attempts`,
        [person.userId, person.today, this.owner, LEASE_SECONDS],
      ),
    );
    return rows.length > 0;
  }

  /** Keeps the notifications in each organisation and sends the e-mail; records the outcome. Answers whether it finished. */
  private async make(across: RequestContext, person: Due): Promise<boolean> {
    const tomorrow = addDays(person.today, 1);
    try {
      const sections: DigestSection[] = [];
      for (const membership of person.memberships) {
        const ctx = RequestContext.system(across.requestId).within(membership.organisationId);
        const items = await this.reminders.gather(ctx, {
          userId: person.userId,
          role: membership.role,
          zone: person.zone,
          today: person.today,
          tomorrow,
          kinds: person.preferences.kinds,
        });
        await this.db.transaction(ctx, () => this.notifications.keep(ctx, person.userId, person.today, items));
        sections.push({ organisationName: membership.organisationName, items });
      }
      const count = sections.reduce((n, s) => n + s.items.length, 0);
      const email = count > 0 && person.preferences.digestEmail && this.mailer.enabled;
      if (email) {
        await this.mailer.send(
          digestMail({
            to: person.email,
            displayName: person.displayName,
            zone: person.zone,
            today: person.today,
            sections,
            appUrl: this.config.publicUrl,
            unsubscribeUrl: this.unsubscribeUrl(person.userId),
          }),
        );
      }
      await this.db.query(
        across,
        `UPDATE notification_digest SET status = 'SENT', attempts = attempts + 1, item_count = $4, emailed = $5, sent_at = now(),
                last_error = NULL, lease_owner = NULL, lease_until = NULL
          WHERE user_id = $1 AND local_date = $2 AND lease_owner = $3`,
        [person.userId, person.today, this.owner, count, email],
      );
      return true;
    } catch (error) {
      const message = (error as Error).message.slice(0, 300);
      this.logger.warn(`a digest could not be made (it will be tried again): ${message}`);
      await this.db.query(
        across,
        `UPDATE notification_digest SET attempts = attempts + 1, last_error = $4, lease_owner = NULL,
                lease_until = now() + make_interval(secs => $5 * (attempts + 1)),
                status = CASE WHEN attempts + 1 >= $6 THEN 'FAILED' ELSE 'PENDING' END
          WHERE user_id = $1 AND local_date = $2 AND lease_owner = $3`,
        [person.userId, person.today, this.owner, message, RETRY_SECONDS, MAX_ATTEMPTS],
      );
      return false;
    }
  }
}
