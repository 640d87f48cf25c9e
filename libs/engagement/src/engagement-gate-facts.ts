import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { APPROVED_OR_BEYOND } from '@app/workflow';

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

/**
 * Engagement plans' evidence for PILOTS_GOING_AHEAD_HAVE_INCENTIVES: per programme, its pilots
 * going ahead (libs/pilots), those whose plan lists an incentive other than a sanction, and those
 * whose plan lists sanctions and nothing else (Alford 2009: sanctions tend to backfire, so they do
 * not count alone). Read in the gates' statement.
 */
@Injectable()
export class IncentivesGateFacts implements GateFactsSource<'incentives'>, OnModuleInit {
  readonly provides = 'incentives' as const;
  readonly none: FactsOf<'incentives'> = { approvedOrBeyond: 0, approvedOrBeyondWithIncentives: 0, approvedOrBeyondWithSanctionsOnly: 0 };

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const pilots = this.pilots.withStatusSql(
      q,
      APPROVED_OR_BEYOND,
      () => `SELECT count(*) FILTER (WHERE i.kind <> 'SANCTION') > 0 AS incentives, count(*) FILTER (WHERE i.kind = 'SANCTION') > 0 AS sanctions
               FROM engagement_plan ep JOIN incentive i ON i.plan_id = ep.id AND i.organisation_id = ep.organisation_id
              WHERE ep.pilot_id = pp.pilot_id AND ep.organisation_id = pp.organisation_id`,
    );
    return `SELECT g."programmeId" AS programme_id, json_build_object(
                'approvedOrBeyond', count(*)::int,
                'approvedOrBeyondWithIncentives', count(*) FILTER (WHERE g.incentives)::int,
                'approvedOrBeyondWithSanctionsOnly', count(*) FILTER (WHERE g.sanctions AND NOT g.incentives)::int) AS facts
              FROM (${pilots}) g
             GROUP BY g."programmeId"`;
  }
}
