import { availableParallelism } from 'node:os';
import { Injectable } from '@nestjs/common';
import { AppConfig, TooManyAttemptsError } from '@app/common';
import { hashPassword, verifyPassword } from './secrets';

/**
 * scrypt takes ~64 MB and a core for ~50 ms. One core is left to the event loop (which, on the
 * embedded database, also runs every query), and at most four run at once (libuv's thread pool).
 */
const PARALLEL_CHECKS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** How many checks one client may have waiting in this process; beyond that it is refused at once. */
const WAITING_PER_CLIENT = 32;

/**
 * Hashes and checks passwords, taking clients in turn: the next slot goes to the waiting client
 * served longest ago (a newcomer first). A burst from one client queues behind itself, so
 * everyone else waits for at most the checks already running, not for the burst.
 * This only shares this process's CPU fairly; the limits that must hold across replicas are in
 * the database (SignInThrottle).
 */
@Injectable()
export class PasswordWork {
  private running = 0;
  /** Waiting work per client, in arrival order. */
  private readonly waiting = new Map<string, Array<() => void>>();
  /** When each client was last served while the work lasted (absent: not lately, so first in line). */
  private readonly lastServed = new Map<string, number>();
  private served = 0;
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  hash(client: string, password: string): Promise<string> {
    return this.inTurn(client, () => hashPassword(password, this.config.passwordHashCost));
  }

  /**
   * Checks `password` against `stored`; with no stored hash (an unknown address) it checks a
   * dummy one, so that timing does not tell which addresses have accounts. `beforeCheck` runs
   * when the check had to wait its turn, to refuse work that a limit reached meanwhile forbids.
   * Refusals, that one or a full queue, are TooManyAttemptsError, thrown before any password is
   * checked (SignInThrottle.check gives such an attempt its count back).
   */
  verify(client: string, password: string, stored: string | null, beforeCheck?: () => Promise<void>): Promise<boolean> {
    return this.inTurn(
      client,
      async () => {
        const valid = await verifyPassword(password, stored ?? (await this.dummy()));
        return stored !== null && valid;
      },
      beforeCheck,
    );
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('no account has this password', this.config.passwordHashCost);
    return this.dummyHash;
  }

  private async inTurn<T>(client: string, work: () => Promise<T>, afterWaiting?: () => Promise<void>): Promise<T> {
    if (this.running >= PARALLEL_CHECKS || this.waiting.size) {
      const queue = this.waiting.get(client) ?? [];
      if (queue.length >= WAITING_PER_CLIENT) throw new TooManyAttemptsError(5);
      await new Promise<void>((resolve) => {
        queue.push(resolve);
        this.waiting.set(client, queue);
      });
      // Our turn: the slot was handed over by release(), already counted in `running`.
      try {
        if (afterWaiting) await afterWaiting();
      } catch (error) {
        this.release();
        throw error;
      }
    } else {
      this.running++;
      this.markServed(client);
    }
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Hands the slot to the waiting client served longest ago, or frees it. */
  private release(): void {
    let next: string | null = null;
    for (const client of this.waiting.keys()) {
      if (next === null || (this.lastServed.get(client) ?? -1) < (this.lastServed.get(next) ?? -1)) next = client;
    }
    if (next === null) {
      // Idle: nobody waits, so the record of turns can start afresh.
      if (--this.running === 0) this.lastServed.clear();
      return;
    }
    const queue = this.waiting.get(next)!;
    const resolve = queue.shift()!;
    if (!queue.length) this.waiting.delete(next);
    this.markServed(next);
    resolve();
  }

  private markServed(client: string): void {
    if (this.lastServed.size >= 10_000) this.lastServed.clear(); // bounded, at the price of one unfair turn
    this.lastServed.set(client, ++this.served);
  }
}
