import type { RouteObject } from 'react-router';

export const organisationsRoutes: RouteObject[] = [
  { path: 'organisations/new', lazy: async () => ({ Component: (await import('./CreateOrganisationScreen')).CreateOrganisationScreen }) },
];
