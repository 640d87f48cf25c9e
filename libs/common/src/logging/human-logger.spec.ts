import { HumanLogger, humanMessage, MAX_INFO_LENGTH } from './human-logger';

describe('the human console', () => {
  it('reads a request log as a request line and other objects as their message with a few fields', () => {
    expect(
      humanMessage({
        msg: 'request',
        requestId: 'r1',
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: 12.4,
        operation: 'WhoAmI',
      }),
    ).toBe('POST /graphql 200 12.4 ms WhoAmI');
    expect(humanMessage({ msg: 'request', method: 'GET', path: '/health/live', status: 200, durationMs: 0.3 })).toBe(
      'GET /health/live 200 0.3 ms',
    );
    expect(humanMessage({ msg: 'socket closed', code: 4430, reason: 'too many connections', extra: null })).toBe(
      'socket closed code=4430 reason="too many connections"',
    );
    expect(humanMessage('plain words')).toBe('plain words');
  });

  describe('lines', () => {
    const written: string[] = [];
    const original = { out: process.stdout.write, err: process.stderr.write };
    beforeEach(() => {
      written.length = 0;
      process.stdout.write = ((chunk: unknown) => written.push(String(chunk)) > 0) as typeof process.stdout.write;
      process.stderr.write = ((chunk: unknown) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    });
    afterEach(() => {
      process.stdout.write = original.out;
      process.stderr.write = original.err;
    });

    it('prints the time, the level only when it is not information, and leaves out Nest’s module and route chatter', () => {
      const logger = new HumanLogger(['fatal', 'error', 'warn', 'log']);
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.log('Mapped {/graphql, POST} route', 'RouterExplorer');
      logger.log('listening again for live events', 'EventFanout');
      logger.warn('slow query (812 ms): SELECT 1', 'SQL');
      logger.debug('not at this level', 'SQL');
      expect(written).toEqual([
        expect.stringMatching(/^\d\d:\d\d:\d\d listening again for live events\n$/),
        expect.stringMatching(/^\d\d:\d\d:\d\d WARN slow query \(812 ms\): SELECT 1\n$/),
      ]);
    });

    it('cuts an information line that runs on, but never a warning', () => {
      const logger = new HumanLogger(['fatal', 'error', 'warn', 'log']);
      const long = `applied migrations: ${'Migration1764350000000, '.repeat(12)}`;
      logger.log(long, 'Database');
      logger.warn(long, 'Database');
      expect(written[0].trimEnd().length).toBeLessThanOrEqual('00:00:00 '.length + MAX_INFO_LENGTH);
      expect(written[0].trimEnd().endsWith('…')).toBe(true);
      expect(written[1]).toContain(long);
    });
  });
});
