import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammePilotsService } from '@app/pilots';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';

/**
 * People-it evidence for the checklist rules (PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS): per
 * programme, its pilots going ahead (people are found while the pilot is designed, and stay
 * found after it has run), from libs/pilots, and how many of them have someone enrolled and not
 * withdrawn, asked beside each pilot, in the gates' statement whatever the number of programmes.
 */
@Injectable()
export class PeopleGateFacts implements GateFactsSource<'people'>, OnModuleInit {
  readonly provides = 'people' as const;
  readonly none: FactsOf<'people'> = { approvedOrBeyond: 0, approvedOrBeyondWithParticipants: 0 };

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
               SELECT 1 FROM enrolment e WHERE e.pilot_id = pp.pilot_id AND e.organisation_id = pp.organisation_id AND e.withdrawn_at IS NULL
             ) AS evidenced`,
    );
    return `SELECT c.programme_id, json_build_object('approvedOrBeyond', c.going_ahead, 'approvedOrBeyondWithParticipants', c.evidenced) AS facts
              FROM (${counts}) c`;
  }
}

/**
 * People-it evidence for PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES (skills, motivation and time at
 * the design stage): per programme, its pilots going ahead (libs/pilots) and how many of them have
 * their needs set (skills or hours a month) and someone enrolled, not withdrawn, whose motivation
 * and hours available are recorded: what matching weighs. Read in the gates' statement.
 */
@Injectable()
export class MatchingGateFacts implements GateFactsSource<'matching'>, OnModuleInit {
  readonly provides = 'matching' as const;
  readonly none: FactsOf<'matching'> = { approvedOrBeyond: 0, approvedOrBeyondWithNeedsAndMatches: 0 };

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
               SELECT 1 FROM pilot_need n
                WHERE n.pilot_id = pp.pilot_id AND n.organisation_id = pp.organisation_id
                  AND (cardinality(n.skill_ids) > 0 OR n.hours_per_month > 0)
             ) AND EXISTS (
               SELECT 1 FROM enrolment e JOIN participant p ON p.id = e.participant_id AND p.organisation_id = e.organisation_id
                WHERE e.pilot_id = pp.pilot_id AND e.organisation_id = pp.organisation_id AND e.withdrawn_at IS NULL
                  AND p.motivation IS NOT NULL AND p.hours_per_month IS NOT NULL
             ) AS evidenced`,
    );
    return `SELECT c.programme_id, json_build_object('approvedOrBeyond', c.going_ahead, 'approvedOrBeyondWithNeedsAndMatches', c.evidenced) AS facts
              FROM (${counts}) c`;
  }
}
