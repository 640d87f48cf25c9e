import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/**
 * Nest's start-up chatter: one line per module loaded and per route mapped. Outside production
 * nobody needs forty of them; the server says once that it is ready (start.ts).
 */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
  'WebSocketsController',
]);

/** At most this many fields of a logged object after its message: the few that say what happened. */
const MAX_FIELDS = 6;

/** An information line longer than this is cut (e.g. the list of migrations a first start applies); warnings and errors never are. */
export const MAX_INFO_LENGTH = 160;

const LABELS: Partial<Record<LogLevel, string>> = { fatal: 'FATAL', error: 'ERROR', warn: 'WARN', debug: 'debug', verbose: 'verbose' };

/** ANSI colours only for a terminal that wants them (https://no-color.org). */
function paint(stream: NodeJS.WriteStream, code: string, text: string): string {
  return stream.isTTY && !process.env.NO_COLOR ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** A value as it reads in a line: strings bare unless they hold spaces, other values as JSON. */
function fieldValue(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) || value === '' ? JSON.stringify(value) : value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * One line for what a service logged. The request log (server.ts) reads as a request line;
 * any other object as its `msg` with its first few fields as key=value.
 */
export function humanMessage(message: unknown): string {
  if (typeof message === 'string') return message;
  if (message instanceof Error) return message.message;
  if (!message || typeof message !== 'object') return String(message);
  const { msg, ...fields } = message as Record<string, unknown>;
  if (msg === 'request') {
    const { method, path, status, durationMs, operation } = fields;
    return [method, path, status, `${durationMs} ms`, operation]
      .filter((part) => part !== undefined && part !== null && part !== '')
      .join(' ');
  }
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null)
    .slice(0, MAX_FIELDS)
    .map(([key, value]) => `${key}=${fieldValue(value)}`);
  return [typeof msg === 'string' ? msg : '', ...pairs].filter(Boolean).join(' ');
}

/**
 * The console outside production: one short line per event, "HH:MM:SS [LEVEL] message", with
 * the level only when it is not plain information. Production writes JSON lines instead
 * (json-logger.ts `JsonLogger`), which log collectors read.
 */
export class HumanLogger extends ConsoleLogger {
  constructor(levels: LogLevel[]) {
    super({ json: false, colors: false, logLevels: levels });
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
  ): void {
    if (logLevel === 'log' && QUIET_CONTEXTS.has(context)) return;
    const stream = writeStreamType === 'stderr' ? process.stderr : process.stdout;
    const time = new Date().toTimeString().slice(0, 8);
    const label = LABELS[logLevel];
    for (const message of messages) {
      const level = label
        ? paint(stream, logLevel === 'warn' ? '33' : logLevel === 'error' || logLevel === 'fatal' ? '31' : '2', label) + ' '
        : '';
      let text = humanMessage(message);
      if (logLevel === 'log' && text.length > MAX_INFO_LENGTH) text = `${text.slice(0, MAX_INFO_LENGTH - 1)}…`;
      stream.write(`${paint(stream, '2', time)} ${level}${text}\n`);
    }
  }
}
