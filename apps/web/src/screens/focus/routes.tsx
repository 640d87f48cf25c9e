import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the focus work area, programmes/:programmeId/focus, and a pilot's page under it. */
export const focusRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/focus', lazy: async () => ({ Component: (await import('./FocusScreen')).FocusScreen }) },
  { path: 'programmes/:programmeId/focus/pilots/:pilotId', lazy: async () => ({ Component: (await import('./PilotScreen')).PilotScreen }) },
];
