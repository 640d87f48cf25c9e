import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { APPROVED_OR_BEYOND } from '@app/workflow';

/**
 * The pilots' evidence for checklist rules (libs/workflow `PilotFacts`), counted in the gates'
 * statement whatever the number of programmes. Baselines count for every pilot going ahead
 * (APPROVED_OR_BEYOND), since they are set before a pilot starts and stay set after it moves on.
 */
@Injectable()
export class PilotsGateFacts implements GateFactsSource<'pilots'>, OnModuleInit {
  readonly provides = 'pilots' as const;
  readonly none: FactsOf<'pilots'> = { total: 0, approvedOrBeyond: 0, approvedOrBeyondWithBaselineMetrics: 0 };

  constructor(private readonly registry: GateFactsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const goingAhead = `${q.param([...APPROVED_OR_BEYOND])}::text[]`;
    return `SELECT p.programme_id, json_build_object(
                'total', count(*)::int,
                'approvedOrBeyond', count(*) FILTER (WHERE p.status = ANY(${goingAhead}))::int,
                'approvedOrBeyondWithBaselineMetrics',
                  count(*) FILTER (WHERE p.status = ANY(${goingAhead}) AND m.metrics > 0 AND m.without_baseline = 0)::int) AS facts
              FROM pilot p
              LEFT JOIN LATERAL (
                SELECT count(*) AS metrics, count(*) FILTER (WHERE pm.baseline IS NULL) AS without_baseline
                  FROM pilot_metric pm WHERE pm.pilot_id = p.id AND pm.organisation_id = p.organisation_id
              ) m ON p.status = ANY(${goingAhead})
             WHERE p.organisation_id = ${q.organisationId} AND p.programme_id = ANY(${q.programmeIds})
             GROUP BY p.programme_id`;
  }
}

/**
 * The priority areas' evidence for the Focus-it rule SERVICE_AREAS_CHOSEN: per programme, the areas
 * proposed, those marked chosen, and the chosen ones whose reason is blank, in the gates' statement.
 */
@Injectable()
export class PrioritiesGateFacts implements GateFactsSource<'priorities'>, OnModuleInit {
  readonly provides = 'priorities' as const;
  readonly none: FactsOf<'priorities'> = { proposed: 0, chosen: 0, chosenWithoutReason: 0 };

  constructor(private readonly registry: GateFactsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    return `SELECT a.programme_id, json_build_object(
                'proposed', count(*)::int,
                'chosen', count(*) FILTER (WHERE a.selected)::int,
                'chosenWithoutReason', count(*) FILTER (WHERE a.selected AND btrim(a.rationale) = '')::int) AS facts
              FROM priority_area a
             WHERE a.organisation_id = ${q.organisationId} AND a.programme_id = ANY(${q.programmeIds})
             GROUP BY a.programme_id`;
  }
}
