import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';

/** A feature that enrols people in pilots (People it) tells pilots how many each one has reached. */
export interface PilotReachSource {
  /** People enrolled per pilot among `pilotIds` (pilots with none may be left out). */
  enrolledCount(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, number>>;
}

/**
 * How many people a pilot reached: the participants enrolled once there are any, otherwise
 * the number recorded by hand. The libraries that enrol people depend on pilots, not the
 * reverse, so they register here at start-up (`register` in their `onModuleInit`), as gate facts do.
 */
@Injectable()
export class PilotReach {
  private readonly sources: PilotReachSource[] = [];

  register(source: PilotReachSource): void {
    this.sources.push(source);
  }

  /** People enrolled per pilot, summed over the registered sources; empty when none is registered. */
  async enrolled(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const counts of await Promise.all(this.sources.map((source) => source.enrolledCount(ctx, pilotIds)))) {
      for (const [pilotId, count] of counts) totals.set(pilotId, (totals.get(pilotId) ?? 0) + count);
    }
    return totals;
  }
}

export function participantsReached(recorded: number | null, enrolled: number): number | null {
  return enrolled > 0 ? enrolled : recorded;
}
