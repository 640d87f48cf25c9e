import type { RouteObject } from 'react-router';

/** Relative to /o/:organisationId: the people work area, programmes/:programmeId/people, and its pages. */
export const peopleRoutes: RouteObject[] = [
  { path: 'programmes/:programmeId/people', lazy: async () => ({ Component: (await import('./PeopleScreen')).PeopleScreen }) },
  {
    path: 'programmes/:programmeId/people/participants/new',
    lazy: async () => ({ Component: (await import('./NewParticipantScreen')).NewParticipantScreen }),
  },
  {
    path: 'programmes/:programmeId/people/participants/:participantId',
    lazy: async () => ({ Component: (await import('./ParticipantScreen')).ParticipantScreen }),
  },
  {
    path: 'programmes/:programmeId/people/pilots/:pilotId',
    lazy: async () => ({ Component: (await import('./PilotPeopleScreen')).PilotPeopleScreen }),
  },
];
