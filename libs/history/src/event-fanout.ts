import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { type CrossOrganisationPath, isDatabaseUnavailable, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { EventEntity } from './event.entity';
import { type AccessSignal, LiveEvents, type PersonalSignal } from './live-events';

/** The NOTIFY channel; payloads are event ids only (NOTIFY caps them at 8 kB). */
export const EVENT_CHANNEL = 'coprod_events';
/** The NOTIFY channel for access signals (live-events.ts), as JSON. */
export const ACCESS_CHANNEL = 'coprod_access';

/** The NOTIFY channel for personal signals (live-events.ts), as JSON. */
export const PERSONAL_CHANNEL = 'coprod_personal';

/** The listener's `application_name`, so an operator (or a test) can find its backend. */
export const LISTENER_APPLICATION_NAME = 'coprod-listener';

export interface FanoutOptions {
  /** First reconnection delay; doubles on each failure up to `maxDelayMs`, with jitter. */
  firstDelayMs: number;
  maxDelayMs: number;
  /**
   * How long a transaction may stay open and still have its event re-read after a reconnect
   * (see `EventListener`). Deliveries newer than this are remembered to deduplicate.
   */
  replayWindowMs: number;
  /** Programmes whose last delivered sequence is remembered (oldest forgotten first). */
  trackedProgrammes: number;
  /**
   * How long a statement on the listening connection may wait for its answer; past it the
   * connection counts as lost (a network that drops packets says nothing otherwise).
   */
  queryTimeoutMs: number;
  /** How often an idle listening connection is asked `SELECT 1`, to find such a silent loss. */
  heartbeatMs: number;
}

export const DEFAULT_FANOUT_OPTIONS: FanoutOptions = {
  firstDelayMs: 200,
  maxDelayMs: 30_000,
  replayWindowMs: 2 * 60_000,
  trackedProgrammes: 10_000,
  queryTimeoutMs: 10_000,
  heartbeatMs: 15_000,
};

const EVENT_COLUMNS = `id, organisation_id AS "organisationId", programme_id AS "programmeId", sequence,
  actor_type AS "actorType", actor_user_id AS "actorUserId", actor_api_key_id AS "actorApiKeyId",
  actor_name AS "actorName", type, payload, occurred_at AS "occurredAt"`;

const CATCH_UP_PAGE = 1000;

/**
 * Live events across processes. On PostgreSQL, `HistoryService.record` calls `announce`, which
 * sends the event's id with `pg_notify` inside the writer's transaction: PostgreSQL delivers it
 * only if that transaction commits, to every listening process, in commit order. Each process
 * keeps one dedicated listening connection (`EventListener`) that loads the events by id and
 * publishes them to its in-process `LiveEvents`. On the embedded database (one process only)
 * `announce` publishes in-process after the commit instead.
 */
@Injectable()
export class EventFanout implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('EventFanout');
  /** The LISTEN connection; null on the embedded database. */
  listener: EventListener | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly live: LiveEvents,
  ) {}

  /** True on PostgreSQL: events reach subscribers through NOTIFY, in every process. */
  get crossProcess(): boolean {
    return this.db.opened.kind === 'postgres';
  }

  /** Makes `event` (just written in `ctx`'s transaction, if any) reach subscribers once it commits. */
  async announce(ctx: RequestContext, event: EventEntity): Promise<void> {
    if (this.crossProcess) {
      // Queued with the transaction; delivered by PostgreSQL on commit, dropped on rollback.
      await this.db.manager(ctx).query(`SELECT pg_notify($1, $2)`, [EVENT_CHANNEL, String(event.id)]);
      // This process's caches learn at the commit, before the writer's answer goes out, rather
      // than a moment later through NOTIFY: the next request may already be on its way.
      if (ctx.entityManager) ctx.afterCommit(() => this.live.observed(event));
      else this.live.observed(event);
    } else if (ctx.entityManager) {
      ctx.afterCommit(() => this.live.publish(event));
    } else {
      this.live.publish(event);
    }
  }

  /**
   * Makes `signal` reach every process once `ctx`'s transaction (if any) commits, as `announce`
   * does for events. One that a process misses while its listener is reconnecting is not
   * replayed: what it guards is bounded by MEMBERSHIP_CACHE_SECONDS and the session sweep.
   */
  async announceAccess(ctx: RequestContext, signal: AccessSignal): Promise<void> {
    if (this.crossProcess) {
      await this.db.manager(ctx).query(`SELECT pg_notify($1, $2)`, [ACCESS_CHANNEL, JSON.stringify(signal)]);
      // As for events: this process hears it at the commit too (observers forget twice, harmlessly).
      if (ctx.entityManager) ctx.afterCommit(() => this.live.publishAccess(signal));
      else this.live.publishAccess(signal);
    } else if (ctx.entityManager) {
      ctx.afterCommit(() => this.live.publishAccess(signal));
    } else {
      this.live.publishAccess(signal);
    }
  }

  /**
   * Makes `signal` reach the person's streams in every process once `ctx`'s transaction (if any)
   * commits. Each process hears it once: unlike events, the writer does not hear it at its commit
   * too. One missed while a listener reconnects is not replayed (screens count again on reconnecting).
   */
  async announcePersonal(ctx: RequestContext, signal: PersonalSignal): Promise<void> {
    if (this.crossProcess) {
      await this.db.manager(ctx).query(`SELECT pg_notify($1, $2)`, [PERSONAL_CHANNEL, JSON.stringify(signal)]);
    } else if (ctx.entityManager) {
      ctx.afterCommit(() => this.live.publishPersonal(signal));
    } else {
      this.live.publishPersonal(signal);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.crossProcess) return;
    const url = (this.db.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('EventFanout: the PostgreSQL data source has no url to listen on');
    this.listener = new EventListener(
      url,
      (event) => this.live.publish(event),
      this.logger,
      undefined,
      (signal) => this.live.publishAccess(signal),
      (signal) => this.live.publishPersonal(signal),
    );
    const availability = this.db.opened.availability;
    // Whichever hears first that the database is back tells the other, so neither waits out its own backoff.
    this.listener.onConnected = () => availability?.confirmed();
    this.listener.onResumed = (since) => this.live.publishResumed(since);
    this.stopWatching = availability?.onChange((reachable) => reachable && this.listener?.reconnectNow()) ?? null;
    await this.listener.start();
  }

  /** Stops listening before anything else shuts down, whatever the order of the modules. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopWatching?.();
    await this.listener?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }
}

type Row = Omit<EventEntity, 'id'> & { id: string };

/**
 * One dedicated `pg` connection (not from TypeORM's pool) that `LISTEN`s on the channel,
 * loads the notified events by id on that same connection (so it never competes with requests
 * for a pooled connection, nor shows in their statement counts) and hands them over in order.
 *
 * What it guarantees, per process:
 * - While connected: every committed event once, in commit order (the order PostgreSQL
 *   delivers notifications). A programme's events commit in `sequence` order, because
 *   `HistoryService` takes the sequence with an UPDATE that locks the programme row until
 *   commit; their ids increase in that order too.
 * - A connection that stops answering (a statement unanswered for `queryTimeoutMs`, the idle
 *   connection's `SELECT 1` every `heartbeatMs` included) counts as dropped.
 * - After the connection drops: it reconnects with exponential backoff and jitter, LISTENs
 *   again, then re-reads `event WHERE id > floor ORDER BY id`, skipping ids it has already
 *   delivered. Ids can commit out of order, so `floor` is not the last id seen but the highest
 *   id delivered more than `replayWindowMs` before the drop: an event is missed only if its
 *   transaction had been open for longer than that window when the connection dropped.
 * - Programme events: delivered once and in `sequence` order. Sequences are gapless (the
 *   UPDATE that takes one is rolled back with its transaction), so an event whose sequence is
 *   not the next one after the last delivered fetches the missing ones from the table first;
 *   one at or below the last delivered is a duplicate and is dropped.
 * - Organisation events that are not a programme's: once each; across a reconnect, those
 *   re-read come in id order, not necessarily the exact commit order.
 * - Access and personal signals are not re-read: once a reconnect's catch-up is done,
 *   `onResumed` says since when some may have been missed, for their owners to re-read.
 */
export class EventListener {
  private client: pg.Client | null = null;
  /** The current connection is listening (set once LISTEN and, on a reconnect, its setup are done). */
  private ready = false;
  private stopped = false;
  private everConnected = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private disconnectedAt: number | null = null;
  private catchUpNeeded = false;
  /** Notified ids not yet delivered, in the order they arrived. */
  private readonly pending: string[] = [];
  private draining = false;
  private drainAgain = false;
  /** Ids delivered within the replay window, oldest first, with the time of delivery. */
  private readonly recent: Array<{ id: bigint; at: number }> = [];
  private readonly recentIds = new Set<string>();
  /** Catch-up re-reads ids above this. */
  private floor = 0n;
  private readonly lastSequence = new Map<string, number>();
  private listening = deferred();

  private heartbeat: NodeJS.Timeout | null = null;

  /** Connections made so far (the first one included); tests watch it to see a reconnect. */
  connections = 0;
  /** Called each time a connection is up and listening. */
  onConnected: () => void = () => undefined;
  /** Called after a reconnect's catch-up, with the moment the connection was lost. */
  onResumed: (since: Date) => void = () => undefined;

  constructor(
    private readonly url: string,
    private readonly publish: (event: EventEntity) => void,
    private readonly logger: Pick<Logger, 'log' | 'warn' | 'error'>,
    readonly options: FanoutOptions = { ...DEFAULT_FANOUT_OPTIONS },
    private readonly publishAccess: (signal: AccessSignal) => void = () => undefined,
    private readonly publishPersonal: (signal: PersonalSignal) => void = () => undefined,
  ) {}

  /** Connects and LISTENs; when that fails, keeps retrying in the background (never throws). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Whether the connection is up and listening. */
  get isListening(): boolean {
    return this.ready;
  }

  /** The listening backend's pid, or null while disconnected. */
  get backendPid(): number | null {
    return this.isListening ? ((this.client as unknown as { processID: number | null }).processID ?? null) : null;
  }

  /** Resolves once listening (at once when already). */
  whenListening(): Promise<void> {
    return this.isListening ? Promise.resolve() : this.listening.promise;
  }

  /** Resolves once every notification received so far has been delivered. */
  async settled(): Promise<void> {
    while (this.draining || this.pending.length || this.catchUpNeeded) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Reconnects now if waiting to (the database is known to be back); otherwise nothing. */
  reconnectNow(): void {
    if (this.stopped || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    void this.connect();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopHeartbeat();
    const client = this.client;
    this.client = null;
    this.ready = false;
    this.pending.length = 0;
    if (client) await endQuietly(client);
  }

  /** Opens a connection and LISTENs; on failure schedules the next attempt. Never rejects. */
  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      query_timeout: this.options.queryTimeoutMs,
    });
    this.client = client;
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (client !== this.client || !message.payload) return;
      if (message.channel === ACCESS_CHANNEL) return this.access(message.payload);
      if (message.channel === PERSONAL_CHANNEL) return this.personal(message.payload);
      if (message.channel !== EVENT_CHANNEL) return;
      this.pending.push(message.payload);
      // Held until the connection is set up: a reconnect's catch-up must come first.
      if (this.ready) this.kick();
    });
    try {
      await client.connect();
      // Behind the tenancy wall this connection reads every organisation's events, by this one named path and no other.
      await client.query(`SELECT set_config('app.cross_path', $1, false)`, ['LIVE_EVENTS' satisfies CrossOrganisationPath]);
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
      await client.query(`LISTEN ${PERSONAL_CHANNEL}`);
      if (!this.everConnected) {
        // From now on only: nothing before this process started is replayed.
        const { rows } = await client.query<{ max: string }>(`SELECT coalesce(max(id), 0)::text AS max FROM event`);
        this.floor = BigInt(rows[0].max);
      }
    } catch (error) {
      if (client === this.client) this.lost(client, error as Error);
      else void endQuietly(client); // stopped meanwhile
      return;
    }
    if (client !== this.client) {
      void endQuietly(client);
      return;
    }
    this.connections += 1;
    this.attempt = 0;
    // Whatever committed while disconnected is re-read before any new notification is delivered.
    if (this.everConnected) this.catchUpNeeded = true;
    if (this.everConnected) this.logger.log('listening again for live events');
    this.everConnected = true;
    this.ready = true;
    this.listening.resolve();
    this.startHeartbeat(client);
    try {
      this.onConnected();
    } catch (error) {
      this.logger.error(`after connecting: ${(error as Error).message}`);
    }
    this.kick();
  }

  /** Asks an idle connection `SELECT 1` now and then: unanswered (query_timeout), the connection is dropped. */
  private startHeartbeat(client: pg.Client): void {
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => {
      if (client !== this.client || this.draining) return;
      client.query('SELECT 1').catch((error: unknown) => this.failed(client, error));
    }, this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /**
   * A statement on `client` failed. node-postgres leaves a connection whose answer never came
   * waiting for it, so it is destroyed: its end is then handled as any lost connection.
   */
  private failed(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    if ((error as Error | undefined)?.message === 'Query read timeout' || isDatabaseUnavailable(error)) {
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return; // an old connection, already handled
    this.client = null;
    this.ready = false;
    this.stopHeartbeat();
    this.disconnectedAt ??= Date.now();
    if (this.listening.done) this.listening = deferred();
    void endQuietly(client);
    if (this.stopped) return;
    const delay = Math.min(this.options.maxDelayMs, this.options.firstDelayMs * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt += 1;
    this.logger.warn(`live events connection lost (${error?.message ?? 'ended'}); reconnecting in ${Math.round(delay)} ms`);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }

  /** An access signal, handed on at once: it holds no row to read and no order to keep. */
  private access(payload: string): void {
    try {
      const signal = JSON.parse(payload) as AccessSignal;
      if (typeof signal.userId === 'string' && Array.isArray(signal.sessionIds)) this.publishAccess(signal);
    } catch (error) {
      this.logger.error(`an access signal could not be read: ${(error as Error).message}`);
    }
  }

  /** A personal signal, handed on at once, as an access signal is. */
  private personal(payload: string): void {
    try {
      const signal = JSON.parse(payload) as PersonalSignal;
      if (['userId', 'organisationId', 'kind', 'id'].every((key) => typeof signal[key as keyof PersonalSignal] === 'string'))
        this.publishPersonal(signal);
    } catch (error) {
      this.logger.error(`a personal signal could not be read: ${(error as Error).message}`);
    }
  }

  /** Runs the delivery loop unless it is running; it then goes round once more. */
  private kick(): void {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
      if (this.drainAgain && this.isListening) {
        this.drainAgain = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    this.drainAgain = false;
    const client = this.client;
    if (!client || !this.ready || this.stopped) return;
    try {
      while (client === this.client && !this.stopped) {
        if (this.catchUpNeeded) {
          this.catchUpNeeded = false;
          await this.catchUp(client);
          continue;
        }
        const batch = this.pending.splice(0, CATCH_UP_PAGE).filter((id) => !this.recentIds.has(id));
        if (!batch.length) {
          if (this.pending.length) continue;
          return;
        }
        const { rows } = await client.query<Row>(`SELECT ${EVENT_COLUMNS} FROM event WHERE id = ANY($1::bigint[])`, [batch]);
        const byId = new Map(rows.map((row) => [String(row.id), row]));
        // Notification order is commit order: deliver in it, not in id order.
        for (const id of batch) {
          const row = byId.get(id);
          if (row) await this.deliver(client, row);
        }
      }
    } catch (error) {
      // The ids of the failed batch are above the floor: the next catch-up re-reads them.
      this.catchUpNeeded = true;
      if (client === this.client && !this.stopped)
        this.logger.warn(`live events delivery failed, will re-read: ${(error as Error).message}`);
      this.failed(client, error);
    }
  }

  /** Re-reads what may have committed while disconnected, in id order, skipping what was delivered. */
  private async catchUp(client: pg.Client): Promise<void> {
    const lostAt = this.disconnectedAt;
    this.forget(lostAt ?? Date.now());
    let after = this.floor;
    for (;;) {
      const { rows } = await client.query<Row>(`SELECT ${EVENT_COLUMNS} FROM event WHERE id > $1 ORDER BY id LIMIT ${CATCH_UP_PAGE}`, [
        String(after),
      ]);
      for (const row of rows) await this.deliver(client, row);
      if (rows.length < CATCH_UP_PAGE) break;
      after = BigInt(rows[rows.length - 1].id);
    }
    // Only once all is re-read: a catch-up cut short starts again from the same window.
    this.disconnectedAt = null;
    if (lostAt !== null) {
      try {
        this.onResumed(new Date(lostAt));
      } catch (error) {
        this.logger.error(`after catching up: ${(error as Error).message}`);
      }
    }
  }

  private async deliver(client: pg.Client, row: Row): Promise<void> {
    const id = String(row.id);
    if (this.recentIds.has(id)) return;
    if (row.programmeId !== null && row.sequence !== null) {
      const last = this.lastSequence.get(row.programmeId);
      if (last !== undefined && row.sequence <= last) {
        this.remember(id);
        return;
      }
      if (last !== undefined && row.sequence > last + 1) {
        const { rows } = await client.query<Row>(
          `SELECT ${EVENT_COLUMNS} FROM event WHERE programme_id = $1 AND sequence > $2 AND sequence < $3 ORDER BY sequence`,
          [row.programmeId, last, row.sequence],
        );
        for (const earlier of rows) this.emit(earlier);
      }
    }
    this.emit(row);
  }

  private emit(row: Row): void {
    const id = String(row.id);
    if (this.recentIds.has(id)) return;
    this.remember(id);
    if (row.programmeId !== null && row.sequence !== null) {
      this.lastSequence.delete(row.programmeId);
      this.lastSequence.set(row.programmeId, row.sequence);
      if (this.lastSequence.size > this.options.trackedProgrammes) this.lastSequence.delete(this.lastSequence.keys().next().value!);
    }
    try {
      this.publish(Object.assign(new EventEntity(), row));
    } catch (error) {
      this.logger.error(`publishing live event ${id} failed: ${(error as Error).message}`);
    }
  }

  private remember(id: string): void {
    const now = Date.now();
    this.recent.push({ id: BigInt(id), at: now });
    this.recentIds.add(id);
    // Keeps memory bounded while connected; the floor only ever rises to ids delivered long ago.
    if (this.recent.length % 256 === 0) this.forget(now);
  }

  /** Forgets deliveries older than the replay window before `moment`, raising the floor past them. */
  private forget(moment: number): void {
    const horizon = moment - this.options.replayWindowMs;
    let dropped = 0;
    while (dropped < this.recent.length && this.recent[dropped].at < horizon) {
      const { id } = this.recent[dropped];
      if (id > this.floor) this.floor = id;
      this.recentIds.delete(String(id));
      dropped += 1;
    }
    if (dropped) this.recent.splice(0, dropped);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; done: boolean } {
  const result = { done: false } as { promise: Promise<void>; resolve: () => void; done: boolean };
  result.promise = new Promise<void>((resolve) => {
    result.resolve = () => {
      result.done = true;
      resolve();
    };
  });
  return result;
}

async function endQuietly(client: pg.Client): Promise<void> {
  try {
    await client.end();
  } catch {
    // Already closed, or closing: nothing left to release.
  }
}
