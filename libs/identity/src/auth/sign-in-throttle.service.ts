import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { type RequestContext, TooManyAttemptsError } from '@app/common';
import { Database } from '@app/database';
import { sha256 } from './secrets';

/** One client against one account: free failures, then blocks that double; only that client is refused. */
const PAIR_FREE_FAILURES = 5;
/** One client against any accounts: room for an office behind one address, then blocks that double. */
const CLIENT_FREE_FAILURES = 30;
const FIRST_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = 15 * 60;
/** All clients against one account: beyond this each attempt waits a little longer, never refused. */
const ACCOUNT_FREE_FAILURES = 10;
const ACCOUNT_DELAY_STEP_MS = 100;
const ACCOUNT_DELAY_CAP_MS = 1000;
/** Counts start afresh after an hour without a failure; such rows are pruned a few at a time. */
const WINDOW = `interval '1 hour'`;
const PRUNE_PER_FAILURE = 32;

/** The failures a row holds now: none once its hour has passed. */
const CURRENT_FAILURES = `CASE WHEN sign_in_throttle.last_failure_at < now() - ${WINDOW} THEN 0 ELSE sign_in_throttle.failures END`;
const SECONDS_LEFT = `ceil(extract(epoch FROM (blocked_until - now())))::int`;

/** A sign-in attempt that has been let through, with what it needs to be settled. */
export interface Admission extends ThrottleKeys {
  /** Failures counted for this client and account, this attempt included. */
  pairFailures: number;
  /** The block this attempt took in advance (after a block ran out), as the database wrote it; null if none. */
  claimedBlock: string | null;
}

export interface ThrottleKeys {
  client: string;
  pairKey: string;
  accountKey: string;
  clientKey: string;
}

/** The rows an attempt on `email` from `client` (a client network) counts in. */
export function throttleKeys(client: string, email: string): ThrottleKeys {
  return {
    client,
    pairKey: sha256(`client-account\n${client}\n${email}`),
    accountKey: sha256(`account\n${email}`),
    clientKey: sha256(`client\n${client}`),
  };
}

