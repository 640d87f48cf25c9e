import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '@app/common';
import type { Answer } from './kept-answers';

/** A request's key, once it holds it: the transaction that will commit its changes and its answer together. */
export interface HeldKey {
  kind: 'held';
  ctx: RequestContext;
  /** Ends the transaction: with the answer to keep (commit), or null (roll everything back). */
  finish(answer: Answer | null): void;
  /** Settles once the transaction has ended: resolved when committed, rejected otherwise. */
  ended: Promise<void>;
}

/** Where a keyed mutation stands. */
export type KeyPhase =
  /** Nothing held yet: the first root field that may run takes the key. */
  | { kind: 'open' }
  | HeldKey
  /** The key was answered before: this answer is sent again, and nothing runs. */
  | { kind: 'replay'; answer: Answer }
  /** The key was used for another request: refused whole. */
  | { kind: 'reused' }
  /** Another request with the key is still running, past the wait: refused whole. */
  | { kind: 'inFlight' }
  /** The request cannot take a key (a field refused it, or its first mutation was refused): nothing more runs. */
  | { kind: 'refused'; reason: string };

/** One POST /graphql mutation sent with an Idempotency-Key. */
export interface IdempotentRequest {
  key: string;
  fingerprint: Buffer;
  phase: KeyPhase;
}

/**
 * The keyed request a piece of work belongs to: set around the rest of the request's handling
 * (idempotent-requests.ts), read by the interceptor, which sees GraphQL's context but not the
 * HTTP request.
 */
export const idempotentRequests = new AsyncLocalStorage<IdempotentRequest>();

/** Keyed requests under way in the process (one store serves every app in it). */
let keyedUnderWay = 0;

/** Runs the rest of a keyed request in its context; `keyedRequestOver` must follow, once, when the request is over. */
export function runKeyed<T>(keyed: IdempotentRequest, rest: () => T): T {
  keyedUnderWay++;
  return idempotentRequests.run(keyed, rest);
}

/**
 * With the last keyed request over, the context stops being tracked until the next: on Node 20 an
 * enabled AsyncLocalStorage keeps promise hooks on for the whole process (see
 * libs/database/src/pglite/reentrant-lock.ts).
 */
export function keyedRequestOver(): void {
  if (--keyedUnderWay === 0) idempotentRequests.disable();
}
