import type { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import type { AppConfig, LogLevel } from '../config';
import { HumanLogger } from './human-logger';
import { asyncLogStreams, consoleLogStreams, JsonLogger } from './json-logger';

const LEVELS: Record<LogLevel, NestLogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/**
 * The console of every process (the API, apps/worker, the CLI): JSON lines in production (log
 * collectors read them), one short line a person reads elsewhere (LOG_FORMAT). In production
 * JSON lines are written asynchronously in batches (json-logger.ts `asyncLogStreams`).
 */
export function appLogger(config: Pick<AppConfig, 'logFormat' | 'logLevel'> & { production?: boolean }): LoggerService {
  if (config.logFormat !== 'json') return new HumanLogger(LEVELS[config.logLevel]);
  return new JsonLogger(config.logLevel, config.production ? asyncLogStreams() : consoleLogStreams());
}
