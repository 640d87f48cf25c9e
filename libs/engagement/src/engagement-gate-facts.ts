import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type GateFactsOf, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * Engagement plans' evidence for the Market-it rule "every pilot going ahead has published rules
 * of engagement" (pilots going ahead: expectations are set before launch and stay published
 * after the pilot moves on). The pilots come from libs/pilots, with each one's published terms
 * beside it: one statement whatever the number of programmes.
 */
@Injectable()
export class EngagementGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'engagement' as const;

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<GateFactsOf<'engagement'>> {
    const counts = await this.pilots.countGoingAhead(
      ctx,
      programmeIds,
      () => `SELECT EXISTS (
               SELECT 1 FROM engagement_plan ep JOIN engagement_terms t ON t.plan_id = ep.id AND t.organisation_id = ep.organisation_id
                WHERE ep.pilot_id = pp.pilot_id AND ep.organisation_id = pp.organisation_id AND t.published_at IS NOT NULL
             ) AS evidenced`,
    );
    return new Map(
      [...counts].map(([programmeId, count]) => [
        programmeId,
        { engagement: { approvedOrBeyond: count.goingAhead, approvedOrBeyondWithPublishedTerms: count.evidenced } },
      ]),
    );
  }
}
