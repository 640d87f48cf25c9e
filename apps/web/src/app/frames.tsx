import { useApolloClient, useMutation } from '@apollo/client/react';
import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../components/Button';
import { usePageTitle } from '../components/PageTitle';
import { ErrorState, LoadingState } from '../components/States';
import { graphql } from '../gql';
import { t } from '../i18n/i18n';
import { type Me, type Membership, signInPath, useSession } from './session';
import { NotificationBell } from '../screens/notifications/NotificationBell';
import { Shell } from './Shell';

/** Pages for people who are not signed in (sign-in, sign-up, reset, invitation). */
export function PublicFrame() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

const SignedInContext = createContext<Me | null>(null);

/** Supplies the signed-in person (SignedInFrame does; tests may too). */
export const MeProvider = SignedInContext.Provider;

/** The signed-in person (inside SignedInFrame). */
export function useMe(): Me {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useMe() is used outside SignedInFrame');
  return me;
}

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session on the server, forgets everything of this person in the tab, and goes to sign-in. */
export function useSignOut(): { signOut: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SIGN_OUT);
  return {
    loading,
    signOut: async () => {
      try {
        await signOut({ context: { expectSignedOut: true } });
      } finally {
        // Whatever the answer, nothing of this person stays in the tab.
        await client.clearStore();
        window.sessionStorage.clear();
        navigate('/sign-in', { replace: true });
      }
    },
  };
}

function AccountMenu({ me }: { me: Me }) {
  const { signOut, loading } = useSignOut();
  return (
    <div className="shell__account">
      <Link to="/account" className="shell__who">
        {me.displayName}
      </Link>
      <Button variant="link" busy={loading} onClick={() => void signOut()}>
        {t('shell.signOut')}
      </Button>
    </div>
  );
}

/** Pages that need a session: sends the signed-out to sign-in, to come back here afterwards. */
export function SignedInFrame() {
  const { me, loading, signedOut, error, refetch } = useSession();
  const location = useLocation();
  if (signedOut) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!me) {
    return <Shell>{loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />}</Shell>;
  }
  return (
    <SignedInContext.Provider value={me}>
      <Outlet />
    </SignedInContext.Provider>
  );
}

/** Account pages outside any organisation (/account, /organisations/new). */
export function PersonalFrame() {
  const me = useMe();
  return (
    <Shell header={<AccountMenu me={me} />}>
      <Outlet />
    </Shell>
  );
}

export interface CurrentOrganisation {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  role: Membership['role'];
}

const OrganisationContext = createContext<CurrentOrganisation | null>(null);

/** Supplies the organisation (OrganisationFrame does; tests may too). */
export const OrganisationProvider = OrganisationContext.Provider;

/** The organisation the page shows (from its URL) with the caller's role in it. */
export function useOrganisation(): CurrentOrganisation {
  const organisation = useContext(OrganisationContext);
  if (!organisation) throw new Error('useOrganisation() is used outside OrganisationFrame');
  return organisation;
}

const LAST_ORGANISATION = 'coprod:last-organisation';

/** The organisation to open when none is named: the one last opened, else the first. */
export function defaultOrganisation(me: Me): string | null {
  let last: string | null = null;
  try {
    last = window.localStorage.getItem(LAST_ORGANISATION);
  } catch {
    last = null;
  }
  return me.memberships.find((m) => m.organisation.id === last)?.organisation.id ?? me.memberships[0]?.organisation.id ?? null;
}

function OrganisationSwitcher({ me, current }: { me: Me; current: CurrentOrganisation }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <nav className="switcher" aria-label={t('shell.organisations')}>
      <details className="switcher__menu" ref={menu}>
        <summary>
          <span className="visually-hidden">{t('shell.organisationCurrent')}</span>
          {current.name}
        </summary>
        <ul>
          {me.memberships.map((m) => (
            <li key={m.id}>
              <Link to={`/o/${m.organisation.id}`} onClick={close} aria-current={m.organisation.id === current.id ? 'true' : undefined}>
                {m.organisation.name}
                <span className="switcher__role"> · {t(`roles.${m.role}`)}</span>
              </Link>
            </li>
          ))}
          <li className="switcher__new">
            <Link to="/organisations/new" onClick={close}>
              {t('shell.newOrganisation')}
            </Link>
          </li>
        </ul>
      </details>
    </nav>
  );
}

