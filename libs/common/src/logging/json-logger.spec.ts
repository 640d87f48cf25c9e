import { Logger } from '@nestjs/common';
import { JsonLogger } from './json-logger';

describe('the JSON console', () => {
  function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'info') {
    const out: string[] = [];
    const err: string[] = [];
    const logger = new JsonLogger(level, {
      out: { write: (line: string) => out.push(line) },
      err: { write: (line: string) => err.push(line) },
    });
    const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    return { logger, out: () => parsed(out), err: () => parsed(err), raw: out };
  }

  it('spreads a logged object into one line with its context, level, time and pid', () => {
    const { logger, out, raw } = capture();
    logger.log({ msg: 'request', requestId: 'r1', method: 'POST', path: '/graphql', status: 200, durationMs: 1.5 }, 'HTTP');
    expect(raw).toHaveLength(1);
    expect(raw[0].endsWith('\n')).toBe(true);
    expect(out()[0]).toEqual({
      level: 'info',
      time: expect.any(Number),
      pid: process.pid,
      context: 'HTTP',
      msg: 'request',
      requestId: 'r1',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: 1.5,
    });
  });

  it('writes a string as the message, errors with their stack to standard error, and nothing below its level', () => {
    const { logger, out, err } = capture('warn');
    logger.log('not shown', 'Quiet');
    logger.debug('not shown either');
    logger.warn('the pool is slow', 'Database');
    const failure = new Error('the hook failed');
    logger.error('after-commit hook failed', failure.stack, 'Database');
    logger.error(failure);
    expect(out()).toEqual([expect.objectContaining({ level: 'warn', context: 'Database', msg: 'the pool is slow' })]);
    expect(err()).toEqual([
      expect.objectContaining({ level: 'error', context: 'Database', msg: 'after-commit hook failed', stack: failure.stack }),
      expect.objectContaining({ level: 'error', msg: 'the hook failed', stack: failure.stack }),
    ]);
  });

  it('serves Nest’s Logger, which adds the context last', () => {
    const { logger, out } = capture('debug');
    Logger.overrideLogger(logger);
    try {
      new Logger('Worker').log('sending webhook deliveries');
      new Logger('Worker').debug({ msg: 'claimed', deliveries: 3 });
    } finally {
      Logger.overrideLogger(false);
    }
    expect(out()).toEqual([
      expect.objectContaining({ level: 'info', context: 'Worker', msg: 'sending webhook deliveries' }),
      expect.objectContaining({ level: 'debug', context: 'Worker', msg: 'claimed', deliveries: 3 }),
    ]);
  });
});
