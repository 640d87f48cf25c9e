import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { EventEntity } from './event.entity';

/**
 * Delivers committed history events to subscribers in this process, each once and in the
 * order they were published.
 */
@Injectable()
export class LiveEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(event: EventEntity): void {
    this.emitter.emit(event.organisationId, event);
  }

  /**
   * The organisation's events from now on. `stillAllowed` is asked before each delivery, so a
   * subscriber whose membership ends or whose key is revoked stops receiving at once.
   */
  async *stream(organisationId: string, stillAllowed: () => Promise<boolean>): AsyncGenerator<EventEntity> {
    const queue: EventEntity[] = [];
    let wake: (() => void) | null = null;
    const listener = (event: EventEntity) => {
      queue.push(event);
      wake?.();
    };
    this.emitter.on(organisationId, listener);
    try {
      for (;;) {
        while (queue.length) {
          const event = queue.shift()!;
          if (!(await stillAllowed())) return;
          yield event;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      this.emitter.off(organisationId, listener);
    }
  }
}
