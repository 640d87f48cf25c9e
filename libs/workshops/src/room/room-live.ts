import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { type EventEntity, LiveEvents, type StillAllowed } from '@app/history';
import type { WorkshopRoom } from './room.model';
import { type Voter, VoteRoundsService } from './vote-rounds.service';

/** The events after which a room's screens show something new. */
const ROOM_EVENTS = new Set([
  'WORKSHOP_VOTE_OPENED',
  'WORKSHOP_VOTES_CAST',
  'WORKSHOP_VOTE_CLOSED',
  'WORKSHOP_STARTED',
  'WORKSHOP_ENDED',
  'WORKSHOP_UPDATED',
  'WORKSHOP_AGENDA_CHANGED',
]);

/**
 * A workshop's room as it changes, for everyone in it: each event of the workshop that changes
 * what the room shows is answered with the room as this viewer now sees it. Events come through
 * the programme's live stream, so a vote cast through any API process reaches every screen.
 */
@Injectable()
export class WorkshopRoomLive {
  constructor(
    private readonly live: LiveEvents,
    private readonly rounds: VoteRoundsService,
  ) {}

  stream(
    ctx: RequestContext,
    room: { workshopId: string; programmeId: string },
    viewer: Voter | null,
    stillAllowed: StillAllowed,
  ): AsyncIterableIterator<WorkshopRoom> {
    const events = this.live.streamProgramme(ctx.tenantId, room.programmeId, stillAllowed);
    return new RoomStream(events, (event) =>
      ROOM_EVENTS.has(event.type) && event.payload.workshopId === room.workshopId ? this.rounds.room(ctx, room.workshopId, viewer) : null,
    );
  }
}

/** The events that concern the room, each turned into the room as it stands; `return()` detaches at once. */
class RoomStream implements AsyncIterableIterator<WorkshopRoom> {
  constructor(
    private readonly events: AsyncIterableIterator<EventEntity>,
    private readonly answer: (event: EventEntity) => Promise<WorkshopRoom> | null,
  ) {}

  async next(): Promise<IteratorResult<WorkshopRoom>> {
    for (;;) {
      const next = await this.events.next();
      if (next.done) return { value: undefined, done: true };
      const room = this.answer(next.value);
      if (room) return { value: await room, done: false };
    }
  }

  return(): Promise<IteratorResult<WorkshopRoom>> {
    void this.events.return?.();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<WorkshopRoom>> {
    void this.events.return?.();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<WorkshopRoom> {
    return this;
  }
}
