/**
 * The time of day as the background work sees it (reminder digests), and Idempotency-Keys'
 * expiry (libs/idempotency). Injected, so that a test can run the scheduler at a chosen instant
 * (8 a.m. in Auckland), or move past a key's time, instead of waiting for it; everything else
 * reads the time from the database (`now()`) or `Date` as before.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The real time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
