import { Clock } from '@app/common';

/** A clock a test sets: background work (reminder digests) runs at the instant it says, never by waiting for it. */
export class FixedClock extends Clock {
  constructor(private at: Date) {
    super();
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }
}
