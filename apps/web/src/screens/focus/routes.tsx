import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the focus work area, programmes/:programmeId/focus. */
export const focusRoutes: RouteObject[] = [];
