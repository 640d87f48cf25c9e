import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the map work area, programmes/:programmeId/map. */
export const mapRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/map', lazy: async () => ({ Component: (await import('./MapScreen')).MapScreen }) },
];
