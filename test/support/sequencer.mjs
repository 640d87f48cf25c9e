import TestSequencer from '@jest/test-sequencer';

/**
 * Files that take minutes, started first. Jest orders by the durations it cached on earlier runs,
 * and by file size without them (a clean clone, as in CI): the browser walk, a small file that
 * drives a long test, then came last and ran alone on one worker while the other sat idle.
 * The first two both need the built server; test/web/harness.ts builds it once, under a lock.
 */
const SLOW = ['test/web/walk.e2e-spec.ts', 'libs/database/src/data-source.spec.ts', 'test/web/browser.e2e-spec.ts'];

const rank = (test) => {
  const index = SLOW.findIndex((file) => test.path.endsWith(file));
  return index < 0 ? SLOW.length : index;
};

export default class SlowFirst extends (TestSequencer.default ?? TestSequencer) {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
