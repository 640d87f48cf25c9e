import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import type { FactGroup, GateFacts } from '@app/workflow';

/** A source's answer: its one group of facts for every programme asked about (zeros where it holds nothing). */
export type GateFactsOf<G extends FactGroup> = Map<string, Required<Pick<GateFacts, G>>>;

/**
 * Facts one feature knows about programmes (e.g. the map, the pilots), for the evidenced checklist
 * rules. Each feature library implements it once, as `<Library>GateFacts` in
 * `libs/<library>/src/<library>-gate-facts.ts`, registering with the registry in `onModuleInit`
 * and answering `GateFactsOf<its group>`; it reads other libraries' records only through their
 * exported services.
 */
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
  async collect(
    ctx: RequestContext,
    programmeIds: readonly string[],
    needed: ReadonlySet<FactGroup>,
  ): Promise<Map<string, Partial<GateFacts>>> {
    const merged = new Map<string, Partial<GateFacts>>(programmeIds.map((id) => [id, {}]));
    const sources = this.sources.filter((source) => needed.has(source.provides));
    const all = await Promise.all(sources.map((source) => source.gateFacts(ctx, programmeIds)));
    for (const facts of all) {
      for (const [programmeId, groups] of facts) Object.assign(merged.get(programmeId) ?? {}, groups);
    }
    return merged;
  }
}
