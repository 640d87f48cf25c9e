import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { ServiceAreasService } from '@app/mapping';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import type { EntityManager } from 'typeorm';
import { refuseIfArchived } from '../programme-guard';
import type {
  CreatePriorityAreaInput,
  ScorePriorityAreaInput,
  SelectPriorityAreaInput,
  UpdatePriorityAreaInput,
} from './priority-area.inputs';
import type { PriorityArea, PriorityScoreSheet } from './priority-area.model';
import { PriorityAreaEntity } from './priority-area.entity';
import { PRIORITY_CRITERIA, rankPriorityAreas, type ScoreTotals, summariseScores } from './priority-scoring';

/** One statement: the areas with the sums of their scores (their service areas' names come from libs/mapping). */
const AREA_QUERY = `
  SELECT pa.id, pa.organisation_id AS "organisationId", pa.programme_id AS "programmeId",
         pa.service_area_id AS "serviceAreaId",
         pa.rationale, pa.selected, pa.version, pa.created_at AS "createdAt", pa.updated_at AS "updatedAt",
         COALESCE(s.scorers, 0)::int AS scorers,
         ${PRIORITY_CRITERIA.map((c) => `COALESCE(s.${c}_sum, 0)::int AS "${c}Sum", COALESCE(s.${c}_squares, 0)::int AS "${c}Squares", s.${c}_min AS "${c}Min", s.${c}_max AS "${c}Max"`).join(',\n         ')}
    FROM priority_area pa
    LEFT JOIN (
      SELECT priority_area_id, count(*) AS scorers,
             ${PRIORITY_CRITERIA.map((c) => `sum(${c}) AS ${c}_sum, sum(${c} * ${c}) AS ${c}_squares, min(${c})::int AS ${c}_min, max(${c})::int AS ${c}_max`).join(',\n             ')}
        FROM priority_score WHERE organisation_id = $1 GROUP BY priority_area_id
    ) s ON s.priority_area_id = pa.id
   WHERE pa.organisation_id = $1`;

type AreaRow = Omit<PriorityArea, 'serviceAreaName' | 'summary' | 'need' | 'feasibility' | 'appetite' | 'impact' | 'overallScore'> &
  Record<string, unknown>;

export interface PriorityAreaFilter {
  selected?: boolean;
}

/**
 * Priority areas (Focus it): proposed, edited, scored by each member, selected for piloting.
 * Every change locks the programme row first (as tasks and pilots do) and writes one event in
 * the programme's history; score figures and ranking come from `priority-scoring.ts`.
 */
