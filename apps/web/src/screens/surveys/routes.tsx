import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the surveys work area, programmes/:programmeId/surveys. */
export const surveysRoutes: RouteObject[] = [];
