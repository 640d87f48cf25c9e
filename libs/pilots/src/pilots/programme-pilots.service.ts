import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { APPROVED_OR_BEYOND, type PilotStatus } from '@app/workflow';

/** One pilot of a programme, as other features need it for their gate facts and dashboards. */
export interface ProgrammePilot {
  programmeId: string;
  pilotId: string;
  pilotName: string;
  status: PilotStatus;
}

/**
 * A caller's own figures for each pilot, as an SQL subquery over the caller's tables that runs
 * LATERAL beside each pilot in the same statement (so reading through this library costs no
 * extra round trip). It may refer to the pilot only as `pp.pilot_id` and `pp.organisation_id`;
 * `param(value)` adds a parameter and answers its placeholder. Its columns join the answer.
 */
export type PerPilotSql = (param: (value: unknown) => string) => string;

/**
 * Where SQL that this service writes for another statement stands: the placeholder of the
 * request's organisation, an expression of type uuid[] holding the programmes, and a way to add
 * parameters (GatesService's `GateFactsQuery` has this shape).
 */
export interface ProgrammesSql {
  readonly organisationId: string;
  readonly programmeIds: string;
  param(value: unknown): string;
}

/**
 * What other features may read of the pilot table: a programme's pilots by status, with the
 * caller's own figures for each, in one statement whatever the number of programmes (gates are
 * computed for a whole dashboard at once). Engagement, people and growth ask here rather than
 * reading `pilot` themselves, either for rows or for SQL to run inside a statement of their own
 * (the gates' one statement: `withStatusSql`, `countGoingAheadSql`).
 */
@Injectable()
export class ProgrammePilotsService {
  constructor(private readonly db: Database) {}

  /** The pilots of these programmes (of the request's organisation) in one of `statuses`, by programme, then name, with `perPilot`'s columns. */
  async withStatus<T extends object = object>(
    ctx: RequestContext,
    programmeIds: readonly string[],
    statuses: readonly PilotStatus[],
    perPilot?: PerPilotSql,
  ): Promise<Array<ProgrammePilot & T>> {
    const ids = [...new Set(programmeIds)];
    if (!ids.length || !statuses.length) return [];
    const { sql, params } = statement(
      ctx,
      ids,
      (q) => `${this.withStatusSql(q, statuses, perPilot)} ORDER BY pp.programme_id, lower(pp.name), pp.pilot_id`,
    );
    return this.db.query<ProgrammePilot & T>(ctx, sql, params);
  }

  /**
   * As `withStatus`, as SQL for the caller's own statement (unordered): columns "programmeId",
   * "pilotId", "pilotName", status, and `perPilot`'s.
   */
  withStatusSql(q: ProgrammesSql, statuses: readonly PilotStatus[], perPilot?: PerPilotSql): string {
    const lateral = perPilot ? ` LEFT JOIN LATERAL (${perPilot((value) => q.param(value))}) x ON true` : '';
    return `SELECT pp.programme_id AS "programmeId", pp.pilot_id AS "pilotId", pp.name AS "pilotName", pp.status${perPilot ? ', x.*' : ''}
              FROM ${pilotsInPlay(q, statuses)} pp${lateral}`;
  }

  /**
   * The pilots going ahead (APPROVED_OR_BEYOND): approved and not stopped, so still counted after
   * they have run or been decided SCALE. The evidenced checklist rules count these.
   */
  goingAhead<T extends object = object>(
    ctx: RequestContext,
    programmeIds: readonly string[],
    perPilot?: PerPilotSql,
  ): Promise<Array<ProgrammePilot & T>> {
    return this.withStatus<T>(ctx, programmeIds, APPROVED_OR_BEYOND, perPilot);
  }

  /**
   * For each programme asked about (0 and 0 when it has none): its pilots going ahead, and how
   * many of them `evidenced` says yes for (a subquery with one boolean column, `evidenced`, e.g.
   * whether someone is enrolled). One statement whatever the number of programmes.
   */
  async countGoingAhead(
    ctx: RequestContext,
    programmeIds: readonly string[],
    evidenced: PerPilotSql,
  ): Promise<Map<string, { goingAhead: number; evidenced: number }>> {
    const ids = [...new Set(programmeIds)];
    const counts = new Map(ids.map((id) => [id, { goingAhead: 0, evidenced: 0 }]));
    if (!ids.length) return counts;
    const { sql, params } = statement(ctx, ids, (q) => this.countGoingAheadSql(q, evidenced));
    const rows = await this.db.query<{ programme_id: string; going_ahead: number; evidenced: number }>(ctx, sql, params);
    for (const row of rows) counts.set(row.programme_id, { goingAhead: row.going_ahead, evidenced: row.evidenced });
    return counts;
  }

  /**
   * As `countGoingAhead`, as SQL for the caller's own statement: columns programme_id, going_ahead
   * and evidenced, for the programmes with a pilot going ahead only.
   */
  countGoingAheadSql(q: ProgrammesSql, evidenced: PerPilotSql): string {
    return `SELECT pp.programme_id, count(*)::int AS going_ahead, count(*) FILTER (WHERE x.evidenced)::int AS evidenced
              FROM ${pilotsInPlay(q, APPROVED_OR_BEYOND)} pp
              LEFT JOIN LATERAL (${evidenced((value) => q.param(value))}) x ON true
             GROUP BY pp.programme_id`;
  }
}

/** A statement of its own around `body`: `$1` the request's organisation, `$2` the programmes. */
function statement(ctx: RequestContext, programmeIds: string[], body: (q: ProgrammesSql) => string): { sql: string; params: unknown[] } {
  const params: unknown[] = [ctx.tenantId, programmeIds];
  const sql = body({ organisationId: '$1', programmeIds: '$2::uuid[]', param: (value) => `$${params.push(value)}` });
  return { sql, params };
}

/** The pilots in play, as a subquery to name `pp` (the only name a caller's subquery may use). */
function pilotsInPlay(q: ProgrammesSql, statuses: readonly PilotStatus[]): string {
  return `(SELECT p.programme_id, p.id AS pilot_id, p.organisation_id, p.name, p.status
             FROM pilot p
            WHERE p.organisation_id = ${q.organisationId} AND p.programme_id = ANY(${q.programmeIds})
              AND p.status = ANY(${q.param([...new Set(statuses)])}::text[]))`;
}
