import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { APPROVED_OR_BEYOND, type EngagementFacts, type GateFacts } from '@app/workflow';

/**
 * Engagement plans' evidence for the Market-it rule "every pilot going ahead has published rules
 * of engagement" (APPROVED_OR_BEYOND: expectations are set before launch and stay published
 * after the pilot moves on): one statement for all the programmes asked about.
 */
@Injectable()
export class EngagementGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'engagement' as const;

  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, Partial<GateFacts>>> {
    const facts = new Map<string, Partial<GateFacts>>(programmeIds.map((id) => [id, { engagement: { approvedOrBeyond: 0, approvedOrBeyondWithPublishedTerms: 0 } }]));
    if (!programmeIds.length) return facts;
    const rows = await this.db.query<EngagementFacts & { programmeId: string }>(
      ctx,
      `SELECT p.programme_id AS "programmeId",
              count(*)::int AS "approvedOrBeyond",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM engagement_plan ep JOIN engagement_terms t ON t.plan_id = ep.id
                 WHERE ep.pilot_id = p.id AND ep.organisation_id = p.organisation_id AND t.published_at IS NOT NULL
              ))::int AS "approvedOrBeyondWithPublishedTerms"
         FROM pilot p
        WHERE p.organisation_id = $1 AND p.programme_id = ANY($2::uuid[]) AND p.status = ANY($3::text[])
        GROUP BY p.programme_id`,
      [ctx.tenantId, [...new Set(programmeIds)], [...APPROVED_OR_BEYOND]],
    );
    for (const { programmeId, ...engagement } of rows) facts.set(programmeId, { engagement });
    return facts;
  }
}
