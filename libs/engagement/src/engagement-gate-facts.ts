import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * Engagement plans' evidence for the Market-it rule "every pilot going ahead has published rules
 * of engagement" (pilots going ahead: expectations are set before launch and stay published
 * after the pilot moves on). The pilots come from libs/pilots, with each one's published terms
 * beside it, in the gates' statement whatever the number of programmes.
 */
@Injectable()
export class EngagementGateFacts implements GateFactsSource<'engagement'>, OnModuleInit {
  readonly provides = 'engagement' as const;
  readonly none: FactsOf<'engagement'> = { approvedOrBeyond: 0, approvedOrBeyondWithPublishedTerms: 0 };

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const counts = this.pilots.countGoingAheadSql(
      q,
      () => `SELECT EXISTS (
               SELECT 1 FROM engagement_plan ep JOIN engagement_terms t ON t.plan_id = ep.id AND t.organisation_id = ep.organisation_id
                WHERE ep.pilot_id = pp.pilot_id AND ep.organisation_id = pp.organisation_id AND t.published_at IS NOT NULL
             ) AS evidenced`,
    );
    return `SELECT c.programme_id, json_build_object('approvedOrBeyond', c.going_ahead, 'approvedOrBeyondWithPublishedTerms', c.evidenced) AS facts
              FROM (${counts}) c`;
  }
}
