import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { AppConfig, LogLevel } from '../config';
import { HumanLogger } from './human-logger';

const LEVELS: Record<LogLevel, NestLogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

export function jsonLogger(level: LogLevel): ConsoleLogger {
  return new ConsoleLogger({ json: true, colors: false, logLevels: LEVELS[level] });
}

/**
 * The console of every process (the API, apps/worker, the CLI): JSON lines in production (log
 * collectors read them), one short line a person reads elsewhere (LOG_FORMAT).
 */
export function appLogger(config: Pick<AppConfig, 'logFormat' | 'logLevel'>): ConsoleLogger {
  return config.logFormat === 'json' ? jsonLogger(config.logLevel) : new HumanLogger(LEVELS[config.logLevel]);
}
