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
 * What other features may read of the pilot table: a programme's pilots by status, with the
 * caller's own figures for each, in one statement whatever the number of programmes (gates are
 * computed for a whole dashboard at once). Engagement, people and growth ask here rather than
 * reading `pilot` themselves.
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
    const { sql, params } = pilotsInPlay(ctx, ids, statuses);
    const lateral = perPilot ? ` LEFT JOIN LATERAL (${perPilotText(perPilot, params)}) x ON true` : '';
    return this.db.query<ProgrammePilot & T>(
      ctx,
      `${sql}
       SELECT pp.programme_id AS "programmeId", pp.pilot_id AS "pilotId", pp.name AS "pilotName", pp.status${perPilot ? ', x.*' : ''}
         FROM pp${lateral}
        ORDER BY pp.programme_id, lower(pp.name), pp.pilot_id`,
      params,
    );
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
    const { sql, params } = pilotsInPlay(ctx, ids, APPROVED_OR_BEYOND);
    const rows = await this.db.query<{ programmeId: string; goingAhead: number; evidenced: number }>(
      ctx,
      `${sql}
       SELECT pp.programme_id AS "programmeId", count(*)::int AS "goingAhead", count(*) FILTER (WHERE x.evidenced)::int AS evidenced
         FROM pp LEFT JOIN LATERAL (${perPilotText(evidenced, params)}) x ON true
        GROUP BY pp.programme_id`,
      params,
    );
    for (const { programmeId, ...count } of rows) counts.set(programmeId, count);
    return counts;
  }
}

/** The pilots in play as `pp` (the only names a caller's subquery may use), with the statement's first parameters. */
function pilotsInPlay(ctx: RequestContext, programmeIds: string[], statuses: readonly PilotStatus[]): { sql: string; params: unknown[] } {
  return {
    sql: `WITH pp AS (
            SELECT p.programme_id, p.id AS pilot_id, p.organisation_id, p.name, p.status
              FROM pilot p
             WHERE p.organisation_id = $1 AND p.programme_id = ANY($2::uuid[]) AND p.status = ANY($3::text[])
          )`,
    params: [ctx.tenantId, programmeIds, [...new Set(statuses)]],
  };
}

/** The caller's subquery, its parameters appended to `params`. */
function perPilotText(perPilot: PerPilotSql, params: unknown[]): string {
  return perPilot((value) => {
    params.push(value);
    return `$${params.length}`;
  });
}
