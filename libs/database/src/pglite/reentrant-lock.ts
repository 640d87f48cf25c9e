import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One piece of work whose async branches AsyncLocalStorage cannot tie to the branch that takes the
 * lock: a request whose transaction stays open while GraphQL resolves its later fields, which run
 * from GraphQL's own promise chains (libs/idempotency). While any branch holds the lock, every
 * branch passes it, as queries inside `run` pass it; the rest of the process waits as before.
 * Open from `ReentrantLock.shared` until `close`, which its owner calls when the piece of work ends.
 */
export class LockShare {
  held = false;
  private closeHook: (() => void) | null = null;

  /** Called by the lock as a branch joins; true for the first, which opens the share. */
  join(onClose: () => void): boolean {
    if (this.closeHook) return false;
    this.closeHook = onClose;
    return true;
  }

  close(): void {
    const hook = this.closeHook;
    this.closeHook = null;
    hook?.();
  }
}

/**
 * One lock for all work on the embedded database. PGlite is a single session, so two
 * requests' transactions would otherwise interleave (a rollback in one undoing the other's
 * rows, a read seeing uncommitted data). Re-entrant through AsyncLocalStorage: queries made
 * inside a locked unit of work run at once instead of waiting for themselves.
 *
 * On Node 20, an enabled AsyncLocalStorage keeps V8's promise hooks on for every promise of the
 * process, about 5% of a small request's CPU (bench/request). So the store is disabled whenever no
 * unit holds or waits for the lock and no share is open (no branch can then be inside a unit the
 * lock runs), and enabled again by the next unit that takes the lock or share that opens.
 */
export class ReentrantLock {
  private readonly holder = new AsyncLocalStorage<true | LockShare>();
  private tail: Promise<void> = Promise.resolve();
  /** Units holding or waiting for the lock, and shares open. */
  private inUse = 0;

  get heldHere(): boolean {
    const store = this.holder.getStore();
    return store === true || (store instanceof LockShare && store.held);
  }

  /** Runs `fn` as a branch of `share`: whatever it starts passes the lock while the share holds it, until the share is closed. */
  shared<T>(share: LockShare, fn: () => T): T {
    if (share.join(() => this.done())) this.inUse++;
    return this.holder.run(share, fn);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.heldHere) return work();
    const store = this.holder.getStore();
    this.inUse++;
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      if (store instanceof LockShare) {
        store.held = true;
        try {
          return await work();
        } finally {
          store.held = false;
        }
      }
      return await this.holder.run(true, work);
    } finally {
      release();
      this.done();
    }
  }

  private done(): void {
    if (--this.inUse === 0) this.holder.disable();
  }
}
