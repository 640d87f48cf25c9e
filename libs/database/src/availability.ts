import { Logger } from '@nestjs/common';
import pg from 'pg';

export interface AvailabilityOptions {
  /** The server's own connection string. */
  url: string;
  /** The longest one check may take, connecting included; past it the database counts as unreachable. */
  checkTimeoutMs: number;
  /** Between checks while the database answers: a link that drops packets says nothing, only a check finds it. */
  intervalMs: number;
  /** Between checks while it does not. */
  downIntervalMs: number;
}

export const DEFAULT_CHECK_INTERVAL_MS = 2000;
export const DEFAULT_DOWN_CHECK_INTERVAL_MS = 500;
export const MAX_CHECK_TIMEOUT_MS = 2000;

/** The application name of the checking connection, so an operator (or a test) can find it. */
export const AVAILABILITY_APPLICATION_NAME = 'coprod-health';

/** What a request gets at once while the database is known to be unreachable (answered as DATABASE_UNAVAILABLE). */
export class DatabaseUnreachableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';

  constructor(reason: string | null) {
    super(`The database is unreachable${reason ? ` (${reason})` : ''}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/**
 * Whether PostgreSQL answers, for /health/ready and for failing fast. A connection of its own
 * (never one of the pool's, which may all be busy) runs `SELECT 1` every `intervalMs`, bounded by
 * `checkTimeoutMs`, and at once when a request sees a connection fail. While a check fails the
 * pool refuses new work at once (tenancy/scoped-pg.ts) instead of letting each request wait out
 * its own timeouts, and checks run every `downIntervalMs` until one succeeds.
 */
export class DatabaseAvailability {
  private readonly logger = new Logger('Database');
  private reachable = true;
  private downSince: number | null = null;
  private reason: string | null = null;
  private checkedAt = 0;
  private checking: Promise<boolean> | null = null;
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly listeners = new Set<(reachable: boolean) => void>();

  constructor(readonly options: AvailabilityOptions) {}

  /** Starts the periodic checks. */
  start(): void {
    this.schedule();
  }

  get isReachable(): boolean {
    return this.reachable;
  }

  /** Why the last check failed, in the driver's words; null while reachable. */
  get lastReason(): string | null {
    return this.reachable ? null : this.reason;
  }

  /** The error for work refused while unreachable. */
  unreachableError(): DatabaseUnreachableError {
    return new DatabaseUnreachableError(this.reason);
  }

  /** Calls `listener` each time the database goes away or comes back; returns the function that stops it. */
  onChange(listener: (reachable: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether it answers: the last check if not older than `maxAgeMs`, else a new one (shared by concurrent callers). */
  check(maxAgeMs: number): Promise<boolean> {
    if (this.checking) return this.checking;
    if (Date.now() - this.checkedAt <= maxAgeMs) return Promise.resolve(this.reachable);
    return this.checkNow();
  }

  /** A request saw a connection fail: check now, unless a check is running or has just run. */
  suspect(): void {
    if (!this.stopped) void this.check(250);
  }

  /** Evidence from elsewhere (a connection just opened, e.g. the live events' listener): check now if it says otherwise. */
  confirmed(): void {
    if (!this.reachable) this.suspect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Dropped first, so that a check waiting on a silent database ends now rather than at its timeout.
    this.drop();
    await this.checking?.catch(() => undefined);
    this.drop();
  }

  private checkNow(): Promise<boolean> {
    this.checking = this.probe()
      .then((ok) => {
        this.checkedAt = Date.now();
        this.set(ok);
        return ok;
      })
      .finally(() => {
        this.checking = null;
        this.schedule();
      });
    return this.checking;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.check(0);
      },
      this.reachable ? this.options.intervalMs : this.options.downIntervalMs,
    );
    this.timer.unref();
  }

  private set(reachable: boolean): void {
    if (reachable === this.reachable) return;
    this.reachable = reachable;
    if (reachable) {
      const seconds = ((Date.now() - (this.downSince ?? Date.now())) / 1000).toFixed(1);
      this.downSince = null;
      this.logger.log(`the database answers again, after ${seconds} s`);
    } else {
      this.downSince = Date.now();
      this.logger.warn(`the database is unreachable (${this.reason}); requests fail at once with DATABASE_UNAVAILABLE until it answers`);
    }
    for (const listener of this.listeners) {
      try {
        listener(reachable);
      } catch (error) {
        this.logger.error(`a listener to the database's availability failed: ${(error as Error).message}`);
      }
    }
  }

  /**
   * `SELECT 1` on the checking connection, all within `checkTimeoutMs`. When the connection kept
   * from before fails, a new one is tried in the time left: one connection ended (an operator's
   * pg_terminate_backend) is no database gone.
   */
  private async probe(): Promise<boolean> {
    if (this.stopped) return this.reachable;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.options.checkTimeoutMs} ms`)), this.options.checkTimeoutMs);
    });
    const attempt = async () => {
      const kept = this.client !== null;
      try {
        await this.selectOne();
      } catch (error) {
        this.drop();
        if (!kept) throw error;
        await this.selectOne();
      }
    };
    try {
      await Promise.race([attempt(), deadline]);
      return true;
    } catch (error) {
      this.reason = (error as Error).message || (error as { code?: string }).code || 'no answer';
      this.drop();
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async selectOne(): Promise<void> {
    if (!this.client) {
      const client = new pg.Client({
        connectionString: this.options.url,
        application_name: AVAILABILITY_APPLICATION_NAME,
        connectionTimeoutMillis: this.options.checkTimeoutMs,
      });
      // Without a listener a dropped connection's 'error' would end the process.
      client.on('error', () => {
        if (this.client === client) this.drop();
      });
      this.client = client;
      await client.connect();
    }
    await this.client.query('SELECT 1');
  }

  /** Forgets the checking connection, destroying its socket: one that hangs would never end politely. */
  private drop(): void {
    const client = this.client as (pg.Client & { connection?: { stream?: { destroy(): void } } }) | null;
    this.client = null;
    client?.connection?.stream?.destroy();
  }
}
