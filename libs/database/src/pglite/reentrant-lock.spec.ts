import { LockShare, ReentrantLock } from './reentrant-lock';

/** A promise and the function that settles it, to hold work at a chosen point. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('the embedded database lock', () => {
  it('runs one unit at a time, and lets a unit through its own nested work', async () => {
    const lock = new ReentrantLock();
    const order: string[] = [];
    const hold = gate();
    const first = lock.run(async () => {
      order.push('first in');
      await lock.run(async () => order.push('nested'));
      await hold.opened;
      order.push('first out');
    });
    const second = lock.run(async () => order.push('second'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first in', 'nested']);
    hold.open();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'nested', 'first out', 'second']);
  });

  it('lets every branch of a share through while one branch holds the lock, and only then', async () => {
    const lock = new ReentrantLock();
    const share = new LockShare();
    const resume = gate();
    const hold = gate();
    // A branch started before the holder took the lock, as GraphQL's own promise chains are: its
    // async context is not the holder's, so without the share it would wait for the holder, which waits for it.
    const sibling = lock.shared(share, async () => {
      await resume.opened;
      return lock.run(async () => 'sibling ran');
    });
    const holder = lock.shared(share, () =>
      lock.run(async () => {
        expect(share.held).toBe(true);
        resume.open();
        const result = await sibling;
        await hold.opened;
        return result;
      }),
    );
    const outsider: string[] = [];
    const other = lock.run(async () => outsider.push('outsider ran'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(outsider).toEqual([]);
    hold.open();
    expect(await holder).toBe('sibling ran');
    await other;
    expect(outsider).toEqual(['outsider ran']);
    expect(share.held).toBe(false);
  });

  it("keeps a share's later branches tied to it while the lock stands idle between two of its holds", async () => {
    const lock = new ReentrantLock();
    const share = new LockShare();
    const outcome = lock.shared(share, async () => {
      await lock.run(async () => 'a first, short hold');
      // Nothing holds the lock now, but the share is open: a branch started here, as GraphQL starts
      // a later field, must still pass while another branch of the share holds the lock.
      const mayAsk = gate();
      const sibling = (async () => {
        await mayAsk.opened;
        return lock.run(async () => 'sibling ran');
      })();
      return lock.run(async () => {
        mayAsk.open();
        return sibling;
      });
    });
    expect(await outcome).toBe('sibling ran');
    share.close();
    share.close(); // a second close changes nothing
    expect(await lock.run(async () => 'the lock is free')).toBe('the lock is free');
  });

  it('lets a unit through its own nested work when it starts from an idle lock, again and again', async () => {
    const lock = new ReentrantLock();
    for (let round = 0; round < 3; round++) {
      const order: string[] = [];
      const hold = gate();
      const first = lock.run(async () => {
        await new Promise((resolve) => setImmediate(resolve));
        await lock.run(async () => order.push('nested'));
        await hold.opened;
        order.push('first out');
      });
      const second = lock.run(async () => order.push('second'));
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(order).toEqual(['nested']);
      hold.open();
      await Promise.all([first, second]);
      expect(order).toEqual(['nested', 'first out', 'second']);
    }
  });
});
