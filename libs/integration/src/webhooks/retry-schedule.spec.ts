import { MAX_ATTEMPTS, RETRY_DELAYS_SECONDS, retryDelayMs } from './retry-schedule';

describe('the webhook retry schedule', () => {
  const middle = () => 0.5;

  it('waits longer after each failure, as Standard Webhooks suggests, and gives up after the last attempt', () => {
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1, { scale: 1, random: middle }));
    expect(waits).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
    expect(RETRY_DELAYS_SECONDS.reduce((a, b) => a + b) / 3600).toBeCloseTo(27.6, 1);
  });

  it('spreads each wait by up to a fifth either way, so failures at one moment do not all return together', () => {
    expect(retryDelayMs(2, { scale: 1, random: () => 0 })).toBe(240_000);
    expect(retryDelayMs(2, { scale: 1, random: () => 0.999999 })).toBe(360_000);
  });

  it('compresses the schedule by its scale, but keeps a receiver’s Retry-After as given', () => {
    expect(retryDelayMs(3, { scale: 0.001, random: middle })).toBe(1_800);
    expect(retryDelayMs(3, { scale: 0.001, random: middle, retryAfterSeconds: 2 })).toBe(2_000);
    // A Retry-After shorter than the schedule never hurries it.
    expect(retryDelayMs(3, { scale: 1, random: middle, retryAfterSeconds: 2 })).toBe(1_800_000);
  });

  it('refuses an attempt number that is not a whole number from 1', () => {
    expect(() => retryDelayMs(0, { scale: 1 })).toThrow(RangeError);
    expect(() => retryDelayMs(1.5, { scale: 1 })).toThrow(RangeError);
  });
});
