import { Injectable } from '@nestjs/common';
import { pageWindow, type PageArgs, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { EventEntity } from './event.entity';
import { LiveEvents } from './live-events';

/** Ids and non-personal values only: history is never rewritten, so it must hold nothing to erase. */
export type EventPayload = Record<string, string | number | boolean | null | string[] | number[]>;

export interface NewEvent {
  type: string;
  payload?: EventPayload;
  organisationId?: string;
}

const ACTOR_TYPES = { user: 'USER', apiKey: 'API_KEY', system: 'SYSTEM', anonymous: 'PUBLIC' } as const;

/** Writes the product's append-only history, in the caller's transaction. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly db: Database,
    private readonly live: LiveEvents,
  ) {}

  async record(ctx: RequestContext, event: NewEvent): Promise<EventEntity> {
    const actor = ctx.actor;
    const row = this.db.repo(ctx, EventEntity).create({
      organisationId: event.organisationId ?? ctx.tenantId,
      programmeId: null,
      sequence: null,
      type: event.type,
      payload: event.payload ?? {},
      actorType: ACTOR_TYPES[actor.kind],
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null,
      actorName: actor.kind === 'apiKey' ? actor.name : null,
    });
    const saved = await this.db.repo(ctx, EventEntity).save(row);
    // Subscribers hear of a change only once it has committed.
    if (ctx.entityManager) ctx.afterCommit(() => this.live.publish(saved));
    else this.live.publish(saved);
    return saved;
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
