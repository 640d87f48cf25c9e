import type { RequestContext } from '@app/common';
import type { Database } from '@app/database';

/**
 * The organisation's programmes among `ids`. Read straight from the table: libs/programmes
 * reads this library's counts for its checklist rules, so importing it here would make a cycle.
 */
export async function ownProgrammeIds(db: Database, ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const rows = await db.query<{ id: string }>(ctx, `SELECT id FROM programme WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [ctx.tenantId, unique]);
  return new Set(rows.map((r) => r.id));
}

/** `search` split into words, each escaped for ILIKE: every word must appear. */
export function searchPatterns(search: string | undefined): string[] {
  return (search ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
