import type { RouteObject } from 'react-router';

/**
 * Relative to /o/:organisationId: a programme's workshops (list and "Plan a workshop"), one
 * workshop's page, and its run mode for the room.
 */
export const workshopsRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/workshops', lazy: async () => ({ Component: (await import('./WorkshopsScreen')).WorkshopsScreen }) },
  { path: 'workshops/:workshopId', lazy: async () => ({ Component: (await import('./WorkshopScreen')).WorkshopScreen }) },
  { path: 'workshops/:workshopId/run', lazy: async () => ({ Component: (await import('./RunScreen')).RunScreen }) },
];
