import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';

/** A feature that keeps participants in its own records (workshops' attendee lists) lets go of one being erased. */
export interface ParticipantErasureSource {
  /**
   * Called inside the erasure's transaction, with the participant's row locked: remove what ties
   * them to the library's records, and record nothing about them in history (it outlives them).
   */
  participantErased(ctx: RequestContext, participantId: string): Promise<void>;
}

/**
 * The libraries above people that keep participants register here (`register` in their
 * `onModuleInit`), as gate facts do, so erasure reaches their records without people naming
 * their tables. An erasure keeps the participant's row as a tombstone, so no ON DELETE would fire.
 */
@Injectable()
export class ParticipantErasure {
  private readonly sources: ParticipantErasureSource[] = [];

  register(source: ParticipantErasureSource): void {
    this.sources.push(source);
  }

  /** Each registered source in turn (one transaction's connection runs one statement at a time). */
  async erased(ctx: RequestContext, participantId: string): Promise<void> {
    for (const source of this.sources) await source.participantErased(ctx, participantId);
  }
}
