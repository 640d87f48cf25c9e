import type { Step } from '../../gql/graphql';

/** A programme's work areas: one per step, then surveys, then risks and disagreements. Their paths sit under /o/:organisationId/programmes/:programmeId/. */
export const AREAS = [
  { key: 'MAP', path: 'map' },
  { key: 'FOCUS', path: 'focus' },
  { key: 'PEOPLE', path: 'people' },
  { key: 'MARKET', path: 'market' },
  { key: 'GROW', path: 'grow' },
  { key: 'SURVEYS', path: 'surveys' },
  { key: 'RISKS', path: 'risks' },
] as const satisfies ReadonlyArray<{ key: Step | 'SURVEYS' | 'RISKS'; path: string }>;

export type AreaKey = (typeof AREAS)[number]['key'];

/** The path of a programme's work area, e.g. /o/org-1/programmes/p-1/map. */
export function areaPath(organisationId: string, programmeId: string, area: AreaKey): string {
  return `/o/${organisationId}/programmes/${programmeId}/${AREAS.find((a) => a.key === area)!.path}`;
}
