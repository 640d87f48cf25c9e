import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type GateFactsOf, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * The map's evidence for Map-it checklist rules. The map belongs to the organisation, so every
 * programme of it sees the same facts: one query whatever the number of programmes.
 */
@Injectable()
export class MappingGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'mapping' as const;

  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<GateFactsOf<'mapping'>> {
    const ids = [...new Set(programmeIds)];
    if (!ids.length) return new Map();
    const [row] = await this.db.query<{ active: number; covered: number; published: number }>(
      ctx,
      `SELECT
         (SELECT count(*)::int FROM service_area a WHERE a.organisation_id = $1 AND a.active) AS active,
         (SELECT count(DISTINCT i.service_area_id)::int FROM initiative i JOIN service_area a ON a.id = i.service_area_id
           WHERE i.organisation_id = $1 AND a.active) AS covered,
         (SELECT count(*)::int FROM initiative i WHERE i.organisation_id = $1 AND i.published) AS published`,
      [ctx.tenantId],
    );
    const mapping = { activeServiceAreas: row.active, activeAreasWithInitiatives: row.covered, publishedInitiatives: row.published };
    return new Map(ids.map((id) => [id, { mapping }]));
  }
}
