import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { compareActivityWithMap, DEFAULT_POLICY_AREAS, MIN_ANSWERS_PER_AREA } from '@app/workflow';
import { COPRODUCTION_FORMS, type CoproductionForm, FORM_KEYS } from '../forms';
import { isCoproductionSql } from '../initiatives/initiative.model';
import { notFoundAt } from '../service-areas/service-areas.service';
import type { CoproductionMap, HiddenCoproductionSignal, MapArea, MapFormCount } from './coproduction-map.model';
import { type ResidentAreaActivityRow, ResidentActivityRegistry } from './resident-activity.registry';

interface AreaRow {
  id: string;
  name: string;
  active: boolean;
  position: number;
  version: number;
  createdAt: Date;
  coproductionCount: number;
  peopleInvolved: number;
  selfOrganisedCount: number;
  selfOrganisedPeopleInvolved: number;
  publishedCount: number;
}

interface CellRow {
  serviceAreaId: string;
  form: CoproductionForm;
  initiativeCount: number;
  peopleInvolved: number;
}

/**
 * The coproduction map in two statements, whatever the number of areas: one for the areas
 * with their totals, one for the area × form cells (unnest(forms) GROUP BY). Forms are stored
 * with their parents, so a form's count includes initiatives recorded under its sub-forms,
 * each once. Self-organisation is counted apart and never in a cell.
 */
@Injectable()
export class CoproductionMapService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly residents: ResidentActivityRegistry,
  ) {}

  async map(ctx: RequestContext, programmeId: string | null = null): Promise<CoproductionMap> {
    if (programmeId && !(await this.programmes.ownIds(ctx, [programmeId])).has(programmeId))
      throw notFoundAt('Programme', programmeId, 'programmeId');
    const areaRows = await this.areaTotals(ctx, programmeId);
    const source = this.residents.source;
    const activity = source
      ? await this.db.query<ResidentAreaActivityRow>(ctx, source.areaActivitySql('$1', '$2'), [ctx.tenantId, MIN_ANSWERS_PER_AREA])
      : [];
    const cells = await this.db.query<CellRow>(
      ctx,
      `SELECT i.service_area_id AS "serviceAreaId", f.form, count(*)::int AS "initiativeCount", coalesce(sum(i.people_involved), 0)::int AS "peopleInvolved"
         FROM initiative i CROSS JOIN LATERAL unnest(i.forms) AS f(form)
        WHERE i.organisation_id = $1 AND ($2::uuid IS NULL OR i.programme_id = $2::uuid) AND ${isCoproductionSql('i')}
        GROUP BY i.service_area_id, f.form`,
      [ctx.tenantId, programmeId],
    );

    const areas: MapArea[] = areaRows.map((row) => ({
      serviceArea: {
        id: row.id,
        name: row.name,
        active: row.active,
        position: row.position,
        version: row.version,
        createdAt: row.createdAt,
      },
      coproductionCount: row.coproductionCount,
      peopleInvolved: row.peopleInvolved,
      selfOrganisedCount: row.selfOrganisedCount,
      selfOrganisedPeopleInvolved: row.selfOrganisedPeopleInvolved,
      forms: formCounts(cells.filter((c) => c.serviceAreaId === row.id)),
      hiddenCoproduction: hiddenCoproduction(row.name, row.coproductionCount + row.selfOrganisedCount, activity),
    }));
    const sum = (key: keyof AreaRow) => areaRows.reduce((total, row) => total + (row[key] as number), 0);
    return {
      programmeId,
      areas,
      forms: formCounts(cells),
      coproductionCount: sum('coproductionCount'),
      peopleInvolved: sum('peopleInvolved'),
      selfOrganisedCount: sum('selfOrganisedCount'),
      selfOrganisedPeopleInvolved: sum('selfOrganisedPeopleInvolved'),
      publishedCount: sum('publishedCount'),
    };
  }

  /** Areas with their totals: every active area, and inactive ones that hold initiatives. */
  private areaTotals(ctx: RequestContext, programmeId: string | null): Promise<AreaRow[]> {
    const coproduction = isCoproductionSql('i');
    return this.db.query<AreaRow>(
      ctx,
      `SELECT sa.id, sa.name, sa.active, sa.position, sa.version, sa.created_at AS "createdAt",
              count(i.id) FILTER (WHERE ${coproduction})::int AS "coproductionCount",
              coalesce(sum(i.people_involved) FILTER (WHERE ${coproduction}), 0)::int AS "peopleInvolved",
              count(i.id) FILTER (WHERE NOT ${coproduction})::int AS "selfOrganisedCount",
              coalesce(sum(i.people_involved) FILTER (WHERE NOT ${coproduction}), 0)::int AS "selfOrganisedPeopleInvolved",
              count(i.id) FILTER (WHERE i.published)::int AS "publishedCount"
         FROM service_area sa
         LEFT JOIN initiative i ON i.service_area_id = sa.id AND i.organisation_id = sa.organisation_id AND ($2::uuid IS NULL OR i.programme_id = $2::uuid)
        WHERE sa.organisation_id = $1
        GROUP BY sa.id
       HAVING sa.active OR count(i.id) > 0
        ORDER BY sa.position, sa.name_key, sa.id`,
      [ctx.tenantId, programmeId],
    );
  }
}

/**
 * A service area beside the survey's policy area of the same name (e.g. the default area "Health"
 * and the survey's HEALTH): libs/workflow's `compareActivityWithMap`, or null when there is no
 * survey, no such area in it, or too few respondents.
 */
export function hiddenCoproduction(
  areaName: string,
  mappedInitiatives: number,
  activity: readonly ResidentAreaActivityRow[],
): HiddenCoproductionSignal | null {
  const policyArea = policyAreaNamed(areaName);
  const row = policyArea && activity.find((a) => a.area === policyArea);
  if (!row) return null;
  const verdict = compareActivityWithMap(
    areaName,
    { respondents: row.respondents, answers: row.answers, oftenAnswers: row.often_answers },
    mappedInitiatives,
  );
  return verdict && { ...verdict, surveyId: row.survey_id, surveyTitle: row.survey_title, policyArea: row.area };
}

/** The survey policy area whose label is this service area's name (case and spaces aside). */
export function policyAreaNamed(name: string): string | null {
  const key = name.trim().toLowerCase();
  return DEFAULT_POLICY_AREAS.find((a) => a.label.toLowerCase() === key)?.key ?? null;
}

/** Every form and sub-form in catalogue order, with the cells' counts added up (zero where none). */
function formCounts(cells: readonly CellRow[]): MapFormCount[] {
  return FORM_KEYS.map((form) => {
    const own = cells.filter((c) => c.form === form);
    return {
      form,
      parentForm: COPRODUCTION_FORMS[form].parent,
      initiativeCount: own.reduce((n, c) => n + c.initiativeCount, 0),
      peopleInvolved: own.reduce((n, c) => n + c.peopleInvolved, 0),
    };
  });
}
