import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One piece of work whose async branches AsyncLocalStorage cannot tie to the branch that takes the
 * lock: a request whose transaction stays open while GraphQL resolves its later fields, which run
 * from GraphQL's own promise chains (libs/idempotency). While any branch holds the lock, every
 * branch passes it, as queries inside `run` pass it; the rest of the process waits as before.
 */
export class LockShare {
  held = false;
}

/**
 * One lock for all work on the embedded database. PGlite is a single session, so two
 * requests' transactions would otherwise interleave (a rollback in one undoing the other's
 * rows, a read seeing uncommitted data). Re-entrant through AsyncLocalStorage: queries made
 * inside a locked unit of work run at once instead of waiting for themselves.
 */
export class ReentrantLock {
  private readonly holder = new AsyncLocalStorage<true | LockShare>();
  private tail: Promise<void> = Promise.resolve();

  get heldHere(): boolean {
    const store = this.holder.getStore();
    return store === true || (store instanceof LockShare && store.held);
  }

  /** Runs `fn` as a branch of `share`: whatever it starts passes the lock while the share holds it. */
  shared<T>(share: LockShare, fn: () => T): T {
    return this.holder.run(share, fn);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.heldHere) return work();
    const store = this.holder.getStore();
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    if (store instanceof LockShare) {
      store.held = true;
      try {
        return await work();
      } finally {
        store.held = false;
        release();
      }
    }
    try {
      return await this.holder.run(true, work);
    } finally {
      release();
    }
  }
}
