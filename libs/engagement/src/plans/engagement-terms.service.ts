import { Injectable } from '@nestjs/common';
import { BadInputError, InvalidTransitionError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { PilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { PILOT_STATUSES, rulesOfEngagementArePublic, termsPublicationRefusal } from '@app/workflow';
import { EngagementTermsEntity } from './engagement-terms.entity';
import type { PublishEngagementTermsInput, SaveEngagementTermsInput } from './engagement-plan.inputs';
import type { EngagementTerms } from './engagement-plan.model';
import { EngagementPlansService } from './engagement-plans.service';

/** Pilots whose published terms the public feed shows (libs/workflow `rulesOfEngagementArePublic`). */
const PUBLIC_TERMS_STATUSES: ReadonlySet<string> = new Set(PILOT_STATUSES.filter(rulesOfEngagementArePublic));

/** A pilot's published terms as the public sees them (the newest published version). */
export interface PublishedTerms {
  pilotId: string;
  pilotName: string;
  version: number;
  expectations: string;
  rulesOfEngagement: string;
  publishedAt: Date;
}

/**
 * What citizens can expect and the rules of engagement, as numbered versions: saving writes
 * version n+1 and never changes an earlier one; publishing marks a version public, and the
 * newest published version is the one the organisation's feed shows.
 */
@Injectable()
export class EngagementTermsService {
  constructor(
    private readonly db: Database,
    private readonly plans: EngagementPlansService,
    private readonly pilots: PilotsService,
    private readonly programmes: ProgrammesService,
  ) {}

  save(ctx: RequestContext, input: SaveEngagementTermsInput): Promise<EngagementTerms> {
    return this.db.transaction(ctx, async (em) => {
      // The pilot's lock makes the next number safe to take.
      const opened = await this.plans.change(em, ctx, input.pilotId, input.planVersion);
      const [{ next }] = await em.query(
        `SELECT coalesce(max(version_number), 0)::int + 1 AS next FROM engagement_terms WHERE plan_id = $1`,
        [opened.plan.id],
      );
      const terms = this.db.tenant(ctx, EngagementTermsEntity);
      const row = await terms.save(
        terms.create({
          planId: opened.plan.id,
          versionNumber: next as number,
          expectations: input.expectations.trim(),
          rulesOfEngagement: input.rulesOfEngagement.trim(),
          publishedAt: null,
        }),
      );
      await this.plans.record(ctx, opened, 'ENGAGEMENT_TERMS_SAVED', { termsId: row.id, termsVersion: row.versionNumber });
      return toTerms(row);
    });
  }

  /** Publishes one saved version; publishing one already published changes nothing. */
  publish(ctx: RequestContext, input: PublishEngagementTermsInput): Promise<EngagementTerms> {
    return this.db.transaction(ctx, async (em) => {
      const opened = await this.plans.openExisting(em, ctx, input.pilotId);
      if (!opened)
        throw BadInputError.field('input.version', 'names no saved version: the pilot has no engagement plan yet; save its terms first');
      const ended = termsPublicationRefusal(opened.pilot.status);
      if (ended) throw new InvalidTransitionError(ended);
      const allTerms = this.db.tenant(ctx, EngagementTermsEntity);
      const terms = await allTerms.findOneBy({ planId: opened.plan.id, versionNumber: input.version });
      if (!terms) {
        const [{ newest }] = await em.query(`SELECT max(version_number)::int AS newest FROM engagement_terms WHERE plan_id = $1`, [
          opened.plan.id,
        ]);
        throw BadInputError.field(
          'input.version',
          newest ? `names no saved version: the newest is ${newest}` : 'names no saved version: save the terms first',
        );
      }
      if (terms.publishedAt) return toTerms(terms);
      await this.plans.bump(em, ctx, opened);
      terms.publishedAt = new Date();
      await allTerms.update({ id: terms.id }, { publishedAt: terms.publishedAt });
      await this.plans.record(ctx, opened, 'ENGAGEMENT_TERMS_PUBLISHED', { termsId: terms.id, termsVersion: terms.versionNumber });
      return toTerms(terms);
    });
  }

  /** Every version of these plans' terms, newest first within each plan. */
  async termsOf(ctx: RequestContext, planIds: readonly string[]): Promise<EngagementTerms[]> {
    if (!planIds.length) return [];
    const rows = await this.db
      .tenant(ctx, EngagementTermsEntity)
      .queryBuilder('t')
      .andWhere('t.plan_id IN (:...planIds)', { planIds: [...planIds] })
      .orderBy('t.version_number', 'DESC')
      .getMany();
    return rows.map(toTerms);
  }

  /**
   * The newest published terms of each of an organisation's pilots that can still go ahead, in
   * a programme not archived, by pilot name: what the public feed shows. The organisation comes
   * from the feed token, not from a session, so it is given explicitly. The pilots and their
   * programmes are asked of their libraries: three statements whatever the number of pilots.
   */
  async published(ctx: RequestContext, organisationId: string): Promise<PublishedTerms[]> {
    const newest = await this.db.query<Omit<PublishedTerms, 'pilotName'>>(
      ctx,
      `SELECT DISTINCT ON (t.plan_id)
              ep.pilot_id AS "pilotId", t.version_number AS version, t.expectations,
              t.rules_of_engagement AS "rulesOfEngagement", t.published_at AS "publishedAt"
         FROM engagement_terms t
         JOIN engagement_plan ep ON ep.id = t.plan_id AND ep.organisation_id = t.organisation_id
        WHERE t.organisation_id = $1 AND t.published_at IS NOT NULL
        ORDER BY t.plan_id, t.version_number DESC`,
      [organisationId],
    );
    if (!newest.length) return [];
    const pilots = (
      await this.pilots.byIds(
        ctx,
        newest.map((t) => t.pilotId),
      )
    ).filter((p) => PUBLIC_TERMS_STATUSES.has(p.status));
    const archived = new Set(
      (
        await this.programmes.byIds(
          ctx,
          pilots.map((p) => p.programmeId),
        )
      )
        .filter((p) => p.status === 'ARCHIVED')
        .map((p) => p.id),
    );
    const shown = new Map(pilots.filter((p) => !archived.has(p.programmeId)).map((p) => [p.id, p.name]));
    return newest
      .filter((t) => shown.has(t.pilotId))
      .map((t) => ({
        pilotId: t.pilotId,
        pilotName: shown.get(t.pilotId)!,
        version: t.version,
        expectations: t.expectations,
        rulesOfEngagement: t.rulesOfEngagement,
        publishedAt: t.publishedAt,
      }))
      .sort((a, b) => compareText(a.pilotName.toLowerCase(), b.pilotName.toLowerCase()) || compareText(a.pilotId, b.pilotId));
  }
}

/** By code point, so the feed's order does not depend on the database's collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toTerms(row: EngagementTermsEntity): EngagementTerms {
  return {
    id: row.id,
    planId: row.planId,
    version: row.versionNumber,
    expectations: row.expectations,
    rulesOfEngagement: row.rulesOfEngagement,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
  };
}
