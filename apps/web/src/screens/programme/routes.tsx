import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId. The programme board's owner extends this file. */
export const programmeRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId', lazy: async () => ({ Component: (await import('./ProgrammeScreen')).ProgrammeScreen }) },
];
