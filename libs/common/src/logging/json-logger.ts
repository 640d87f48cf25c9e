import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import type { LogLevel } from '../config';

/** A stack trace, as Nest passes it to `error` before the context. */
const STACK = /\n\s+at /;

export interface LogStreams {
  out: DestinationStream;
  err: DestinationStream;
}

/**
 * Where production's lines go: straight to the standard output's and error's file descriptors
 * through pino's own destination (sonic-boom), asynchronously: lines logged while a write is
 * under way join the next one, so under load many lines cost one system call rather than one
 * each (a synchronous write per request cost about a sixth of a small request's CPU:
 * bench/request). What is still buffered is written when the process exits.
 */
export function asyncLogStreams(): LogStreams {
  return { out: pino.destination({ dest: 1, sync: false }), err: pino.destination({ dest: 2, sync: false }) };
}

/** Elsewhere, through process.stdout and process.stderr, each line as it is logged (a console, or a test reading them, sees it at once). */
export function consoleLogStreams(): LogStreams {
  return { out: process.stdout, err: process.stderr };
}

/**
 * JSON lines for a log collector, serialised by pino, Fastify's own logger. Errors and fatal
 * events go to standard error, the rest to standard output. A line:
 * `{"level":"info","time":<ms>,"pid":…,"context":"HTTP","msg":"request",…}`; an object logged
 * is spread into the line (its `msg` the message), a string is the `msg`.
 */
export class JsonLogger implements LoggerService {
  private readonly out: Logger;
  private readonly err: Logger;
  private readonly outChildren = new Map<string, Logger>();
  private readonly errChildren = new Map<string, Logger>();

  constructor(level: LogLevel, streams: LogStreams = consoleLogStreams()) {
    const options = {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.epochTime,
      formatters: { level: (label: string) => ({ level: label }) },
    };
    this.out = pino(options, streams.out);
    this.err = pino(options, streams.err);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest's arguments: the message, then optionally a stack (errors), then the context (a string, last). */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const root = level === 'error' || level === 'fatal' ? this.err : this.out;
    if (!root.isLevelEnabled(level)) return;
    const last = rest.length ? rest[rest.length - 1] : undefined;
    const logger = typeof last === 'string' ? this.within(root, last) : root;
    const first = rest.length > 1 ? rest[0] : undefined;
    const stack = typeof first === 'string' && STACK.test(first) ? first : undefined;
    if (message instanceof Error) {
      logger[level]({ stack: stack ?? message.stack }, message.message);
    } else if (message !== null && typeof message === 'object') {
      logger[level](stack ? { stack, ...(message as object) } : (message as object));
    } else {
      logger[level](stack ? { stack } : {}, String(message));
    }
  }

  /** A child per context, made once: pino serialises its fields when the child is made, not on every line. */
  private within(root: Logger, context: string): Logger {
    const children = root === this.out ? this.outChildren : this.errChildren;
    let child = children.get(context);
    if (!child) children.set(context, (child = root.child({ context })));
    return child;
  }
}