/**
 * Limits password guessing, with every count in the database so that the limits hold across
 * replicas. Three counts, so that an attacker cannot lock the owner out:
 * - per client and account: five failures, then blocks of 30 s doubling to 15 min, for that
 *   client only (counted before the password is checked, so a burst cannot overshoot; an
 *   attempt refused for a block is not counted, so retrying during a block does not lengthen
 *   the next one);
 * - per account, from all clients: beyond ten failures an hour each attempt is slowed by up to
 *   a second, the owner's too, but never refused;
 * - per client, across accounts: thirty failures an hour, then blocks that double, so one
 *   password sprayed over many accounts meets a limit.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly db: Database) {}

  /**
   * Lets an attempt on `email` from `client` through, or refuses it with TOO_MANY_ATTEMPTS;
   * then waits as long as the account's failures from everywhere ask. The same for addresses
   * with and without an account. An attempt let through is counted for the client and account
   * at once; one refused (its client or this pair blocked) is not counted at all.
   */
  async admit(ctx: RequestContext, client: string, email: string): Promise<Admission> {
    const keys = throttleKeys(client, email);
    const next = `${CURRENT_FAILURES} + 1`;
    // One statement. The pair row changes only while it is not blocked (re-checked on the row
    // itself, so of simultaneous attempts after a block only the first gets through); the
    // first attempt beyond the free failures takes the next, longer block in advance, in case
    // it fails.
    const [attempt] = await this.db.query<{
      client_blocked: number | null;
      account_failures: number | null;
      failures: number | null;
      claimed_block: string | null;
      pair_blocked: number | null;
    }>(
      ctx,
      `WITH peek AS (
         SELECT (SELECT ${SECONDS_LEFT} FROM sign_in_throttle WHERE key_hash = $2) AS client_blocked,
                (SELECT ${CURRENT_FAILURES} FROM sign_in_throttle WHERE key_hash = $3) AS account_failures
       ), pair AS (
         INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at)
         SELECT $1, 'CLIENT_ACCOUNT', 1, now() FROM peek WHERE coalesce(peek.client_blocked, 0) <= 0
         ON CONFLICT (key_hash) DO UPDATE SET
           failures = ${next},
           last_failure_at = now(),
           blocked_until = CASE WHEN ${next} > ${PAIR_FREE_FAILURES}
             THEN now() + make_interval(secs => ${blockSecondsSql(`${next} - ${PAIR_FREE_FAILURES}`)})
             ELSE sign_in_throttle.blocked_until END
         WHERE sign_in_throttle.blocked_until IS NULL OR sign_in_throttle.blocked_until <= now()
         RETURNING failures, CASE WHEN failures > ${PAIR_FREE_FAILURES} THEN blocked_until::text END AS claimed_block
       )
       SELECT peek.client_blocked, peek.account_failures, pair.failures, pair.claimed_block,
              (SELECT ${SECONDS_LEFT} FROM sign_in_throttle WHERE key_hash = $1) AS pair_blocked
         FROM peek LEFT JOIN pair ON true`,
      [keys.pairKey, keys.clientKey, keys.accountKey],
    );
    if (attempt.client_blocked !== null && attempt.client_blocked > 0) throw new TooManyAttemptsError(attempt.client_blocked);
    if (attempt.failures === null) {
      // The pair is blocked. The statement's snapshot may predate a block another replica has
      // just taken, so read it again if the snapshot did not show it.
      const seconds = attempt.pair_blocked && attempt.pair_blocked > 0 ? attempt.pair_blocked : await this.secondsLeft(ctx, keys.pairKey);
      throw new TooManyAttemptsError(Math.max(1, seconds));
    }

    const accountFailures = attempt.account_failures ?? 0;
    if (accountFailures > ACCOUNT_FREE_FAILURES) {
      await sleep(Math.min(ACCOUNT_DELAY_CAP_MS, ACCOUNT_DELAY_STEP_MS * (accountFailures - ACCOUNT_FREE_FAILURES)));
    }
    return { ...keys, pairFailures: attempt.failures, claimedBlock: attempt.claimed_block };
  }

  /**
   * Runs the password work of an admitted attempt. Work refused before the password was checked
   * (its client blocked while it waited its turn, or too much of its client's work waiting) was
   * no attempt: its count, and any block it took in advance, are given back.
   */
  async check<T>(ctx: RequestContext, admission: Admission, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof TooManyAttemptsError) await this.giveBack(ctx, admission);
      throw error;
    }
  }

  /** Refuses a client that is blocked, before work is done for it (sign-up; a check that waited its turn). */
  async refuseIfBlocked(ctx: RequestContext, client: string): Promise<void> {
    const seconds = await this.secondsLeft(ctx, throttleKeys(client, '').clientKey);
    if (seconds > 0) throw new TooManyAttemptsError(seconds);
  }

  /** A failed attempt: counted for the account and the client (which may block the client), and the pair's block begun. */
  async failed(ctx: RequestContext, admission: Admission): Promise<void> {
    await this.count(ctx, [
      [admission.accountKey, 'ACCOUNT'],
      [admission.clientKey, 'CLIENT'],
    ]);
    if (admission.pairFailures === PAIR_FREE_FAILURES) {
      // The last free failure starts the first block.
      await this.db.query(
        ctx,
        `UPDATE sign_in_throttle SET blocked_until = GREATEST(blocked_until, now() + make_interval(secs => $2)) WHERE key_hash = $1`,
        [admission.pairKey, blockSeconds(0)],
      );
    }
    await this.prune(ctx);
  }

  /** Something a client did that only an enumerator would do often (signing up an address that has an account). */
  async clientFailed(ctx: RequestContext, client: string): Promise<void> {
    await this.count(ctx, [[throttleKeys(client, '').clientKey, 'CLIENT']]);
    await this.prune(ctx);
  }

  /** The right password from this client: its count for this account starts afresh. */
  async succeeded(ctx: RequestContext, admission: Admission): Promise<void> {
    await this.db.query(ctx, `DELETE FROM sign_in_throttle WHERE key_hash = $1`, [admission.pairKey]);
  }

  private async giveBack(ctx: RequestContext, admission: Admission): Promise<void> {
    await this.db.query(
      ctx,
      `UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0),
              blocked_until = CASE WHEN blocked_until::text = $2 THEN NULL ELSE blocked_until END
        WHERE key_hash = $1`,
      [admission.pairKey, admission.claimedBlock],
    );
  }

  private async secondsLeft(ctx: RequestContext, keyHash: string): Promise<number> {
    const [row] = await this.db.query<{ seconds: number | null }>(
      ctx,
      `SELECT ${SECONDS_LEFT} AS seconds FROM sign_in_throttle WHERE key_hash = $1`,
      [keyHash],
    );
    return row?.seconds ?? 0;
  }

  /**
   * One statement for all rows, always in the order account, client, so that concurrent
   * statements lock rows in the same order and never deadlock. A client row that reaches its
   * free failures is blocked, for longer with each further failure.
   */
  private async count(ctx: RequestContext, rows: Array<[string, 'ACCOUNT' | 'CLIENT']>): Promise<void> {
    const values = rows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}, 1, now())`).join(', ');
    const over = `${CURRENT_FAILURES} + 1 - ${CLIENT_FREE_FAILURES}`;
    await this.db.query(
      ctx,
      `INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at) VALUES ${values}
       ON CONFLICT (key_hash) DO UPDATE SET
         failures = ${CURRENT_FAILURES} + 1,
         last_failure_at = now(),
         blocked_until = CASE WHEN sign_in_throttle.scope = 'CLIENT' AND ${over} >= 0
           THEN GREATEST(sign_in_throttle.blocked_until, now() + make_interval(secs => ${blockSecondsSql(over)}))
           ELSE sign_in_throttle.blocked_until END`,
      rows.flat(),
    );
  }

  /**
   * Rows whose hour has passed hold nothing; unknown addresses leave such rows behind. Each
   * failure removes a bounded number, skipping rows another attempt is using.
   */
  private async prune(ctx: RequestContext): Promise<void> {
    await this.db.query(
      ctx,
      `DELETE FROM sign_in_throttle WHERE key_hash IN (
         SELECT key_hash FROM sign_in_throttle
          WHERE last_failure_at < now() - ${WINDOW} AND (blocked_until IS NULL OR blocked_until < now())
          ORDER BY last_failure_at LIMIT ${PRUNE_PER_FAILURE} FOR UPDATE SKIP LOCKED)`,
    );
  }
}

/** The n-th block (from 0): 30 s, doubling, at most 15 minutes. */
function blockSeconds(n: number): number {
  return Math.min(MAX_BLOCK_SECONDS, FIRST_BLOCK_SECONDS * 2 ** Math.min(n, 20));
}

/** `blockSeconds` in SQL, of the expression `n`. */
function blockSecondsSql(n: string): string {
  return `LEAST(${MAX_BLOCK_SECONDS}, ${FIRST_BLOCK_SECONDS} * power(2, LEAST(${n}, 20)))`;
}
