import { Logger } from '@nestjs/common';

/** What one round of background work found: whether to go again at once, or how long to rest (null: until woken). */
export interface RoundResult {
  again: boolean;
  /** How long to rest when not going again; null rests until `wake()`. */
  restMs: number | null;
}

/**
 * A loop of background work in this process (webhook deliveries, reminder digests): rounds one
 * after another, resting between them until a timer runs out or something wakes it, and, when a
 * round fails (the database away, or not yet migrated when a worker starts), trying again after
 * `retryMs` rather than resting until a wake-up that may never come. `stop()` lets the round in
 * progress finish (`stopWithin`: only so long); a round may look at `stopping` to end early.
 */
export class BackgroundLoop {
  private readonly logger: Logger;
  private running = false;
  private stopRequested = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  /** The failure rounds keep meeting, logged once as an error; while it lasts, repeats go to debug. */
  private failing: { message: string; rounds: number; since: number } | null = null;

  constructor(
    private readonly name: string,
    private readonly round: () => Promise<RoundResult>,
    private readonly retryMs = 1000,
  ) {
    this.logger = new Logger(name);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Whether `stop()` was called and the round in progress has not finished yet: a long round stops at its next step. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Ends the rest at once, so the next round starts now. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops after the round in progress (if any) has finished. */
  async stop(): Promise<void> {
    await this.stopWithin(Infinity);
  }

  /**
   * Stops after the round in progress (if any) has finished, or after `withinMs` if that comes
   * first (a shutdown's deadline); answers whether the round finished. Once given up on, a round
   * is left to end by itself.
   */
  async stopWithin(withinMs: number): Promise<boolean> {
    if (!this.running) return true;
    this.running = false;
    this.stopRequested = true;
    this.wakeUp?.();
    const loop = this.loop!.finally(() => (this.stopRequested = false)).then(() => true);
    if (withinMs === Infinity) return loop;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, withinMs))));
    try {
      return await Promise.race([loop, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let result: RoundResult;
      try {
        result = await this.round();
        this.recovered();
      } catch (error) {
        this.failed((error as Error).message);
        result = { again: false, restMs: this.retryMs };
      }
      if (this.running && !result.again) await this.rest(result.restMs);
    }
  }

  /**
   * One error per outage, not one per round: a database away for a minute would otherwise write
   * sixty lines of the same error (a changed message is logged again).
   */
  private failed(message: string): void {
    if (this.failing?.message === message) {
      this.failing.rounds += 1;
      this.logger.debug(`${this.name} failed to run again (${this.failing.rounds} rounds): ${message}`);
      return;
    }
    this.failing = { message, rounds: 1, since: Date.now() };
    this.logger.error(`${this.name} failed to run: ${message}; trying again every ${this.retryMs} ms`);
  }

  private recovered(): void {
    if (!this.failing) return;
    const { rounds, since } = this.failing;
    this.failing = null;
    this.logger.log(
      `${this.name} runs again, after ${rounds} failed round${rounds === 1 ? '' : 's'} over ${((Date.now() - since) / 1000).toFixed(1)} s`,
    );
  }

  /** Waits `ms`, or until woken (null: until woken). */
  private rest(ms: number | null): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (timer) clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = ms === null ? null : setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
