import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, BackgroundLoop, RequestContext } from '@app/common';
import { Database, returnedRows } from '@app/database';
import { type EventEntity, HistoryService, LiveEvents } from '@app/history';
import { WebhookHttp } from '../outbound';
import { retryDelayMs } from './retry-schedule';
import { payloadVersion, signingSecrets, webhookBody, webhookHeaders } from './webhook-message';

/** What a worker claims at once. */
const BATCH = 20;
/** How often an idle worker looks for retries that have come due (it wakes at once on a new event). */
const IDLE_POLL_MS = 1000;
/** A failing endpoint is turned off after this long (times WEBHOOK_RETRY_SCALE) without one success. */
export const DISABLE_AFTER_MS = 3 * 24 * 3600 * 1000;

/** A due delivery as claimed, with its endpoint and its event. */
interface Claimed {
  id: string;
  organisationId: string;
  endpointId: string;
  attempts: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  event: EventEntity;
}

interface ClaimedRow extends Omit<Claimed, 'event'> {
  eventId: string;
}

/**
 * Sends what the outbox owes (webhook_delivery rows, written with each event by the trigger of
 * migrations/1796380000000-webhooks.ts). Any number of processes may run one: each claims due
 * rows with FOR UPDATE SKIP LOCKED and leases them for longer than a delivery may take, so no
 * two send one delivery at the same moment; a programme's next event is claimable only once the
 * one before it is delivered or given up, so each endpoint gets a programme's events in order.
 * Runs in the API process when WEBHOOK_DELIVERY is in-process, and in apps/worker.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookDispatcher');
  /** Names this process's leases. */
  readonly owner = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  /** Whether any organisation has an active endpoint: without one there is nothing to look for. */
  private endpointsActive = false;
  private stopObserving: (() => void) | null = null;
  /** Set once a shutdown stopped waiting for the deliveries being sent and handed them back. */
  private handedBack = false;
  // With no endpoint anywhere, it rests until one is made (its event wakes it), costing nothing
  // meanwhile; after a failed round (the database away) it tries again a moment later.
  private readonly loop = new BackgroundLoop(
    'WebhookDispatcher',
    async () => {
      this.endpointsActive = await this.anyActiveEndpoint();
      const sent = this.endpointsActive ? await this.runOnce() : 0;
      return { again: sent > 0, restMs: this.endpointsActive ? IDLE_POLL_MS : null };
    },
    IDLE_POLL_MS,
  );

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly http: WebhookHttp,
    private readonly history: HistoryService,
    private readonly live: LiveEvents,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.webhooks.deliverInProcess) this.start();
  }

  /** Sends until stopped: at once when an event is written, otherwise whenever something comes due. */
  start(): void {
    if (this.loop.isRunning) return;
    this.stopObserving = this.live.observe((event) => {
      if (event.type.startsWith('WEBHOOK_ENDPOINT_')) this.endpointsActive = true; // looked up again on waking
      if (this.endpointsActive) this.loop.wake();
    });
    this.loop.start();
  }

  /**
   * Stops claiming, lets what is being sent finish (a delivery takes at most WEBHOOK_TIMEOUT_SECONDS,
   * or until `withinMs`, a shutdown's deadline, if that comes first), and releases any lease it still
   * holds so another worker takes it over at once. A delivery still being sent at the deadline is
   * handed back too: its receiver may get it twice, which the event's id lets it notice, rather
   * than wait for the lease to lapse.
   */
  async stop(withinMs?: number): Promise<void> {
    if (!this.loop.isRunning) return;
    this.stopObserving?.();
    if (!(await this.loop.stopWithin(withinMs ?? Infinity))) {
      this.handedBack = true;
      this.logger.warn('deliveries still being sent at the shutdown deadline are handed back: their receivers may get them again');
    }
    await this.releaseLeases();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private async anyActiveEndpoint(): Promise<boolean> {
    const [row] = await this.db.query<{ any: boolean }>(
      RequestContext.system(`webhooks:${this.owner}`).across('WEBHOOK_DELIVERY'),
      `SELECT EXISTS (SELECT 1 FROM webhook_endpoint WHERE active) AS any`,
    );
    return row.any;
  }

  /** Claims what is due now and sends it, side by side; answers how many it sent. */
  async runOnce(limit = BATCH): Promise<number> {
    const claimed = await this.claim(limit);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
  }

  private leaseSeconds(): number {
    return this.config.webhooks.timeoutSeconds + 30;
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const system = RequestContext.system(`webhooks:${this.owner}`);
    const rows = await this.db.transaction(system, async () => {
      const due = await this.db.query<ClaimedRow>(
        system.across('WEBHOOK_DELIVERY'),
        `SELECT d.id, d.organisation_id AS "organisationId", d.endpoint_id AS "endpointId", d.attempts,
                d.event_id AS "eventId", e.url, e.secret, e.previous_secret AS "previousSecret",
                e.previous_secret_expires_at AS "previousSecretExpiresAt"
           FROM webhook_delivery d
           JOIN webhook_endpoint e ON e.id = d.endpoint_id
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND e.active
            AND (d.lease_until IS NULL OR d.lease_until < now())
            AND NOT EXISTS (
              SELECT 1 FROM webhook_delivery earlier
               WHERE earlier.endpoint_id = d.endpoint_id AND earlier.stream = d.stream
                 AND earlier.status = 'PENDING' AND earlier.position < d.position)
          ORDER BY d.next_attempt_at, d.position
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED`,
        [limit],
      );
      // A path reads across organisations; each lease is written inside its own organisation.
      for (const [organisationId, ids] of groupBy(due, (row) => row.organisationId)) {
        await this.db.query(
          system.within(organisationId),
          `UPDATE webhook_delivery SET lease_owner = $2, lease_until = now() + make_interval(secs => $3)
            WHERE organisation_id = $1 AND id = ANY($4::uuid[])`,
          [organisationId, this.owner, this.leaseSeconds(), ids.map((row) => row.id)],
        );
      }
      return due;
    });
    if (!rows.length) return [];
    // The events themselves come from history, whose table they are: one statement for the batch.
    const events = new Map(
      (
        await this.history.eventsByIds(
          system.across('WEBHOOK_DELIVERY'),
          rows.map((row) => String(row.eventId)),
        )
      ).map((event) => [event.id, event]),
    );
    return rows.map(({ eventId, ...delivery }) => ({ ...delivery, event: events.get(String(eventId))! }));
  }

  private async deliver(delivery: Claimed): Promise<void> {
    const at = new Date();
    const body = webhookBody(delivery.event, payloadVersion(delivery.event.type));
    const headers = webhookHeaders(delivery.event.id, body, signingSecrets(delivery, at), at);
    const result = await this.http.post(delivery.url, body, headers, { timeoutMs: this.config.webhooks.timeoutSeconds * 1000 });
    // Handed back at a shutdown's deadline: the next process's attempt is the one that counts.
    if (this.handedBack) return;
    const ctx = RequestContext.system(`webhooks:${this.owner}`).within(delivery.organisationId);
    const attempt = delivery.attempts + 1;
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const gone = result.status === 410;
    const delay =
      ok || gone ? null : retryDelayMs(attempt, { scale: this.config.webhooks.retryScale, retryAfterSeconds: result.retryAfterSeconds });
    try {
      await this.db.transaction(ctx, async () => {
        await this.db.query(
          ctx,
          `INSERT INTO webhook_attempt (organisation_id, delivery_id, endpoint_id, attempted_at, status_code, duration_ms, error)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            delivery.organisationId,
            delivery.id,
            delivery.endpointId,
            at,
            result.status,
            result.durationMs,
            result.error?.slice(0, 300) ?? null,
          ],
        );
        // Only while the lease is still ours: a worker that took it over after it lapsed decides instead.
        await this.db.query(
          ctx,
          `UPDATE webhook_delivery
              SET attempts = $3, last_status = $4, last_error = $5, lease_owner = NULL, lease_until = NULL,
                  status = CASE WHEN $6::boolean THEN 'DELIVERED' WHEN $7::boolean THEN 'FAILED' ELSE 'PENDING' END,
                  delivered_at = CASE WHEN $6::boolean THEN $8::timestamptz END,
                  next_attempt_at = CASE WHEN $9::bigint IS NULL THEN next_attempt_at ELSE $8::timestamptz + make_interval(secs => $9::bigint / 1000.0) END
            WHERE organisation_id = $1 AND id = $2 AND lease_owner = $10`,
          [
            delivery.organisationId,
            delivery.id,
            attempt,
            result.status,
            result.error?.slice(0, 300) ?? null,
            ok,
            !ok && !gone && delay === null,
            at,
            delay,
            this.owner,
          ],
        );
        if (ok) await this.endpointRecovered(ctx, delivery.endpointId);
        else if (gone)
          await this.disable(ctx, delivery.endpointId, 'GONE', 'The receiver answered 410 Gone: it asked for no more deliveries.');
        else await this.endpointFailed(ctx, delivery.endpointId, at);
      });
    } catch (error) {
      this.logger.error(`webhook delivery ${delivery.id} could not be recorded: ${(error as Error).message}`);
    }
  }

  private async endpointRecovered(ctx: RequestContext, endpointId: string): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE webhook_endpoint SET failing_since = NULL WHERE organisation_id = $1 AND id = $2 AND failing_since IS NOT NULL`,
      [ctx.tenantId, endpointId],
    );
  }

  /** Starts the failing clock if it is not running; turns the endpoint off once it has run for days. */
  private async endpointFailed(ctx: RequestContext, endpointId: string, at: Date): Promise<void> {
    const [row] = returnedRows<{ failingSince: Date }>(
      await this.db.query(
        ctx,
        `UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, $3) WHERE organisation_id = $1 AND id = $2 RETURNING failing_since AS "failingSince"`,
        [ctx.tenantId, endpointId, at],
      ),
    );
    const limit = DISABLE_AFTER_MS * this.config.webhooks.retryScale;
    if (row && at.getTime() - new Date(row.failingSince).getTime() >= limit) {
      const days = Math.round(DISABLE_AFTER_MS / 86_400_000);
      await this.disable(ctx, endpointId, 'FAILING', `Every delivery failed for ${days} days; turn it on again once the receiver works.`);
    }
  }

  /** Turns the endpoint off (once, however many deliveries see the reason) and records why. */
  private async disable(ctx: RequestContext, endpointId: string, reason: 'GONE' | 'FAILING', words: string): Promise<void> {
    const turnedOff = returnedRows<{ id: string }>(
      await this.db.query(
        ctx,
        `UPDATE webhook_endpoint SET active = false, disabled_reason = $3, version = version + 1, updated_at = now()
          WHERE organisation_id = $1 AND id = $2 AND active RETURNING id`,
        [ctx.tenantId, endpointId, words],
      ),
    );
    if (!turnedOff.length) return;
    this.logger.warn(`webhook endpoint ${endpointId} turned off: ${words}`);
    await this.history.record(ctx, { type: 'WEBHOOK_ENDPOINT_DISABLED', payload: { endpointId, reason } });
  }

  /** Hands back what this process still holds, so another worker can send it at once. */
  private async releaseLeases(): Promise<void> {
    const system = RequestContext.system(`webhooks:${this.owner}`);
    try {
      await this.db.transaction(system, async () => {
        const held = await this.db.query<{ id: string; organisationId: string }>(
          system.across('WEBHOOK_DELIVERY'),
          `SELECT id, organisation_id AS "organisationId" FROM webhook_delivery WHERE lease_owner = $1 FOR UPDATE`,
          [this.owner],
        );
        for (const [organisationId, rows] of groupBy(held, (row) => row.organisationId)) {
          await this.db.query(
            system.within(organisationId),
            `UPDATE webhook_delivery SET lease_owner = NULL, lease_until = NULL WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND lease_owner = $3`,
            [organisationId, rows.map((row) => row.id), this.owner],
          );
        }
      });
    } catch (error) {
      // The leases lapse by themselves within WEBHOOK_TIMEOUT_SECONDS + 30 s.
      this.logger.warn(`webhook leases not released at shutdown: ${(error as Error).message}`);
    }
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}
