import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId. */
export const dashboardRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./DashboardScreen')).DashboardScreen }) },
];
