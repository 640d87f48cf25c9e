import type { Readable } from 'node:stream';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError, ErrorCode } from '@app/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { limitBytes } from '../body-limit';

/** The largest CSV file an import reads; it stops reading there. */
export const CSV_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

export const CSV_CONTENT_TYPES = ['text/csv', 'application/csv'];

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
 * An uploaded CSV file's bytes as they arrive, up to `limit` (a declared Content-Length over it
 * is refused before a byte is read): 415 if the body is not CSV, 413 past the limit.
 */
export function csvUpload(request: FastifyRequest, limit = CSV_UPLOAD_LIMIT_BYTES): AsyncGenerator<Uint8Array> {
  const body = csvBody(request.body);
  const length = request.headers['content-length'];
  return limitBytes(body, limit, length === undefined ? undefined : Number(length));
}
