import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the map work area, programmes/:programmeId/map. */
export const mapRoutes: RouteObject[] = [];
