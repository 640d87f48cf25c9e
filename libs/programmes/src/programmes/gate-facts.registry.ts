import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import type { FactGroup, GateFacts } from '@app/workflow';

/** Facts one feature knows about programmes (e.g. the map, the pilots), for the evidenced checklist rules. */
export interface GateFactsSource {
  /** The one fact group it supplies. */
  readonly provides: FactGroup;
  /** Facts for each of these programmes of the request's organisation, in a bounded number of queries. */
  gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, Partial<GateFacts>>>;
}

/**
 * Where features that hold evidence register it, so that gates can read the map, the pilots
 * and so on without the programmes library depending on those libraries.
 */
@Injectable()
export class GateFactsRegistry {
  private readonly sources: GateFactsSource[] = [];

  register(source: GateFactsSource): void {
    this.sources.push(source);
  }

  /** Asks only the sources whose facts the checklists in play need. */
  async collect(ctx: RequestContext, programmeIds: readonly string[], needed: ReadonlySet<FactGroup>): Promise<Map<string, Partial<GateFacts>>> {
    const merged = new Map<string, Partial<GateFacts>>(programmeIds.map((id) => [id, {}]));
    const sources = this.sources.filter((source) => needed.has(source.provides));
    const all = await Promise.all(sources.map((source) => source.gateFacts(ctx, programmeIds)));
    for (const facts of all) {
      for (const [programmeId, groups] of facts) Object.assign(merged.get(programmeId) ?? {}, groups);
    }
    return merged;
  }
}
