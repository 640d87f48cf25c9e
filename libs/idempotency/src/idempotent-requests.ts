import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ErrorCode } from '@app/common';
import { Database, LockShare } from '@app/database';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphqlFingerprint, IDEMPOTENCY_KEY_HEADER, operationType, readIdempotencyKey } from './idempotency-key';
import { UNDONE } from './idempotency-store';
import { type IdempotentRequest, keyedRequestOver, runKeyed } from './idempotent-request';
import { graphqlErrorBody, judgeAnswer, undoneAnswer } from './kept-answers';

export const GRAPHQL_PATH = '/graphql';

/** Bounds the parse that tells a mutation from a query (Apollo parses again, with its own limit, and answers what this refuses). */
const MAX_TOKENS = 20_000;

/** Seconds a client is asked to wait before sending a request whose key is still in flight again. */
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1;

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The HTTP side of safe retries. A POST /graphql whose operation is a mutation and which carries
 * an Idempotency-Key is checked here (a bad key is answered 400 before anything runs), then
 * handled inside the request's own context (`idempotentRequests`), where the interceptor takes
 * the key at the first root field (keyed-mutations.ts). As the answer goes out (onSend),
 * it is kept with what the request changed, in one commit, or everything is rolled back; a
 * replay, a key used for another request or one still in flight gets its answer here, whole.
 * Queries, subscriptions and the plain-HTTP routes ignore the header.
 */
@Injectable()
export class IdempotentRequests implements OnModuleInit {
  private readonly logger = new Logger('Idempotency');
  private readonly keyed = new WeakMap<FastifyRequest, IdempotentRequest>();
  /** Keyed requests not yet answered, each with its share of the embedded database's lock (null on PostgreSQL). */
  private readonly underWay = new WeakMap<FastifyRequest, LockShare | null>();

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly db: Database,
  ) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addHook) return; // not on Fastify (a bare testing module)
    fastify.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: () => void) => this.begin(request, reply, done));
    // A callback, not a promise, for the many requests without a key: no promise or microtask each.
    fastify.addHook(
      'onSend',
      (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void) => {
        if (!this.keyed.has(request)) return done(null, payload);
        this.end(request, reply, payload)
          .finally(() => this.over(request))
          .then((answer) => done(null, answer), done);
      },
    );
  }

  private begin(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    const header = request.headers['idempotency-key'];
    if (header === undefined || request.method !== 'POST' || request.url.split('?')[0] !== GRAPHQL_PATH) return done();
    // A persisted query's hash alone does not say whether it is a mutation, nor fingerprint the request: the document must come too.
    const read = onlyPersistedHash(request.body)
      ? { problem: "send the operation's document (query) with it, not only a persisted query's hash" }
      : operationType(request.body, MAX_TOKENS) === 'mutation'
        ? readIdempotencyKey(header)
        : null;
    if (!read) return done();
    if ('problem' in read) {
      const message = `Invalid ${IDEMPOTENCY_KEY_HEADER} header: ${read.problem}`;
      void reply
        .code(400)
        .header('content-type', JSON_TYPE)
        .send(graphqlErrorBody(message, ErrorCode.BAD_USER_INPUT, { fields: [{ field: IDEMPOTENCY_KEY_HEADER, message: read.problem }] }));
      return;
    }
    const keyed: IdempotentRequest = {
      key: read.key,
      fingerprint: graphqlFingerprint(GRAPHQL_PATH, request.body),
      phase: { kind: 'open' },
    };
    this.keyed.set(request, keyed);
    // The rest of the request runs in its keyed context. On the embedded database it is also one
    // share of the database's lock: GraphQL resolves later fields from its own promise chains,
    // which would otherwise wait for the lock their own request's transaction holds.
    const lock = this.db.opened.lock;
    const share = lock ? new LockShare() : null;
    this.underWay.set(request, share);
    runKeyed(keyed, () => (lock && share ? lock.shared(share, done) : done()));
  }

  /**
   * Once the answer is final (its commit included), as it goes back to Fastify: the request's share
   * of the lock closes, and the keyed context may stop being tracked (`keyedRequestOver`).
   */
  private over(request: FastifyRequest): void {
    if (!this.underWay.has(request)) return;
    this.underWay.get(request)?.close();
    this.underWay.delete(request);
    keyedRequestOver();
  }

  private async end(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const keyed = this.keyed.get(request);
    if (!keyed) return payload;
    const { phase } = keyed;
    switch (phase.kind) {
      case 'replay':
        void reply.code(phase.answer.status).header('content-type', phase.answer.contentType).header('idempotent-replayed', 'true');
        return phase.answer.body;
      case 'reused':
        void reply.code(422).header('content-type', JSON_TYPE);
        return graphqlErrorBody(
          `This ${IDEMPOTENCY_KEY_HEADER} was used for another request (its document, operation or variables differ); use a new key for a new request`,
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
        );
      case 'inFlight':
        void reply.code(409).header('content-type', JSON_TYPE).header('retry-after', String(IN_FLIGHT_RETRY_AFTER_SECONDS));
        return graphqlErrorBody(
          `A request with this ${IDEMPOTENCY_KEY_HEADER} is still running; send it again in a moment to get its answer`,
          ErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT,
          { retryAfterSeconds: IN_FLIGHT_RETRY_AFTER_SECONDS },
        );
      case 'held':
        return this.finish(keyed, phase, reply, payload);
      default:
        return payload;
    }
  }

  /** Keeps a final answer with what the request changed, in one commit; rolls everything back otherwise. */
  private async finish(
    keyed: IdempotentRequest,
    held: Extract<IdempotentRequest['phase'], { kind: 'held' }>,
    reply: FastifyReply,
    payload: unknown,
  ): Promise<unknown> {
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
    const judged = body === null ? ({ final: false, code: ErrorCode.INTERNAL_SERVER_ERROR } as const) : judgeAnswer(reply.statusCode, body);
    const contentType = String(reply.getHeader('content-type') ?? JSON_TYPE);
    held.finish(judged.final && body !== null ? { status: reply.statusCode, contentType, body } : null);
    try {
      await held.ended;
    } catch (error) {
      if (error !== UNDONE) {
        // The commit itself failed: whatever the answer says, nothing was kept, and a retry runs it afresh.
        this.logger.error(`a keyed request could not commit: ${(error as Error).message}`);
        void reply.code(500).header('content-type', JSON_TYPE);
        return graphqlErrorBody(
          `Your change could not be saved, so nothing was changed; send it again with the same ${IDEMPOTENCY_KEY_HEADER}`,
          ErrorCode.INTERNAL_SERVER_ERROR,
        );
      }
    }
    return judged.final || body === null ? payload : undoneAnswer(body, judged.code);
  }
}

/** A body that names its operation by an automatic persisted query's hash, without the document. */
function onlyPersistedHash(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const { query, extensions } = body as { query?: unknown; extensions?: { persistedQuery?: unknown } };
  return typeof query !== 'string' && typeof extensions === 'object' && extensions !== null && extensions.persistedQuery !== undefined;
}
