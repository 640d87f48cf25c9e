import { Injectable } from '@nestjs/common';
import { AppConfig, NotFoundError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { newSecret, OrganisationsService, sha256 } from '@app/identity';
import type { IssuedFeedToken, PublishedFeed, PublishedInitiative } from './feed.model';
import { FEED_TOKEN_SHAPE, type FeedOrganisation } from './feed-token';

export const FEED_TOKEN_PREFIX = 'cpf_';

/**
 * The organisation's published feed: read-only, without a session, through a per-organisation
 * token that only its sha256 is kept of, and that an ADMIN rotates (the old one stops at once).
 * Only published initiatives, only public fields.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly config: AppConfig,
    private readonly organisations: OrganisationsService,
  ) {}

  async rotate(ctx: RequestContext): Promise<IssuedFeedToken> {
    return this.db.transaction(ctx, async () => {
      const token = newSecret(FEED_TOKEN_PREFIX);
      const rotatedAt = new Date();
      await this.db.query(
        ctx,
        `INSERT INTO feed_token (organisation_id, token_hash, rotated_at) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id) DO UPDATE SET token_hash = excluded.token_hash, rotated_at = excluded.rotated_at`,
        [ctx.tenantId, sha256(token), rotatedAt],
      );
      await this.history.record(ctx, { type: 'FEED_TOKEN_ROTATED', payload: { rotatedAt: rotatedAt.toISOString() } });
      return { token, feedUrl: this.feedUrl(token), rotatedAt };
    });
  }

  /** When the organisation's token was last issued, or null: never the token, which only its hash is kept of. */
  async issuedAt(ctx: RequestContext): Promise<Date | null> {
    const [row] = await this.db.query<{ rotated_at: Date }>(ctx, `SELECT rotated_at FROM feed_token WHERE organisation_id = $1`, [
      ctx.tenantId,
    ]);
    return row ? new Date(row.rotated_at) : null;
  }

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/feeds/${token}/initiatives.json`;
  }

  /**
   * The organisation a feed token opens, or null when it opens none. The one lookup every public
   * feed uses (initiatives, rules of engagement…), so that they all accept and refuse the same
   * tokens: only the token's sha256 is stored, and a rotated token stops working at once.
   */
  async organisationFor(ctx: RequestContext, token: unknown): Promise<FeedOrganisation | null> {
    if (typeof token !== 'string' || !FEED_TOKEN_SHAPE.test(token)) return null;
    const [row] = await this.db.query<{ organisation_id: string }>(
      ctx.across('PUBLIC_LINKS'),
      `SELECT organisation_id FROM feed_token WHERE token_hash = $1`,
      [sha256(token)],
    );
    if (!row) return null;
    const { id, name } = await this.organisations.current(ctx.within(row.organisation_id));
    return { id, name };
  }

  /** The feed the token opens, or null when no organisation's token it is. */
  async feed(ctx: RequestContext, token: string): Promise<PublishedFeed | null> {
    const organisation = await this.organisationFor(ctx, token);
    if (!organisation) return null;
    const initiatives = await this.db.query<PublishedInitiative>(
      ctx.within(organisation.id),
      `SELECT i.id, i.name, i.description, sa.name AS "serviceAreaName", i.forms, i.participation, i.status,
              i.people_involved AS "peopleInvolved", i.updated_at AS "updatedAt"
         FROM initiative i JOIN service_area sa ON sa.id = i.service_area_id
        WHERE i.organisation_id = $1 AND i.published
        ORDER BY sa.position, sa.name_key, lower(i.name), i.id`,
      [organisation.id],
    );
    return { organisation: { name: organisation.name }, count: initiatives.length, initiatives };
  }

  /** The same for GraphQL, where an unknown token is NOT_FOUND. */
  async publishedInitiatives(ctx: RequestContext, token: string): Promise<PublishedInitiative[]> {
    const feed = await this.feed(ctx, token);
    if (!feed) throw new NotFoundError('Published feed');
    return feed.initiatives;
  }
}
