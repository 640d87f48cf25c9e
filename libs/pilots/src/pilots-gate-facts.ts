import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type GateFactsOf, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { APPROVED_OR_BEYOND, type PilotFacts } from '@app/workflow';

const NO_PILOTS: Readonly<PilotFacts> = Object.freeze({ total: 0, approvedOrBeyond: 0, approvedOrBeyondWithBaselineMetrics: 0 });

/**
 * The pilots' evidence for checklist rules (libs/workflow `PilotFacts`), in one
 * statement whatever the number of programmes. Baselines count for every pilot going ahead
 * (APPROVED_OR_BEYOND), since they are set before a pilot starts and stay set after it moves on.
 */
@Injectable()
export class PilotsGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'pilots' as const;

  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<GateFactsOf<'pilots'>> {
    const ids = [...new Set(programmeIds)];
    const facts: GateFactsOf<'pilots'> = new Map(ids.map((id) => [id, { pilots: { ...NO_PILOTS } }]));
    if (!ids.length) return facts;
    const rows = await this.db.query<PilotFacts & { programmeId: string }>(
      ctx,
      `SELECT p.programme_id AS "programmeId",
              count(*)::int AS total,
              count(*) FILTER (WHERE p.status = ANY($3::text[]))::int AS "approvedOrBeyond",
              count(*) FILTER (WHERE p.status = ANY($3::text[]) AND m.metrics > 0 AND m.without_baseline = 0)::int AS "approvedOrBeyondWithBaselineMetrics"
         FROM pilot p
         LEFT JOIN LATERAL (
           SELECT count(*) AS metrics, count(*) FILTER (WHERE pm.baseline IS NULL) AS without_baseline
             FROM pilot_metric pm WHERE pm.pilot_id = p.id AND pm.organisation_id = p.organisation_id
         ) m ON p.status = ANY($3::text[])
        WHERE p.organisation_id = $1 AND p.programme_id = ANY($2::uuid[])
        GROUP BY p.programme_id`,
      [ctx.tenantId, ids, [...APPROVED_OR_BEYOND]],
    );
    for (const { programmeId, ...counts } of rows) facts.set(programmeId, { pilots: counts });
    return facts;
  }
}
