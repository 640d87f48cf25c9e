import type { IncomingMessage } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DatabaseUnavailableError, DomainError, ERROR_STATUS, ErrorCode, errorCodeOfStatus, isDatabaseUnavailable } from '@app/common';
import type { FastifyReply } from 'fastify';

/**
 * Plain HTTP endpoints answer errors as JSON: `{ code, message, ... }` with the status
 * `ERROR_STATUS` gives the code (the GraphQL formatter reads the same table), or the one the
 * error names in `details.status`. The database out of reach is DATABASE_UNAVAILABLE, a 503 with
 * Retry-After. Anything unexpected is logged and answered as a bare 500, never with its message.
 */
@Catch()
export class JsonHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(caught: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return;
    const error = !(caught instanceof DomainError) && isDatabaseUnavailable(caught) ? new DatabaseUnavailableError() : caught;
    if (error instanceof DatabaseUnavailableError) void reply.header('retry-after', String(error.retryAfterSeconds));
    let status = 500;
    let body: Record<string, unknown> = { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on the server' };
    if (error instanceof DomainError) {
      const { status: given, ...details } = error.details as { status?: number };
      status = given ?? ERROR_STATUS[error.code] ?? 400;
      body = { code: error.code, message: error.message, ...details };
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      body = {
        code: errorCodeOfStatus(status) ?? (status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT),
        message: error.message,
      };
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
