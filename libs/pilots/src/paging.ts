import { type Connection, type PageArgs, pageWindow, type RequestContext, toConnection } from '@app/common';
import type { Database } from '@app/database';

export interface ChildTable {
  /** Columns of the page, as SQL (constants only: never user input). */
  columns: string;
  table: string;
  /** The column that points at the parent, e.g. `metric_id`. */
  parent: string;
  /** A stable order within one parent. */
  order: string;
}

/**
 * The same page of children for each of several parents (e.g. the measurements of every metric
 * in a response), in two statements whatever their number: rows numbered within each parent,
 * and counts grouped by parent. Parents outside the caller's organisation get empty pages.
 */
export async function pagesByParent<T>(
  db: Database,
  ctx: RequestContext,
  child: ChildTable,
  parentIds: readonly string[],
  args: PageArgs,
): Promise<Map<string, Connection<T>>> {
  const { offset, limit } = pageWindow(args);
  const ids = [...new Set(parentIds)];
  const [rows, counts] = await Promise.all([
    db.query<T & { parentId: string }>(
      ctx,
      `SELECT * FROM (
         SELECT ${child.columns}, ${child.parent} AS "parentId", row_number() OVER (PARTITION BY ${child.parent} ORDER BY ${child.order}) AS position
           FROM ${child.table} WHERE organisation_id = $1 AND ${child.parent} = ANY($2::uuid[])
       ) page WHERE position > $3 AND position <= $4 ORDER BY "parentId", position`,
      [ctx.tenantId, ids, offset, offset + limit],
    ),
    db.query<{ parentId: string; total: number }>(
      ctx,
      `SELECT ${child.parent} AS "parentId", count(*)::int AS total FROM ${child.table}
        WHERE organisation_id = $1 AND ${child.parent} = ANY($2::uuid[]) GROUP BY ${child.parent}`,
      [ctx.tenantId, ids],
    ),
  ]);
  const pages = new Map<string, Connection<T>>();
  for (const id of ids) {
    const own = rows
      .filter((r) => r.parentId === id)
      .map(({ parentId: _, position: __, ...row }: T & { parentId: string; position?: unknown }) => row as T);
    pages.set(id, toConnection(own, counts.find((c) => c.parentId === id)?.total ?? 0, args));
  }
  return pages;
}
