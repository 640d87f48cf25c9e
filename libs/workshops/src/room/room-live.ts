import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { type EventEntity, LiveEvents, type StillAllowed } from '@app/history';
import type { WorkshopRoom } from './room.model';
import { guestVoter, type RoomState, roomFor, type Voter, VoteRoundsService } from './vote-rounds.service';
import type { Guest } from './workshop-guests.service';

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

/** How long a room's state read for one event is kept for the other screens that hear the same event. */
const SHARED_FOR_MS = 5_000;

/**
 * A workshop's room as it changes, for everyone in it: each event of the workshop that changes
 * what the room shows is answered with the room as this viewer now sees it. Events come through
 * the programme's live stream, so a vote cast through any API process reaches every screen. The
 * room is read once per event in each process and shared by all the screens that hear it; each
 * then takes only its own part (its ballot, whether it may vote).
 */
@Injectable()
export class WorkshopRoomLive {
  private readonly shared = new Map<string, Promise<RoomState>>();

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
    return new RoomStream(events, async (event) => {
      if (!ROOM_EVENTS.has(event.type) || event.payload.workshopId !== room.workshopId) return null;
      const state = await this.stateAfter(ctx, event);
      // A guest's pass ends when the workshop stops running (WorkshopGuestsService.closeRoom), and their screen with it.
      if (viewer?.kind === 'guest' && state.workshop.status !== 'RUNNING') return END;
      return roomFor(state, viewer);
    });
  }

  /**
   * A guest's room, until the workshop stops running or the pass expires. Both are known without
   * asking the database about the pass at each event: the room's shared state says whether the
   * workshop still runs, so a ballot costs no statement per guest following the room.
   */
  streamForGuest(guest: Guest): AsyncIterableIterator<WorkshopRoom> {
    return this.stream(guest.ctx, guest, guestVoter(guest), () => Promise.resolve(Date.now() < guest.expiresAt.getTime()));
  }

  /** The room's state after `event`, read by the first screen to hear it (events of one workshop belong to one organisation). */
  private stateAfter(ctx: RequestContext, event: EventEntity): Promise<RoomState> {
    const key = `${event.organisationId}:${event.id}`;
    let state = this.shared.get(key);
    if (!state) {
      state = this.rounds.roomState(ctx, String(event.payload.workshopId));
      this.shared.set(key, state);
      const forget = () => setTimeout(() => this.shared.delete(key), SHARED_FOR_MS).unref();
      state.then(forget, forget);
    }
    return state;
  }
}

/** What a stream answers to say the viewer's room has closed to them. */
const END = Symbol('room closed to this viewer');

/** The events that concern the room, each turned into the room as it stands; `return()` detaches at once. */
class RoomStream implements AsyncIterableIterator<WorkshopRoom> {
  constructor(
    private readonly events: AsyncIterableIterator<EventEntity>,
    private readonly answer: (event: EventEntity) => Promise<WorkshopRoom | null | typeof END>,
  ) {}

  async next(): Promise<IteratorResult<WorkshopRoom>> {
    for (;;) {
      const next = await this.events.next();
      if (next.done) return { value: undefined, done: true };
      const room = await this.answer(next.value);
      if (room === END) return this.return();
      if (room) return { value: room, done: false };
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
