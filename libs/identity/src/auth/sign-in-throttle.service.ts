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
export interface Admission {
  client: string;
  pairKey: string;
  accountKey: string;
  clientKey: string;
  /** Failures counted for this client and account, this attempt included. */
  pairFailures: number;
}

/**
 * Limits password guessing, with every count in the database so that the limits hold across
 * replicas. Three counts, so that an attacker cannot lock the owner out:
 * - per client and account: five failures, then blocks of 30 s doubling to 15 min, for that
 *   client only (counted before the password is checked, so a burst cannot overshoot);
 * - per account, from all clients: beyond ten failures an hour each attempt is slowed by up to
 *   a second, the owner's too, but never refused;
 * - per client, across accounts: thirty failures an hour, then blocks that double, so one
 *   password sprayed over many accounts meets a limit.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly db: Database) {}

  keys(client: string, email: string): Omit<Admission, 'pairFailures'> {
    return {
      client,
      pairKey: sha256(`client-account\n${client}\n${email}`),
      accountKey: sha256(`account\n${email}`),
      clientKey: sha256(`client\n${client}`),
    };
  }

  /**
   * Lets an attempt on `email` from `client` through, or refuses it with TOO_MANY_ATTEMPTS,
   * counting it for the client and account first; then waits as long as the account's
   * failures from everywhere ask. The same for addresses with and without an account.
   */
  async admit(ctx: RequestContext, client: string, email: string): Promise<Admission> {
    const keys = this.keys(client, email);
    // One statement: a blocked client is refused before anything is counted for it.
    const [attempt] = await this.db.query<{ client_blocked: number | null; account_failures: number | null; failures: number | null; blocked_seconds: number | null }>(
      ctx,
      `WITH peek AS (
         SELECT (SELECT ${SECONDS_LEFT} FROM sign_in_throttle WHERE key_hash = $2) AS client_blocked,
                (SELECT ${CURRENT_FAILURES} FROM sign_in_throttle WHERE key_hash = $3) AS account_failures
       ), pair AS (
         INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at)
         SELECT $1, 'CLIENT_ACCOUNT', 1, now() FROM peek WHERE coalesce(peek.client_blocked, 0) <= 0
         ON CONFLICT (key_hash) DO UPDATE SET failures = ${CURRENT_FAILURES} + 1, last_failure_at = now()
         RETURNING failures, ${SECONDS_LEFT} AS blocked_seconds
       )
       SELECT peek.client_blocked, peek.account_failures, pair.failures, pair.blocked_seconds FROM peek LEFT JOIN pair ON true`,
      [keys.pairKey, keys.clientKey, keys.accountKey],
    );
    if (attempt.client_blocked !== null && attempt.client_blocked > 0) throw new TooManyAttemptsError(attempt.client_blocked);
    if (attempt.blocked_seconds !== null && attempt.blocked_seconds > 0) throw new TooManyAttemptsError(attempt.blocked_seconds);
    const pairFailures = attempt.failures!;
    if (pairFailures > PAIR_FREE_FAILURES) {
      // A block has run out: this attempt may try once, and takes the next, longer block first in case
      // it fails, so a burst of attempts across replicas still gets one try between blocks.
      const seconds = blockSeconds(pairFailures - PAIR_FREE_FAILURES);
      const [, claimed] = (await this.db.query(
        ctx,
        `UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => $2)
          WHERE key_hash = $1 AND (blocked_until IS NULL OR blocked_until <= now())`,
        [keys.pairKey, seconds],
      )) as unknown as [unknown[], number]; // for UPDATE, query() answers [rows, rowCount]
      if (!claimed) throw new TooManyAttemptsError(seconds);
    }

    const accountFailures = attempt.account_failures ?? 0;
    if (accountFailures > ACCOUNT_FREE_FAILURES) {
      await sleep(Math.min(ACCOUNT_DELAY_CAP_MS, ACCOUNT_DELAY_STEP_MS * (accountFailures - ACCOUNT_FREE_FAILURES)));
    }
    return { ...keys, pairFailures };
  }

  /** For work that waited its turn: refuses it if the client has been blocked meanwhile, and gives back its count. */
  async refuseIfClientBlocked(ctx: RequestContext, admission: Admission): Promise<void> {
    const [row] = await this.db.query<{ seconds: number }>(ctx, `SELECT ${SECONDS_LEFT} AS seconds FROM sign_in_throttle WHERE key_hash = $1`, [admission.clientKey]);
    if (row && row.seconds > 0) {
      await this.db.query(ctx, `UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE key_hash = $1`, [admission.pairKey]);
      throw new TooManyAttemptsError(row.seconds);
    }
  }

  /** Refuses a client that is blocked, before any work is done for it (sign-up). */
  async refuseBlockedClient(ctx: RequestContext, client: string): Promise<void> {
    const [row] = await this.db.query<{ seconds: number }>(ctx, `SELECT ${SECONDS_LEFT} AS seconds FROM sign_in_throttle WHERE key_hash = $1`, [
      this.keys(client, '').clientKey,
    ]);
    if (row && row.seconds > 0) throw new TooManyAttemptsError(row.seconds);
  }

  /** A failed attempt: counted for the account and the client (which may block the client), and the pair's block begun. */
  async failed(ctx: RequestContext, admission: Admission): Promise<void> {
    await this.count(ctx, [
      [admission.accountKey, 'ACCOUNT'],
      [admission.clientKey, 'CLIENT'],
    ]);
    if (admission.pairFailures === PAIR_FREE_FAILURES) {
      // The last free failure starts the first block.
      await this.db.query(ctx, `UPDATE sign_in_throttle SET blocked_until = GREATEST(blocked_until, now() + make_interval(secs => $2)) WHERE key_hash = $1`, [
        admission.pairKey,
        blockSeconds(0),
      ]);
    }
    await this.prune(ctx);
  }

  /** Something a client did that only an enumerator would do often (signing up an address that has an account). */
  async clientFailed(ctx: RequestContext, client: string): Promise<void> {
    await this.count(ctx, [[this.keys(client, '').clientKey, 'CLIENT']]);
    await this.prune(ctx);
  }

  /** The right password from this client: its count for this account starts afresh. */
  async succeeded(ctx: RequestContext, admission: Admission): Promise<void> {
    await this.db.query(ctx, `DELETE FROM sign_in_throttle WHERE key_hash = $1`, [admission.pairKey]);
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
           THEN GREATEST(sign_in_throttle.blocked_until, now() + make_interval(secs => LEAST(${MAX_BLOCK_SECONDS}, ${FIRST_BLOCK_SECONDS} * power(2, LEAST(${over}, 20)))))
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
