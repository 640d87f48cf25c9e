import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * The map's evidence for Map-it checklist rules. The map belongs to the organisation, so every
 * programme of it sees the same facts, counted once in the gates' statement whatever the number
 * of programmes.
 */
@Injectable()
export class MappingGateFacts implements GateFactsSource<'mapping'>, OnModuleInit {
  readonly provides = 'mapping' as const;
  readonly none: FactsOf<'mapping'> = { activeServiceAreas: 0, activeAreasWithInitiatives: 0, publishedInitiatives: 0 };

  constructor(private readonly registry: GateFactsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    return `SELECT ids.id AS programme_id, m.facts
              FROM unnest(${q.programmeIds}) AS ids(id)
             CROSS JOIN (SELECT json_build_object(
               'activeServiceAreas', (SELECT count(*)::int FROM service_area a WHERE a.organisation_id = ${q.organisationId} AND a.active),
               'activeAreasWithInitiatives', (SELECT count(DISTINCT i.service_area_id)::int FROM initiative i JOIN service_area a ON a.id = i.service_area_id
                                               WHERE i.organisation_id = ${q.organisationId} AND a.active),
               'publishedInitiatives', (SELECT count(*)::int FROM initiative i WHERE i.organisation_id = ${q.organisationId} AND i.published)
             ) AS facts) m`;
  }
}
