/**
 * When to try a failed delivery again: the schedule Standard Webhooks suggests (at once, then
 * 5 seconds, 5 minutes, 30 minutes, 2, 5, 10 and 10 hours: about a day and a quarter in all),
 * each wait stretched or shrunk at random by up to a fifth so that many deliveries failing
 * together do not all come back at the same moment. `scale` compresses the whole schedule
 * (WEBHOOK_RETRY_SCALE), so a test can run it in seconds.
 */
export const RETRY_DELAYS_SECONDS: readonly number[] = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];

/** Attempts in all, the first included; after the last fails the delivery is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

const JITTER = 0.2;

/**
 * Milliseconds to wait after failed attempt number `attempt` (1 for the first), or null when
 * that was the last. A receiver's Retry-After (seconds, already capped at a day by webhook-http.ts)
 * pushes the wait back, never forward.
 */
export function retryDelayMs(
  attempt: number,
  options: { scale: number; retryAfterSeconds?: number | null; random?: () => number },
): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a whole number from 1, not ${attempt}`);
  if (attempt >= MAX_ATTEMPTS) return null;
  const random = options.random ?? Math.random;
  const base = RETRY_DELAYS_SECONDS[attempt - 1] * 1000;
  const jittered = base * (1 - JITTER + 2 * JITTER * random()) * options.scale;
  // The receiver's own word is kept as given: the scale compresses our schedule, not its wishes.
  const asked = (options.retryAfterSeconds ?? 0) * 1000;
  return Math.round(Math.max(jittered, asked));
}
