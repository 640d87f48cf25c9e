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
      } catch (error) {
        this.logger.error(`${this.name} failed to run: ${(error as Error).message}`);
        result = { again: false, restMs: this.retryMs };
      }
      if (this.running && !result.again) await this.rest(result.restMs);
    }
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
