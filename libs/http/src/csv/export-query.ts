import { BadInputError } from '@app/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an export covers: the whole organisation, or one of its programmes. */
export interface ExportQuery {
  programmeId: string | null;
}

/**
 * The query of a `GET /exports/<kind>.csv` route: nothing (the organisation) or `?programmeId=<id>`.
 * A parameter the route does not know is refused by name rather than ignored, so a typo never
 * quietly exports the whole organisation. Whether the programme is the caller's is for the
 * route's service to ask (another organisation's is NOT_FOUND).
 */
export function exportQuery(query: unknown, known: readonly string[] = ['programmeId']): ExportQuery {
  const given = query && typeof query === 'object' ? (query as Record<string, unknown>) : {};
  for (const name of Object.keys(given)) {
    if (!known.includes(name))
      throw BadInputError.field(
        name.slice(0, 40),
        known.length
          ? `is not a parameter of this export; it takes ${known.join(', ')} or nothing`
          : 'is not a parameter of this export, which takes none',
      );
  }
  const value = given.programmeId;
  if (value === undefined) return { programmeId: null };
  if (typeof value !== 'string') throw BadInputError.field('programmeId', 'must be given once');
  if (!UUID.test(value.trim()))
    throw BadInputError.field('programmeId', 'must be the id of a programme, such as 6f1c2b9e-2f55-4c0e-9a8e-0a6f3d2c1b00');
  return { programmeId: value.trim().toLowerCase() };
}
