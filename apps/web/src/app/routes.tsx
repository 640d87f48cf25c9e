import type { RouteObject } from 'react-router';
import { accountRoutes } from '../screens/account/routes';
import { adminRoutes } from '../screens/admin/routes';
import { authRoutes } from '../screens/auth/routes';
import { dashboardRoutes } from '../screens/dashboard/routes';
import { organisationsRoutes } from '../screens/organisations/routes';
import { focusRoutes } from '../screens/focus/routes';
import { growRoutes } from '../screens/grow/routes';
import { mapRoutes } from '../screens/map/routes';
import { marketRoutes } from '../screens/market/routes';
import { peopleRoutes } from '../screens/people/routes';
import { programmeRoutes } from '../screens/programme/routes';
import { respondRoutes } from '../screens/respond/routes';
import { risksRoutes } from '../screens/risks/routes';
import { roomRoutes } from '../screens/room/routes';
import { surveysRoutes } from '../screens/surveys/routes';
import { workshopsRoutes } from '../screens/workshops/routes';
import { LoadingState } from '../components/States';
import type { LazyArea } from '../i18n/en';
import { loadMessages } from '../i18n/i18n';
import { HomeRedirect, NotFound, OrganisationFrame, PersonalFrame, PublicFrame, SignedInFrame } from './frames';

/**
 * The route table. Each area lists its own pages in src/screens/<area>/routes.tsx, loading each
 * screen lazily (React Router's `lazy`), so a page's code arrives with the page.
 *   authRoutes           public: /sign-in, /sign-up, /password-reset, /invitations/accept
 *   organisationsRoutes  signed in, no organisation: /organisations/new
 *   accountRoutes        signed in, no organisation: /account
 *   respondRoutes        public, no frame: a survey's page for residents
 *   roomRoutes           public, no frame: a workshop's guests (/join, /room)
 *   dashboardRoutes, programmeRoutes, adminRoutes, and the work areas (map, focus, people,
 *   market, grow, surveys; frame: screens/workspace/Workspace.tsx), workshopsRoutes: relative to /o/:organisationId
 */
/** The routes with these areas' messages loaded before their screens (i18n/en.ts: lazyMessages). */
function withMessages(areas: readonly LazyArea[], list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    const lazy = route.lazy;
    return {
      ...route,
      ...(typeof lazy === 'function' ? { lazy: async () => (await Promise.all([lazy(), loadMessages(areas)]))[0] } : {}),
      ...(route.children ? { children: withMessages(areas, route.children) } : {}),
    } as RouteObject;
  });
}

export const routes: RouteObject[] = [
  // While the first page's code loads (its screen is lazy), a line says so.
  { element: <PublicFrame />, children: authRoutes, hydrateFallbackElement: <LoadingState /> },
  {
    element: <SignedInFrame />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { element: <PersonalFrame />, children: [...organisationsRoutes, ...accountRoutes] },
      {
        path: 'o/:organisationId',
        element: <OrganisationFrame />,
        children: [
          ...dashboardRoutes,
          ...withMessages(['workshops'], programmeRoutes),
          ...mapRoutes,
          ...focusRoutes,
          ...peopleRoutes,
          ...marketRoutes,
          ...growRoutes,
          ...surveysRoutes,
          ...withMessages(['risks'], risksRoutes),
          ...withMessages(['workshops', 'room'], workshopsRoutes),
          ...withMessages(['webhooks'], adminRoutes),
        ],
      },
    ],
  },
  ...respondRoutes,
  ...withMessages(['room'], roomRoutes),
  { path: '*', element: <NotFound /> },
];
