import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One lock for all work on the embedded database. PGlite is a single session, so two
 * requests' transactions would otherwise interleave (a rollback in one undoing the other's
 * rows, a read seeing uncommitted data). Re-entrant through AsyncLocalStorage: queries made
 * inside a locked unit of work run at once instead of waiting for themselves.
 */
export class ReentrantLock {
  private readonly holder = new AsyncLocalStorage<true>();
  private tail: Promise<void> = Promise.resolve();

  get heldHere(): boolean {
    return this.holder.getStore() === true;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.heldHere) return work();
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await this.holder.run(true, work);
    } finally {
      release();
    }
  }
}