@Injectable()
export class PriorityAreasService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly serviceAreas: ServiceAreasService,
  ) {}

  create(ctx: RequestContext, input: CreatePriorityAreaInput): Promise<PriorityArea> {
    return this.db.transaction(ctx, async (em) => {
      const programme = refuseIfArchived(await this.programmes.lock(em, ctx, input.programmeId));
      await this.requireServiceArea(ctx, programme, input.serviceAreaId, null);
      const areas = this.db.tenant(ctx, PriorityAreaEntity);
      const area = await areas.save(
        areas.create({
          programmeId: programme.id,
          serviceAreaId: input.serviceAreaId,
          rationale: input.rationale?.trim() ?? '',
          selected: false,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.programmes.record(ctx, programme, 'PRIORITY_AREA_CREATED', { priorityAreaId: area.id, serviceAreaId: area.serviceAreaId });
      return this.get(ctx, area.id);
    });
  }

  async update(ctx: RequestContext, input: UpdatePriorityAreaInput): Promise<PriorityArea> {
    const changes = definedOnly({ serviceAreaId: input.serviceAreaId, rationale: input.rationale?.trim() });
    if (!Object.keys(changes).length) throw BadInputError.field('input', 'names nothing to change: give serviceAreaId or rationale');
    return this.db.transaction(ctx, async (em) => {
      const { area, programme } = await this.lockArea(em, ctx, input.priorityAreaId);
      if (changes.serviceAreaId && changes.serviceAreaId !== area.serviceAreaId) {
        await this.requireServiceArea(ctx, programme, changes.serviceAreaId, area.id);
      }
      await updateVersioned(
        em,
        PriorityAreaEntity,
        'Priority area',
        { id: area.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      await this.programmes.record(ctx, programme, 'PRIORITY_AREA_UPDATED', { priorityAreaId: area.id, fields: Object.keys(changes) });
      return this.get(ctx, area.id);
    });
  }

  /** The caller's scores for the area; scoring again replaces them (one sheet per member). */
  async score(ctx: RequestContext, input: ScorePriorityAreaInput): Promise<PriorityArea> {
    const userId = ctx.userId; // a person scores, not an integration
    return this.db.transaction(ctx, async (em) => {
      const { area, programme } = await this.lockArea(em, ctx, input.priorityAreaId);
      const [row] = await em.query(
        `INSERT INTO priority_score (organisation_id, priority_area_id, user_id, need, feasibility, appetite, impact, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (priority_area_id, user_id)
         DO UPDATE SET need = EXCLUDED.need, feasibility = EXCLUDED.feasibility, appetite = EXCLUDED.appetite, impact = EXCLUDED.impact, updated_at = now()
         RETURNING (xmax::text <> '0') AS replaced`,
        [ctx.tenantId, area.id, userId, input.need, input.feasibility, input.appetite, input.impact],
      );
      // Ids only: who scored is the user id, never a name, and the scores themselves stay out of history.
      await this.programmes.record(ctx, programme, 'PRIORITY_SCORED', {
        priorityAreaId: area.id,
        userId,
        replaced: row?.replaced === true,
      });
      return this.get(ctx, area.id);
    });
  }

  select(ctx: RequestContext, input: SelectPriorityAreaInput): Promise<PriorityArea> {
    return this.db.transaction(ctx, async (em) => {
      const { area, programme } = await this.lockArea(em, ctx, input.priorityAreaId);
      await updateVersioned(
        em,
        PriorityAreaEntity,
        'Priority area',
        { id: area.id, organisationId: ctx.tenantId, version: input.version },
        { selected: input.selected },
      );
      await this.programmes.record(ctx, programme, 'PRIORITY_SELECTED', {
        priorityAreaId: area.id,
        selected: input.selected,
        previouslySelected: area.selected,
      });
      return this.get(ctx, area.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<PriorityArea> {
    const [area] = await this.byIds(ctx, [id]);
    if (!area) throw new NotFoundError('Priority area', id);
    return area;
  }

  /** The organisation's areas with these ids (others' ids are simply absent). */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<PriorityArea[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<AreaRow>(ctx, `${AREA_QUERY} AND pa.id = ANY($2::uuid[])`, [ctx.tenantId, [...ids]]);
    return this.named(ctx, rows);
  }

  /** A programme's areas, ranked (priority-scoring.ts): a short list, at most one per service area. */
  async ranked(ctx: RequestContext, programmeId: string, filter: PriorityAreaFilter = {}): Promise<PriorityArea[]> {
    await this.programmes.get(ctx, programmeId); // another organisation's programme is NOT_FOUND
    const selected = filter.selected === undefined ? '' : ` AND pa.selected = ${filter.selected ? 'true' : 'false'}`;
    const rows = await this.db.query<AreaRow>(ctx, `${AREA_QUERY} AND pa.programme_id = $2${selected}`, [ctx.tenantId, programmeId]);
    return rankPriorityAreas(await this.named(ctx, rows), (area) => area.serviceAreaName);
  }

  /** The rows as areas, each with its service area's name (one question to libs/mapping for all of them). */
  private async named(ctx: RequestContext, rows: AreaRow[]): Promise<PriorityArea[]> {
    const names = new Map((await this.serviceAreas.byIds(ctx, [...new Set(rows.map((r) => r.serviceAreaId))])).map((a) => [a.id, a.name]));
    return rows.map((row) => toPriorityArea(row, names.get(row.serviceAreaId) ?? '(service area removed)'));
  }

  /** The caller's own score sheets for these areas (for "scoring again replaces"). */
  async sheetsOf(ctx: RequestContext, areaIds: readonly string[]): Promise<Map<string, PriorityScoreSheet>> {
    const userId = ctx.userIdOrNull;
    if (!userId || !areaIds.length) return new Map();
    const rows = await this.db.query<PriorityScoreSheet & { priorityAreaId: string }>(
      ctx,
      `SELECT priority_area_id AS "priorityAreaId", need, feasibility, appetite, impact
         FROM priority_score WHERE organisation_id = $1 AND user_id = $2 AND priority_area_id = ANY($3::uuid[])`,
      [ctx.tenantId, userId, [...areaIds]],
    );
    return new Map(rows.map(({ priorityAreaId, ...sheet }) => [priorityAreaId, sheet]));
  }

  /** For pilots: the area must be one of this programme's (BAD_USER_INPUT naming `field` otherwise). */
  async requireInProgramme(ctx: RequestContext, programmeId: string, priorityAreaId: string, field: string): Promise<void> {
    const area = await this.db.tenant(ctx, PriorityAreaEntity).findOneBy({ id: priorityAreaId });
    if (!area || area.programmeId !== programmeId) throw BadInputError.field(field, 'is not a priority area of this programme');
  }

  /**
   * The area and its programme, the programme row locked for the rest of the transaction. Every
   * change to an area takes the same lock, so the row read after it cannot move underneath.
   */
  private async lockArea(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<{ area: PriorityAreaEntity; programme: ProgrammeEntity }> {
    const areas = this.db.tenant(ctx, PriorityAreaEntity);
    const found = await areas.get({ id }, 'Priority area');
    const programme = refuseIfArchived(await this.programmes.lock(em, ctx, found.programmeId));
    const area = await areas.get({ id }, 'Priority area');
    return { area, programme };
  }

  /** One of the organisation's service areas, not yet proposed in this programme. */
  private async requireServiceArea(
    ctx: RequestContext,
    programme: ProgrammeEntity,
    serviceAreaId: string,
    exceptAreaId: string | null,
  ): Promise<void> {
    const field = 'input.serviceAreaId';
    if (!(await this.serviceAreas.byIds(ctx, [serviceAreaId])).length)
      throw BadInputError.field(field, "is not one of the organisation's service areas");
    const taken = await this.db.tenant(ctx, PriorityAreaEntity).findOneBy({ programmeId: programme.id, serviceAreaId });
    if (taken && taken.id !== exceptAreaId) {
      throw BadInputError.field(field, `is already a priority area of this programme (${taken.id}): score that one instead`);
    }
  }
}

function toPriorityArea(row: AreaRow, serviceAreaName: string): PriorityArea {
  const totals: ScoreTotals = {
    scorers: row.scorers,
    criteria: Object.fromEntries(
      PRIORITY_CRITERIA.map((c) => [
        c,
        {
          sum: Number(row[`${c}Sum`]),
          sumOfSquares: Number(row[`${c}Squares`]),
          min: (row[`${c}Min`] as number | null) ?? null,
          max: (row[`${c}Max`] as number | null) ?? null,
        },
      ]),
    ) as ScoreTotals['criteria'],
  };
  const summary = summariseScores(totals);
  return {
    id: row.id,
    organisationId: row.organisationId,
    programmeId: row.programmeId,
    serviceAreaId: row.serviceAreaId,
    serviceAreaName,
    rationale: row.rationale,
    selected: row.selected,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    scorers: summary.scorers,
    need: summary.criteria.need,
    feasibility: summary.criteria.feasibility,
    appetite: summary.criteria.appetite,
    impact: summary.criteria.impact,
    overallScore: summary.overall,
    summary,
  };
}
