import type { RequestContext } from '@app/common';
import type { Database } from '@app/database';
import { sha256 } from '@app/identity';

/** What a feed token can look like; anything else is not looked up at all. */
export const FEED_TOKEN_SHAPE = /^[\w-]{16,128}$/;

export interface FeedOrganisation {
  id: string;
  name: string;
}

/**
 * The organisation a feed token opens, or null when it opens none. The one lookup every public
 * feed uses (initiatives, rules of engagement…), so that they all accept and refuse the same
 * tokens: only the token's sha256 is stored, and a rotated token stops working at once.
 */
export async function organisationForFeedToken(db: Database, ctx: RequestContext, token: unknown): Promise<FeedOrganisation | null> {
  if (typeof token !== 'string' || !FEED_TOKEN_SHAPE.test(token)) return null;
  const [organisation] = await db.query<FeedOrganisation>(
    ctx.across('PUBLIC_LINKS'),
    `SELECT o.id, o.name FROM feed_token ft JOIN organisation o ON o.id = ft.organisation_id WHERE ft.token_hash = $1`,
    [sha256(token)],
  );
  return organisation ?? null;
}
