import { Injectable } from '@nestjs/common';
import { BadInputError, pageWindow, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { SelectQueryBuilder } from 'typeorm';
import { EventEntity } from './event.entity';
import { EventFanout } from './event-fanout';
import { EVENT_CATALOGUE, type EventKind, isEventType, typesOfKinds } from './event-catalogue';
import { payloadProblems } from './event-schemas';
import type { HistoryArgs } from './history.args';

/** Ids and non-personal values only: history is never rewritten, so it must hold nothing to erase. */
export type EventPayload = Record<string, string | number | boolean | null | string[] | number[]>;

export interface NewEvent {
  /** A type of the event catalogue (event-catalogue.ts); any other is refused. */
  type: string;
  payload?: EventPayload;
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
    // Readers filter and webhooks will subscribe by the catalogue: an uncatalogued type would be invisible to them.
    if (!isEventType(event.type))
      throw new Error(`History event type ${event.type} is not in the event catalogue (libs/history/src/event-catalogue.ts)`);
    // Webhooks publish each type's payload contract (docs/event-schemas.json): a payload outside it is a programming error.
    const problems = payloadProblems(event.type, event.payload ?? {});
    if (problems)
      throw new Error(
        `History event ${event.type} v${EVENT_CATALOGUE[event.type].version} has a payload its schema refuses (libs/history/src/event-catalogue.ts): ${problems}`,
      );
    const actor = ctx.actor;
    // Always the request's organisation: a context acting for another one is made with `within`.
    const events = this.db.tenant(ctx, EventEntity);
    const row = events.create({
      programmeId: event.programmeId ?? null,
      sequence: event.programmeId ? await this.nextSequence(ctx, events.organisationId, event.programmeId) : null,
      type: event.type,
      payload: event.payload ?? {},
      actorType: ACTOR_TYPES[actor.kind],
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null,
      actorName: actor.kind === 'apiKey' ? actor.name : null,
    });
    const saved = await events.save(row);
    // Subscribers hear of a change only once it has committed: on PostgreSQL through NOTIFY in
    // this transaction (every process), on the embedded database in-process after the commit.
    await this.fanout.announce(ctx, saved);
    return saved;
  }

  /**
   * Takes the programme's next sequence number from history's own counter. The upsert locks the
   * programme's counter row until the transaction ends, so a programme's events are numbered in
   * the order they commit. The counter's foreign key names the programme with its organisation:
   * another organisation's programme (or none) refuses the row.
   */
  private async nextSequence(ctx: RequestContext, organisationId: string, programmeId: string): Promise<number> {
    let rows: Array<{ last_sequence: number }>;
    try {
      rows = await this.db.manager(ctx).query(
        `INSERT INTO event_sequence (organisation_id, programme_id, last_sequence) VALUES ($1, $2, 1)
         ON CONFLICT (organisation_id, programme_id) DO UPDATE SET last_sequence = event_sequence.last_sequence + 1
         RETURNING last_sequence`,
        [organisationId, programmeId],
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new Error(`programme ${programmeId} not found for its history`, { cause: error });
      throw error;
    }
    const sequence = rows[0]?.last_sequence;
    if (sequence === undefined) throw new Error(`programme ${programmeId} not found for its history`);
    return sequence;
  }

  /** The last sequence number of each of these programmes' histories (0 before any event), in one statement. */
  async lastSequences(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, number>> {
    const ids = [...new Set(programmeIds)];
    const last = new Map<string, number>(ids.map((id) => [id, 0]));
    if (!ids.length) return last;
    const rows = await this.db.query<{ programmeId: string; lastSequence: number }>(
      ctx,
      `SELECT programme_id AS "programmeId", last_sequence AS "lastSequence" FROM event_sequence WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[])`,
      [ctx.tenantId, ids],
    );
    for (const row of rows) last.set(row.programmeId, row.lastSequence);
    return last;
  }

  /**
   * A programme's journey: its events by sequence, oldest or newest first; between sequence numbers
   * (exclusive) to catch up after a lost connection, or to page back without offsets that shift as events arrive.
   */
  programmePage(
    ctx: RequestContext,
    programmeId: string,
    args: HistoryArgs,
    newestFirst: boolean,
    sequences: { after?: number; before?: number } = {},
  ): Promise<[EventEntity[], number]> {
    const query = this.db
      .tenant(ctx, EventEntity)
      .queryBuilder('e')
      .where('e.programme_id = :programmeId', { programmeId })
      .orderBy('e.sequence', newestFirst ? 'DESC' : 'ASC');
    if (sequences.after != null) query.andWhere('e.sequence > :afterSequence', { afterSequence: sequences.after });
    if (sequences.before != null) query.andWhere('e.sequence < :beforeSequence', { beforeSequence: sequences.before });
    return this.filteredPage(query, args);
  }

  /**
   * These events, in id order: the organisation's own, or on a cross-organisation path that lists
   * `event` (a webhook worker reading what it owes) whichever organisation wrote them.
   */
  async eventsByIds(ctx: RequestContext, ids: readonly string[]): Promise<EventEntity[]> {
    if (!ids.length) return [];
    const query = this.db
      .repo(ctx, EventEntity)
      .createQueryBuilder('e')
      .where('e.id IN (:...ids)', { ids: [...new Set(ids)] });
    if (!ctx.crossPath) query.andWhere('e.organisation_id = :organisationId', { organisationId: ctx.tenantId });
    return query.orderBy('e.id', 'ASC').getMany();
  }

  /** The organisation's events whose payload names `id` under `key` (e.g. a participant's, for subject access), oldest first. */
  mentioning(ctx: RequestContext, key: string, id: string): Promise<EventEntity[]> {
    return this.db
      .tenant(ctx, EventEntity)
      .queryBuilder('e')
      .where('e.payload ->> :key = :id', { key, id })
      .orderBy('e.id', 'ASC')
      .getMany();
  }

  /** The organisation's history, newest first. */
  page(ctx: RequestContext, args: HistoryArgs): Promise<[EventEntity[], number]> {
    const query = this.db.tenant(ctx, EventEntity).queryBuilder('e').orderBy('e.id', 'DESC');
    return this.filteredPage(query, args);
  }

  private async filteredPage(query: SelectQueryBuilder<EventEntity>, args: HistoryArgs): Promise<[EventEntity[], number]> {
    const filter = historyFilter(args);
    if (filter.types?.length === 0) return [[], 0];
    // Kinds become the types they hold (the catalogue maps them), so one indexed `type` column serves both filters.
    if (filter.types) query.andWhere('e.type IN (:...types)', { types: filter.types });
    if (filter.since) query.andWhere('e.occurred_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('e.occurred_at < :until', { until: filter.until });
    const { offset, limit } = pageWindow(args);
    return query.skip(offset).take(limit).getManyAndCount();
  }
}

/** A foreign key refused the write (PostgreSQL and PGlite both report SQLSTATE 23503). */
function isForeignKeyViolation(error: unknown): boolean {
  const cause = (error as { driverError?: { code?: string } })?.driverError ?? (error as { code?: string });
  return cause?.code === '23503';
}

export interface HistoryFilter {
  /** The types asked for, by type and by kind (both narrow); undefined for every type. */
  types?: string[];
  since?: Date;
  until?: Date;
}

/** Checks the filters of `history` and `journey`, naming the argument at fault. */
export function historyFilter(args: { kinds?: EventKind[]; types?: string[]; since?: Date; until?: Date }): HistoryFilter {
  const unknown = (args.types ?? []).filter((type) => !isEventType(type));
  if (unknown.length)
    throw BadInputError.field(
      'types',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not an event type' : 'are not event types'}; historyEventTypes lists them`,
    );
  if (args.since && args.until && args.since >= args.until) throw BadInputError.field('until', 'must be later than since');
  let types: string[] | undefined = args.types ? [...new Set(args.types)] : undefined;
  if (args.kinds) {
    const ofKinds = new Set<string>(typesOfKinds(args.kinds));
    types = types ? types.filter((type) => ofKinds.has(type)) : [...ofKinds];
  }
  return { types, since: args.since, until: args.until };
}
