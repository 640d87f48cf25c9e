import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the grow work area, programmes/:programmeId/grow. */
export const growRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/grow', lazy: async () => ({ Component: (await import('./GrowScreen')).GrowScreen }) },
];
