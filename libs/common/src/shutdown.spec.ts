import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { exitOnSignals, shutdownReserveMs, type SignalTarget } from './shutdown';

/** A process for the signal handling to act on: signals are emitted, exits recorded. */
function processLike(): SignalTarget & { emit(signal: string, ...args: unknown[]): boolean; exited: Promise<number>; codes: number[] } {
  const emitter = new EventEmitter();
  const codes: number[] = [];
  let exited!: (code: number) => void;
  return Object.assign(emitter, {
    codes,
    exited: new Promise<number>((resolve) => (exited = resolve)),
    exit: (code: number) => {
      codes.push(code);
      exited(code);
    },
  });
}

describe('stopping on a signal', () => {
  // What it logs is for a person watching a real process, not for the test's output.
  beforeAll(() => Logger.overrideLogger(false));
  it('runs the stop once, with the deadline the timeout sets, then exits 0', async () => {
    const target = processLike();
    const deadlines: number[] = [];
    exitOnSignals(async (deadline) => void deadlines.push(deadline), 5000, target);
    const before = Date.now();
    target.emit('SIGTERM', 'SIGTERM');
    expect(await target.exited).toBe(0);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toBeGreaterThanOrEqual(before + 5000);
  });

  it('exits 1 when the stop fails, and when it is still going at the timeout', async () => {
    const failing = processLike();
    exitOnSignals(() => Promise.reject(new Error('the database went away')), 5000, failing);
    failing.emit('SIGINT', 'SIGINT');
    expect(await failing.exited).toBe(1);

    const hanging = processLike();
    exitOnSignals(() => new Promise(() => undefined), 50, hanging);
    hanging.emit('SIGTERM', 'SIGTERM');
    expect(await hanging.exited).toBe(1);
  });

  it('exits at once on a second signal, with 128 and its number', async () => {
    const target = processLike();
    let finish!: () => void;
    exitOnSignals(() => new Promise<void>((resolve) => (finish = resolve)), 60_000, target);
    target.emit('SIGINT', 'SIGINT');
    target.emit('SIGINT', 'SIGINT');
    expect(target.codes).toEqual([130]);
    finish(); // (a real process is gone by now) lets the timer go
  });

  it('leaves two seconds for the last steps, or a quarter of a short timeout', () => {
    expect(shutdownReserveMs(25_000)).toBe(2000);
    expect(shutdownReserveMs(2000)).toBe(500);
  });
});
