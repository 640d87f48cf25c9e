import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId. The administration screens' owner extends this file. */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', lazy: async () => ({ Component: (await import('./AdminScreen')).AdminScreen }) },
];
