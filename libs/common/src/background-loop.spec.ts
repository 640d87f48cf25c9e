import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { BackgroundLoop } from './background-loop';

describe('a background loop', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs one error per run of the same failure, then once that it runs again', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    const logs = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const outcomes = ['down', 'down', 'down', 'other', 'ok', 'down'];
    let rounds = 0;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const loop = new BackgroundLoop(
      'deliveries',
      async () => {
        const outcome = outcomes[rounds++];
        if (rounds === outcomes.length) finished();
        if (outcome === undefined) return { again: false, restMs: null };
        if (outcome !== 'ok') throw new Error(`database ${outcome}`);
        return { again: true, restMs: null };
      },
      1,
    );
    loop.start();
    await done;
    await loop.stop();

    expect(errors.mock.calls.map(([message]) => message)).toEqual([
      'deliveries failed to run: database down; trying again every 1 ms',
      'deliveries failed to run: database other; trying again every 1 ms',
      'deliveries failed to run: database down; trying again every 1 ms',
    ]);
    expect(debug).toHaveBeenCalledTimes(2);
    expect(logs.mock.calls).toHaveLength(1);
    expect(logs.mock.calls[0][0]).toMatch(/^deliveries runs again, after 1 failed round over \d+\.\d s$/);
  });
});
