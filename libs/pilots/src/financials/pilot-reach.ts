import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';

/** Counts participants enrolled per pilot; the people library provides it (it depends on pilots, not the reverse). */
export interface EnrolmentCounts {
  enrolledCount(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, number>>;
}

/**
 * How many people a pilot reached: the participants enrolled once there are any, otherwise
 * the number recorded by hand.
 */
@Injectable()
export class PilotReach {
  private counts: EnrolmentCounts | null = null;

  provideEnrolmentCounts(counts: EnrolmentCounts): void {
    this.counts = counts;
  }

  async enrolled(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, number>> {
    return this.counts ? this.counts.enrolledCount(ctx, pilotIds) : new Map();
  }
}

export function participantsReached(recorded: number | null, enrolled: number): number | null {
  return enrolled > 0 ? enrolled : recorded;
}
