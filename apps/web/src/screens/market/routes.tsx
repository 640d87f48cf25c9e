import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the market work area, programmes/:programmeId/market. */
export const marketRoutes: RouteObject[] = [];
