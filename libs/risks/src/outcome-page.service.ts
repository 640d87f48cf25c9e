import { Injectable } from '@nestjs/common';
import { AppConfig, NotFoundError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { newSecret, OrganisationsService, sha256 } from '@app/identity';
import { InitiativesService } from '@app/mapping';
import { ProgrammesService } from '@app/programmes';
import { SurveysService } from '@app/surveys';
import { type WorkshopOutputSummary, WorkshopOutputsService } from '@app/workshops';
import { OutcomePageEntity } from './outcome-page.entity';
import type { Decider, DecisionSource, IssuedOutcomePageLink, OutcomePageLink, PublishedOutcomePage } from './register.model';
import { RegisterService } from './register.service';

/** What the page says of an initiative the organisation has not published on its map, instead of its name. */
export const UNPUBLISHED_INITIATIVE = 'A local activity (not published on the map)';

/** What a "you said, we did" token looks like: a prefix, then 32 random bytes in base64url. Anything else is not looked up. */
export const OUTCOME_PAGE_PREFIX = 'cpyd_';
const TOKEN = /^cpyd_[A-Za-z0-9_-]{43}$/;

/** Whether `token` has the shape of a "you said, we did" token. */
export function isOutcomePageToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

interface PageRow {
  sourceKind: DecisionSource;
  sourceId: string;
  decision: string;
  reason: string;
  decidedBy: Decider;
  decidedOn: string;
  result: string;
  sanction: boolean;
  subject: string | null;
  groups: string | null;
}

/** What a published decision answered, as the page shows it. */
type Origin = Omit<PublishedOutcomePage['decisions'][number]['origin'], 'kind'>;

function originOf(
  row: PageRow,
  outputs: Map<string, WorkshopOutputSummary>,
  surveys: Map<string, string>,
  initiatives: Map<string, string>,
): Origin | null {
  switch (row.sourceKind) {
    case 'WORKSHOP_OUTPUT': {
      const output = outputs.get(row.sourceId);
      return output ? { title: output.title, said: output.text, on: output.on } : null;
    }
    case 'SURVEY': {
      const title = surveys.get(row.sourceId);
      return title === undefined ? null : { title, said: null, on: null };
    }
    case 'INITIATIVE': {
      const name = initiatives.get(row.sourceId);
      return name === undefined ? null : { title: name, said: null, on: null };
    }
    case 'DISAGREEMENT':
      return row.subject === null ? null : { title: row.subject, said: row.groups, on: null };
  }
}

/**
 * A programme's "you said, we did" page: the decisions its managers chose to publish, each with
 * what it answered (a workshop's output, a survey, an initiative, a disagreement between groups),
 * for those who took part to read without signing in. The link's token is its only credential,
 * shown once; only its sha256 is kept, so a new link stops the old one and revoking stops both.
 *
 * It holds no personal data by construction: it reads only the decision's words, the body
 * that decided, dates, and the titles and texts of what it answered; never who recorded anything,
 * who took part, nor any name or address the organisation holds about people.
 */
@Injectable()
export class OutcomePageService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly register: RegisterService,
    private readonly config: AppConfig,
    private readonly organisations: OrganisationsService,
    private readonly workshopOutputs: WorkshopOutputsService,
    private readonly surveys: SurveysService,
    private readonly initiatives: InitiativesService,
  ) {}

  /** A new link (NOT_FOUND for another organisation's programme); the one before it stops working. */
  issue(ctx: RequestContext, programmeId: string): Promise<IssuedOutcomePageLink> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.register.openProgramme(em, ctx, programmeId);
      const token = newSecret(OUTCOME_PAGE_PREFIX);
      const issuedAt = new Date();
      const [before] = await this.db.query<{ n: number }>(
        ctx,
        `SELECT count(*)::int AS n FROM programme_outcome_page WHERE organisation_id = $1 AND programme_id = $2`,
        [ctx.tenantId, programme.id],
      );
      await this.db.query(
        ctx,
        `INSERT INTO programme_outcome_page (organisation_id, programme_id, token_hash, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (programme_id) DO UPDATE SET token_hash = excluded.token_hash, issued_at = excluded.issued_at, issued_by = excluded.issued_by`,
        [ctx.tenantId, programme.id, sha256(token), issuedAt, ctx.userIdOrNull],
      );
      await this.programmes.record(ctx, programme, 'OUTCOME_PAGE_ISSUED', { replaced: before.n > 0 });
      return { url: this.urlOf(token), token, issuedAt };
    });
  }

  /** Stops the programme's link; false when it had none (nothing is recorded then). */
  revoke(ctx: RequestContext, programmeId: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.programmes.lock(em, ctx, programmeId);
      const removed = await this.db.tenant(ctx, OutcomePageEntity).delete({ programmeId: programme.id });
      if (!removed) return false;
      await this.programmes.record(ctx, programme, 'OUTCOME_PAGE_REVOKED');
      return true;
    });
  }

  /** The programme's link as it stands (never the token), or null. */
  async link(ctx: RequestContext, programmeId: string): Promise<OutcomePageLink | null> {
    await this.programmes.get(ctx, programmeId);
    const [row] = await this.db.query<OutcomePageLink>(
      ctx,
      `SELECT issued_at AS "issuedAt" FROM programme_outcome_page WHERE organisation_id = $1 AND programme_id = $2`,
      [ctx.tenantId, programmeId],
    );
    return row ?? null;
  }

  /** The page a token opens, or null: one look-up by the token's hash across organisations, then a read inside the one found. */
  async page(ctx: RequestContext, token: unknown): Promise<PublishedOutcomePage | null> {
    if (!isOutcomePageToken(token)) return null;
    const [owner] = await this.db.query<{ organisationId: string; programmeId: string }>(
      ctx.across('PUBLIC_LINKS'),
      `SELECT organisation_id AS "organisationId", programme_id AS "programmeId" FROM programme_outcome_page WHERE token_hash = $1`,
      [sha256(token)],
    );
    if (!owner) return null;
    const inside = ctx.within(owner.organisationId);
    const [programme] = await this.programmes.byIds(inside, [owner.programmeId]);
    if (!programme) return null;
    const [organisation, rows] = await Promise.all([
      this.organisations.current(inside),
      this.db.query<PageRow>(
        inside,
        `SELECT d.source_kind AS "sourceKind", d.source_id AS "sourceId", d.decision, d.reason, d.decided_by AS "decidedBy",
                to_char(d.decided_on, 'YYYY-MM-DD') AS "decidedOn", d.result, d.sanction, g.subject, array_to_string(g.groups, '; ') AS groups
           FROM programme_decision d
           LEFT JOIN programme_disagreement g ON d.source_kind = 'DISAGREEMENT' AND g.id = d.source_id AND g.organisation_id = d.organisation_id
          WHERE d.organisation_id = $1 AND d.programme_id = $2 AND d.published
          ORDER BY d.decided_on DESC, d.created_at DESC, d.id`,
        [owner.organisationId, owner.programmeId],
      ),
    ]);
    const origins = await this.origins(inside, organisation.timeZone, rows);
    return {
      organisation: organisation.name,
      programme: programme.name,
      decisions: rows.map((row) => ({
        origin: { kind: row.sourceKind, ...(origins.get(row) ?? { title: 'No longer on record', said: null, on: null }) },
        decision: row.decision,
        reason: row.reason,
        decidedBy: row.decidedBy,
        decidedOn: row.decidedOn,
        result: row.result,
        sanction: row.sanction,
      })),
    };
  }

  /**
   * What each decision answered, asked of the library that owns it: one call a kind of source for
   * the whole page. Only titles, the words said and a day: nothing about who said them.
   */
  private async origins(ctx: RequestContext, timeZone: string, rows: readonly PageRow[]): Promise<Map<PageRow, Origin>> {
    const idsOf = (kind: DecisionSource) => rows.filter((row) => row.sourceKind === kind).map((row) => row.sourceId);
    const [outputs, surveys, initiatives] = await Promise.all([
      this.workshopOutputs.summaries(ctx, idsOf('WORKSHOP_OUTPUT'), timeZone),
      this.surveys.byIds(ctx, idsOf('SURVEY')).then((found) => new Map(found.map((survey) => [survey.id, survey.title]))),
      this.initiatives
        .byIds(ctx, idsOf('INITIATIVE'))
        // An initiative the organisation has not published is not named: the page is public.
        .then(
          (found) => new Map(found.map((initiative) => [initiative.id, initiative.published ? initiative.name : UNPUBLISHED_INITIATIVE])),
        ),
    ]);
    const origins = new Map<PageRow, Origin>();
    for (const row of rows) {
      const origin = originOf(row, outputs, surveys, initiatives);
      if (origin) origins.set(row, origin);
    }
    return origins;
  }

  /** The same for GraphQL, where a token that opens nothing is NOT_FOUND. */
  async publicPage(ctx: RequestContext, token: string): Promise<PublishedOutcomePage> {
    const page = await this.page(ctx, token);
    if (!page) throw new NotFoundError('"You said, we did" page');
    return page;
  }

  urlOf(token: string): string {
    return `${this.config.publicUrl}/feeds/${token}/you-said-we-did.json`;
  }
}
