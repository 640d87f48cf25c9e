import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError, ErrorCode } from '@app/common';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The largest CSV file the import reads; it stops reading there. */
export const CSV_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

export const CSV_CONTENT_TYPES = ['text/csv', 'application/csv'];

export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${limitBytes / (1024 * 1024)} MB: split it into smaller files and import each`, {
      limitBytes,
    });
  }
}

/** Thrown when the request's body is not a CSV stream (another content type). */
export class UnsupportedMediaTypeError extends DomainError {
  constructor() {
    super(ErrorCode.BAD_USER_INPUT, 'Send the file as the request body with "Content-Type: text/csv"', { status: 415 });
  }
}

/**
 * Hands CSV bodies to their handler as the raw request stream, unread: Fastify's own parsers
 * (and Nest's `useBodyParser`) would buffer the whole body, and a 50 MB file must never be
 * held in memory. Fastify sets no size limit on such a stream: `limitBytes` counts instead.
 */
@Injectable()
export class CsvBodyParser implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addContentTypeParser) return; // not on Fastify (e.g. a bare testing module)
    for (const type of CSV_CONTENT_TYPES) {
      if (!fastify.hasContentTypeParser(type)) fastify.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
    }
  }
}

/** The body if it is a stream our parser handed over; otherwise the request was not CSV. */
export function csvBody(body: unknown): Readable {
  const stream = body as Readable | undefined;
  if (!stream || typeof stream.pipe !== 'function' || typeof stream.iterator !== 'function') throw new UnsupportedMediaTypeError();
  return stream;
}

/**
 * The stream's chunks up to `limit` bytes; one byte more and it throws, and reads no further.
 * The request stream is left open (not destroyed) so that the refusal can still be sent
 * (`sendJson` then discards a little more and cuts the connection).
 */
export async function* limitBytes(stream: Readable, limit: number, declaredLength?: number): AsyncGenerator<Uint8Array> {
  if (declaredLength !== undefined && declaredLength > limit) throw new PayloadTooLargeError(limit);
  let total = 0;
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > limit) throw new PayloadTooLargeError(limit);
    yield bytes;
  }
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

/**
 * Plain HTTP endpoints answer errors as JSON: `{ code, message, ... }` with the matching
 * status (the GraphQL formatter does the same job for GraphQL). Anything unexpected is logged
 * and answered as a bare 500, never with its message.
 */
@Catch()
export class JsonHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return;
    let status = 500;
    let body: Record<string, unknown> = { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on the server' };
    if (error instanceof DomainError) {
      const { status: given, ...details } = error.details as { status?: number };
      status = given ?? STATUS[error.code] ?? 400;
      body = { code: error.code, message: error.message, ...details };
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      body = { code: status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, message: error.message };
    } else {
      this.logger.error(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    sendJson(reply, status, body);
  }
}

/**
 * Sends a JSON answer. If the request's body was not read to its end (a file refused part-way,
 * or before it was read), the rest is discarded, not kept, for a short while after the answer
 * (at most `DISCARD_BYTES` or `DISCARD_MS`), then the connection is cut: closing a socket with
 * unread data at once resets it, and the client could lose the answer (a "lingering close").
 */
export function sendJson(reply: FastifyReply, status: number, body: unknown): void {
  void reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
  const raw = reply.request.raw;
  if (!raw.readableEnded) discardRest(raw);
}

const DISCARD_BYTES = 8 * 1024 * 1024;
const DISCARD_MS = 5000;

function discardRest(raw: IncomingMessage): void {
  let discarded = 0;
  const cut = () => {
    clearTimeout(timer);
    raw.socket?.destroy();
  };
  const timer = setTimeout(cut, DISCARD_MS);
  timer.unref();
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) cut();
  });
  raw.once('end', () => clearTimeout(timer));
  raw.once('close', () => clearTimeout(timer));
  raw.on('error', () => undefined);
  raw.resume();
}
