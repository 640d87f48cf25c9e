import { Injectable } from '@nestjs/common';
import { pageWindow, type PageArgs, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { EventEntity } from './event.entity';
import { EventFanout } from './event-fanout';

/** Ids and non-personal values only: history is never rewritten, so it must hold nothing to erase. */
export type EventPayload = Record<string, string | number | boolean | null | string[] | number[]>;

export interface NewEvent {
  type: string;
  payload?: EventPayload;
  organisationId?: string;
  /** The programme the change belongs to; its events get consecutive sequence numbers. */
  programmeId?: string;
}

const ACTOR_TYPES = { user: 'USER', apiKey: 'API_KEY', system: 'SYSTEM', anonymous: 'PUBLIC' } as const;

/** Writes the product's append-only history, in the caller's transaction. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly db: Database,
    private readonly fanout: EventFanout,
  ) {}

  async record(ctx: RequestContext, event: NewEvent): Promise<EventEntity> {
    const actor = ctx.actor;
    const organisationId = event.organisationId ?? ctx.tenantId;
    const row = this.db.repo(ctx, EventEntity).create({
      organisationId,
      programmeId: event.programmeId ?? null,
      sequence: event.programmeId ? await this.nextSequence(ctx, organisationId, event.programmeId) : null,
      type: event.type,
      payload: event.payload ?? {},
      actorType: ACTOR_TYPES[actor.kind],
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null,
      actorName: actor.kind === 'apiKey' ? actor.name : null,
    });
    const saved = await this.db.repo(ctx, EventEntity).save(row);
    // Subscribers hear of a change only once it has committed: on PostgreSQL through NOTIFY in
    // this transaction (every process), on the embedded database in-process after the commit.
    await this.fanout.announce(ctx, saved);
    return saved;
  }

  /**
   * Takes the programme's next sequence number. The UPDATE locks the programme row until the
   * transaction ends, so a programme's events are numbered in the order they commit.
   */
  private async nextSequence(ctx: RequestContext, organisationId: string, programmeId: string): Promise<number> {
    const [rows] = await this.db
      .manager(ctx)
      .query(`UPDATE programme SET last_event_sequence = last_event_sequence + 1 WHERE id = $1 AND organisation_id = $2 RETURNING last_event_sequence`, [
        programmeId,
        organisationId,
      ]);
    const sequence = (rows as Array<{ last_event_sequence: number }>)[0]?.last_event_sequence;
    if (sequence === undefined) throw new Error(`programme ${programmeId} not found for its history`);
    return sequence;
  }

  /** A programme's journey: its events by sequence, oldest or newest first. */
  programmePage(ctx: RequestContext, programmeId: string, args: PageArgs, newestFirst: boolean): Promise<[EventEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.repo(ctx, EventEntity).findAndCount({
      where: { organisationId: ctx.tenantId, programmeId },
      order: { sequence: newestFirst ? 'DESC' : 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** The organisation's history, newest first. */
  page(ctx: RequestContext, args: PageArgs): Promise<[EventEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.repo(ctx, EventEntity).findAndCount({
      where: { organisationId: ctx.tenantId },
      order: { id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }
}
