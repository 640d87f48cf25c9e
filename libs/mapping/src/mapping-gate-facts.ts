import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type FactsOf, type GateFactsQuery, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { compareActivityWithMap, type HiddenCoproductionFacts, MIN_ANSWERS_PER_AREA } from '@app/workflow';
import { policyAreaNamed } from './map/coproduction-map.service';
import { type ResidentAreaActivityRow, ResidentActivityRegistry } from './map/resident-activity.registry';

interface RawFacts extends Omit<FactsOf<'mapping'>, 'hiddenCoproduction'> {
  survey?: { activity: ResidentAreaActivityRow[] | null; areas: Array<{ name: string; recorded: number }> | null };
}

/** The latest survey beside each active area, through libs/workflow's rule (as the map shows it). */
export function hiddenCoproductionFacts(
  activity: readonly ResidentAreaActivityRow[],
  areas: ReadonlyArray<{ name: string; recorded: number }>,
): HiddenCoproductionFacts {
  const verdicts = areas.flatMap((area) => {
    const policyArea = policyAreaNamed(area.name);
    const row = policyArea && activity.find((a) => a.area === policyArea);
    if (!row) return [];
    const verdict = compareActivityWithMap(
      area.name,
      { respondents: row.respondents, answers: row.answers, oftenAnswers: row.often_answers },
      area.recorded,
    );
    return verdict ? [{ area: area.name, ...verdict }] : [];
  });
  return {
    compared: verdicts.length > 0,
    lookHereFirst: verdicts
      .filter((v) => v.lookHereFirst)
      .map(({ area, oftenShare, respondents, mappedInitiatives }) => ({ area, oftenShare, respondents, mappedInitiatives })),
  };
}

/**
 * The map's evidence for Map-it checklist rules. The map belongs to the organisation, so every
 * programme of it sees the same facts, counted once in the gates' statement whatever the number
 * of programmes.
 */
@Injectable()
export class MappingGateFacts implements GateFactsSource<'mapping'>, OnModuleInit {
  readonly provides = 'mapping' as const;
  readonly scope = 'organisation' as const;
  readonly none: FactsOf<'mapping'> = {
    activeServiceAreas: 0,
    activeAreasWithInitiatives: 0,
    publishedInitiatives: 0,
    hiddenCoproduction: { compared: false, lookHereFirst: [] },
  };

  constructor(
    private readonly registry: GateFactsRegistry,
    private readonly residents: ResidentActivityRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  gateFactsSql(q: GateFactsQuery): string {
    const source = this.residents.source;
    // The latest survey's activity per policy area and the active areas' recorded initiatives, finished by readFacts.
    const survey = source
      ? `, 'survey', json_build_object(
               'activity', (SELECT json_agg(x) FROM (${source.areaActivitySql(q.organisationId, q.param(MIN_ANSWERS_PER_AREA))}) x),
               'areas', (SELECT json_agg(json_build_object('name', a.name,
                          'recorded', (SELECT count(*)::int FROM initiative i WHERE i.organisation_id = ${q.organisationId} AND i.service_area_id = a.id)))
                           FROM service_area a WHERE a.organisation_id = ${q.organisationId} AND a.active))`
      : '';
    return `SELECT ids.id AS programme_id, m.facts
              FROM unnest(${q.programmeIds}) AS ids(id)
             CROSS JOIN (SELECT json_build_object(
               'activeServiceAreas', (SELECT count(*)::int FROM service_area a WHERE a.organisation_id = ${q.organisationId} AND a.active),
               'activeAreasWithInitiatives', (SELECT count(DISTINCT i.service_area_id)::int FROM initiative i JOIN service_area a ON a.id = i.service_area_id
                                               WHERE i.organisation_id = ${q.organisationId} AND a.active),
               'publishedInitiatives', (SELECT count(*)::int FROM initiative i WHERE i.organisation_id = ${q.organisationId} AND i.published)
               ${survey}
             ) AS facts) m`;
  }

  readFacts(json: unknown): FactsOf<'mapping'> {
    const { survey, ...counts } = json as RawFacts;
    return { ...counts, hiddenCoproduction: hiddenCoproductionFacts(survey?.activity ?? [], survey?.areas ?? []) };
  }
}