/**
 * Pages of one organisation (/o/:organisationId/…): the organisation is named in every header,
 * requests carry it (api/client.ts reads the URL), and answers cached for another organisation
 * are dropped before this one's screens read the cache (root fields such as organisationDashboard
 * take no organisation argument).
 */
export function OrganisationFrame() {
  const me = useMe();
  const { organisationId = '' } = useParams();
  const client = useApolloClient();
  const [readyFor, setReadyFor] = useState<string | null>(null);
  const membership = me.memberships.find((m) => m.organisation.id === organisationId);

  useLayoutEffect(() => {
    if (!membership) return;
    if (lastShown !== null && lastShown !== organisationId) {
      for (const field of Object.keys((client.cache.extract() as { ROOT_QUERY?: object }).ROOT_QUERY ?? {})) {
        if (field !== 'me' && field !== '__typename') client.cache.evict({ id: 'ROOT_QUERY', fieldName: field.replace(/[:(].*$/, '') });
      }
      client.cache.gc();
      reconnectLive?.();
    }
    lastShown = organisationId;
    try {
      window.localStorage.setItem(LAST_ORGANISATION, organisationId);
    } catch {
      // Private mode: the home page then opens the first organisation.
    }
    setReadyFor(organisationId);
  }, [client, membership, organisationId]);

  if (!membership) return <NotMember me={me} />;
  const current: CurrentOrganisation = { ...membership.organisation, role: membership.role };
  const base = `/o/${organisationId}`;
  return (
    <OrganisationContext.Provider value={current}>
      <Shell
        header={
          <>
            <OrganisationSwitcher me={me} current={current} />
            <nav className="shell__nav" aria-label={t('shell.mainNavigation')}>
              <ul>
                <li>
                  <NavLink to={base} end>
                    {t('shell.nav.dashboard')}
                  </NavLink>
                </li>
                {/* Every member sees the members and settings there; only an ADMIN may change them. */}
                <li>
                  <NavLink to={`${base}/admin`}>{t('shell.nav.admin')}</NavLink>
                </li>
              </ul>
            </nav>
            <NotificationBell />
            <AccountMenu me={me} />
          </>
        }
      >
        {readyFor === organisationId ? <Outlet /> : <LoadingState />}
      </Shell>
    </OrganisationContext.Provider>
  );
}

function NotMember({ me }: { me: Me }) {
  usePageTitle(t('shell.notMember.title'));
  return (
    <Shell header={<AccountMenu me={me} />}>
      <h1>{t('shell.notMember.title')}</h1>
      <p>{t('shell.notMember.body')}</p>
      <Link to="/">{t('shell.notMember.home')}</Link>
    </Shell>
  );
}

let lastShown: string | null = null;
let reconnectLive: (() => void) | undefined;

/** Lets the frame reconnect the live connection when the organisation changes (set once in main.tsx). */
export function setLiveReconnect(reconnect: () => void): void {
  reconnectLive = reconnect;
}

/** `/`: the signed-in go to their organisation (or are asked to create one), the rest to sign-in. */
export function HomeRedirect() {
  const me = useMe();
  const organisationId = defaultOrganisation(me);
  return <Navigate to={organisationId ? `/o/${organisationId}` : '/organisations/new'} replace />;
}

/** An address that matches no page. */
export function NotFound() {
  usePageTitle(t('shell.notFound.title'));
  return (
    <Shell>
      <h1>{t('shell.notFound.title')}</h1>
      <p>{t('shell.notFound.body')}</p>
      <Link to="/">{t('shell.notMember.home')}</Link>
    </Shell>
  );
}
