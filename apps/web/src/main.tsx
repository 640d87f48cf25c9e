import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApiClient } from './api/client';
import { setLiveReconnect } from './app/frames';
import { routes } from './app/routes';
import { signInPath } from './app/session';
import { takeTokenFromAddressBar } from './app/tokens';
import { LiveRegionProvider } from './components/LiveRegion';
import { LOCALE } from './i18n/i18n';
import './styles.css';

// Before anything else: a reset or invitation token leaves the address bar at once.
takeTokenFromAddressBar();
document.documentElement.lang = LOCALE;

const router = createBrowserRouter(routes);
const api = createApiClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname === '/sign-in') return;
    // The session ended: forget what was cached for it, keep the drafts (sessionStorage), and come back here after signing in.
    void api.apollo.clearStore();
    void router.navigate(signInPath(pathname + search), { replace: true });
  },
});
setLiveReconnect(api.reconnect);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={api.apollo}>
      <LiveRegionProvider>
        <RouterProvider router={router} />
      </LiveRegionProvider>
    </ApolloProvider>
  </StrictMode>,
);
