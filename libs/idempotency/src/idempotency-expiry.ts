import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { BackgroundLoop } from '@app/common';
import { IdempotencyStore } from './idempotency-store';

/** How often each API process deletes the keys past their time. */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Deletes expired Idempotency-Keys and their answers, in every API process on either database
 * (several sweeping at once only find less to delete). A key past its time is already ignored
 * when a request sends it again (idempotency_claim takes it over), so the sweep only keeps the
 * table small and old answers gone.
 */
@Injectable()
export class IdempotencyExpiry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop = new BackgroundLoop(
    'IdempotencyExpiry',
    async () => {
      const { more } = await this.store.sweep();
      return { again: more, restMs: SWEEP_EVERY_MS };
    },
    SWEEP_EVERY_MS,
  );

  constructor(private readonly store: IdempotencyStore) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
