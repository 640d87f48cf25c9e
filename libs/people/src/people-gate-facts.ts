import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { APPROVED_OR_BEYOND, type GateFacts, type PeopleFacts } from '@app/workflow';

/**
 * People-it evidence for the checklist rules (PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS): per
 * programme, its pilots going ahead (APPROVED_OR_BEYOND: people are found while the pilot is
 * designed, and stay found after it has run) and how many of them have someone enrolled and not
 * withdrawn. One statement whatever the number of programmes.
 */
@Injectable()
export class PeopleGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'people' as const;

  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, Partial<GateFacts>>> {
    const ids = [...new Set(programmeIds)];
    const facts = new Map<string, Partial<GateFacts>>(ids.map((id) => [id, { people: { approvedOrBeyond: 0, approvedOrBeyondWithParticipants: 0 } }]));
    if (!ids.length) return facts;
    const rows = await this.db.query<PeopleFacts & { programmeId: string }>(
      ctx,
      `SELECT p.programme_id AS "programmeId",
              count(*)::int AS "approvedOrBeyond",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM enrolment e WHERE e.pilot_id = p.id AND e.organisation_id = p.organisation_id AND e.withdrawn_at IS NULL
              ))::int AS "approvedOrBeyondWithParticipants"
         FROM pilot p
        WHERE p.organisation_id = $1 AND p.programme_id = ANY($2::uuid[]) AND p.status = ANY($3::text[])
        GROUP BY p.programme_id`,
      [ctx.tenantId, ids, [...APPROVED_OR_BEYOND]],
    );
    for (const { programmeId, ...people } of rows) facts.set(programmeId, { people });
    return facts;
  }
}
