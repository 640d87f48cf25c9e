import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the market work area, programmes/:programmeId/market. */
export const marketRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/market', lazy: async () => ({ Component: (await import('./MarketScreen')).MarketScreen }) },
];
