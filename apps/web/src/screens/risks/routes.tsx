import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: a programme's risks and disagreements, programmes/:programmeId/risks. */
export const risksRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/risks', lazy: async () => ({ Component: (await import('./RisksScreen')).RisksScreen }) },
];
