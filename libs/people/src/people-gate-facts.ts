import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type GateFactsOf, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * People-it evidence for the checklist rules (PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS): per
 * programme, its pilots going ahead (people are found while the pilot is designed, and stay
 * found after it has run), from libs/pilots, and how many of them have someone enrolled and not
 * withdrawn, asked beside each pilot: one statement whatever the number of programmes.
 */
@Injectable()
export class PeopleGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'people' as const;

  constructor(
    private readonly pilots: ProgrammePilotsService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<GateFactsOf<'people'>> {
    const counts = await this.pilots.countGoingAhead(
      ctx,
      programmeIds,
      () => `SELECT EXISTS (
               SELECT 1 FROM enrolment e WHERE e.pilot_id = pp.pilot_id AND e.organisation_id = pp.organisation_id AND e.withdrawn_at IS NULL
             ) AS evidenced`,
    );
    return new Map(
      [...counts].map(([programmeId, count]) => [
        programmeId,
        { people: { approvedOrBeyond: count.goingAhead, approvedOrBeyondWithParticipants: count.evidenced } },
      ]),
    );
  }
}
