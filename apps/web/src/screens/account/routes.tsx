import type { RouteObject } from 'react-router';

/** Signed in, outside any organisation. The account screens' owner extends this file. */
export const accountRoutes: RouteObject[] = [
  { path: 'account', lazy: async () => ({ Component: (await import('./AccountScreen')).AccountScreen }) },
];
