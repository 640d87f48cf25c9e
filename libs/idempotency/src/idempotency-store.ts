import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, RequestContext } from '@app/common';
import { Database, returnedRows } from '@app/database';
import { AnswerSeal } from './idempotency-key';
import type { HeldKey, IdempotentRequest } from './idempotent-request';
import type { Answer } from './kept-answers';

interface ClaimRow {
  outcome: 'CLAIMED' | 'STORED' | 'IN_FLIGHT';
  key_id: string | null;
  stored_request_hash: Uint8Array | null;
  stored_status: number | null;
  stored_type: string | null;
  stored_body: Uint8Array | null;
}

/** Thrown into a request's transaction to roll it back when its answer is not to be kept. */
export const UNDONE = Symbol('undone');

/** Who holds a key: keys are a caller's own in an organisation. Null for a caller who cannot hold one. */
export function callerOf(ctx: RequestContext): string | null {
  const { actor } = ctx;
  if (actor.kind === 'user') return `user:${actor.userId}`;
  if (actor.kind === 'apiKey') return `api-key:${actor.apiKeyId}`;
  return null;
}

/**
 * The idempotency_key table: taking a key in the request's transaction, keeping its answer
 * there, and the expiry sweep. Times come from the injectable Clock, so tests move past a key's
 * expiry instead of waiting for it.
 */
@Injectable()
export class IdempotencyStore {
  private readonly seal: AnswerSeal;

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.seal = new AnswerSeal(config.jwtSecret);
  }

  /**
   * Opens the request's transaction on `ctx` (every service the request calls then joins it) and
   * takes the key in it. Answers the request's new phase: the key held (the transaction stays open
   * until `finish`), an answer to send again, the key used for another request, or still in flight
   * past IDEMPOTENCY_KEY_WAIT_SECONDS. Another transaction holding the key is waited for inside
   * PostgreSQL (the unique index), so this works across processes; on the embedded database the
   * one process's lock already makes a duplicate wait for the first to end.
   */
  async take(request: IdempotentRequest, ctx: RequestContext, caller: string): Promise<IdempotentRequest['phase']> {
    const taken = deferred<ClaimRow>();
    const finished = deferred<Answer | null>();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.idempotency.ttlHours * 3_600_000);
    const ended = this.db.transaction(ctx, async () => {
      const [row] = await this.db.query<ClaimRow>(ctx, `SELECT * FROM idempotency_claim($1, $2, $3, $4, $5, $6, $7)`, [
        ctx.tenantId,
        caller,
        this.seal.keyHash(request.key),
        request.fingerprint,
        now,
        expiresAt,
        Math.round(this.config.idempotency.waitSeconds * 1000),
      ]);
      taken.resolve(row);
      if (row?.outcome !== 'CLAIMED') return;
      const answer = await finished.promise;
      if (!answer) throw UNDONE;
      await this.db.query(
        ctx,
        `UPDATE idempotency_key SET response_status = $2, response_type = $3, response_body = $4 WHERE id = $1 AND organisation_id = $5`,
        [row.key_id, answer.status, answer.contentType.slice(0, 100), this.seal.seal(request.key, Buffer.from(answer.body)), ctx.tenantId],
      );
    });
    // A failure before the claim answered rejects the claim; after it, whoever ends the transaction hears it.
    ended.catch((error: unknown) => taken.reject(error));
    const row = await taken.promise;
    if (row?.outcome === 'CLAIMED') {
      const held: HeldKey = { kind: 'held', ctx, finish: (answer) => finished.resolve(answer), ended };
      return held;
    }
    await ended;
    if (!row || row.outcome === 'IN_FLIGHT' || row.stored_status === null || !row.stored_body || !row.stored_request_hash) {
      return { kind: 'inFlight' };
    }
    // PGlite answers bytea as a Uint8Array, node-postgres as a Buffer.
    if (!Buffer.from(row.stored_request_hash).equals(request.fingerprint)) return { kind: 'reused' };
    const body = this.seal.open(request.key, Buffer.from(row.stored_body));
    // Only a row changed outside the server gets here (another secret hashes the key apart): fail, never guess.
    if (!body) throw new Error(`the answer kept under idempotency key ${row.key_id} could not be opened`);
    return {
      kind: 'replay',
      answer: { status: row.stored_status, contentType: row.stored_type ?? 'application/json', body: body.toString() },
    };
  }

  /**
   * Deletes the keys past their time at `at`, organisation by organisation (found on the
   * IDEMPOTENCY_KEY_EXPIRY path, deleted inside each); answers how many went.
   */
  async sweep(at: Date = this.clock.now(), batch = 500): Promise<{ deleted: number; more: boolean }> {
    const system = RequestContext.system('idempotency-expiry');
    const organisations = await this.db.query<{ organisation_id: string }>(
      system.across('IDEMPOTENCY_KEY_EXPIRY'),
      `SELECT DISTINCT organisation_id FROM idempotency_key WHERE expires_at <= $1 LIMIT ${batch}`,
      [at],
    );
    let deleted = 0;
    for (const { organisation_id: organisationId } of organisations) {
      const result = await this.db.query(
        system.within(organisationId),
        `DELETE FROM idempotency_key WHERE organisation_id = $1 AND expires_at <= $2 RETURNING id`,
        [organisationId, at],
      );
      deleted += returnedRows(result).length;
    }
    return { deleted, more: organisations.length === batch };
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}
