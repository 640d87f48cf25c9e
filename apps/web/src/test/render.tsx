import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCache } from '../api/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { type CurrentOrganisation, MeProvider, OrganisationProvider } from '../app/frames';
import type { Me } from '../app/session';
import { LiveRegionProvider } from '../components/LiveRegion';

export const ORGANISATION: CurrentOrganisation = {
  id: 'org-1',
  name: 'Northshire Council',
  timeZone: 'Europe/London',
  currency: 'GBP',
  role: 'PROGRAMME_MANAGER',
};

export const ME_VALUE: Me = {
  id: 'user-1',
  email: 'pat@example.org',
  displayName: 'Pat Example',
  memberships: [
    {
      id: 'membership-1',
      role: 'PROGRAMME_MANAGER',
      organisation: { id: 'org-1', name: 'Northshire Council', timeZone: 'Europe/London', currency: 'GBP' },
    },
  ],
};

interface Options {
  /** The page's address; the element is rendered at `route` (default: the path itself). */
  path?: string;
  route?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** A link of the test's own, in place of `mocks` (e.g. to send a subscription's results on cue). */
  link?: ApolloLink;
  signedIn?: boolean;
  organisation?: CurrentOrganisation | null;
  /** Other pages the test may navigate to, each showing its path. */
  otherRoutes?: string[];
}

/** Renders a screen as the app would: Apollo (mocked), a router at `path`, the session and organisation. */
export function renderScreen(element: ReactNode, options: Options = {}) {
  const path = options.path ?? '/';
  const signedIn = options.signedIn ?? true;
  const organisation = options.organisation === undefined ? ORGANISATION : options.organisation;
  let screen = element;
  if (organisation) screen = <OrganisationProvider value={organisation}>{screen}</OrganisationProvider>;
  if (signedIn) screen = <MeProvider value={ME_VALUE}>{screen}</MeProvider>;
  const router = createMemoryRouter(
    [
      { path: options.route ?? path.split('?')[0], element: screen },
      ...(options.otherRoutes ?? []).map((p) => ({ path: p, element: <p>At {p}</p> })),
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <MockedProvider mocks={options.mocks ?? []} link={options.link} cache={createCache()}>
      <LiveRegionProvider>
        <RouterProvider router={router} />
      </LiveRegionProvider>
    </MockedProvider>,
  );
  return { ...result, router };
}
