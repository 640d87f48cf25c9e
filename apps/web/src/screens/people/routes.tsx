import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the people work area, programmes/:programmeId/people. */
export const peopleRoutes: RouteObject[] = [];
