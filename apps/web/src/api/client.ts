import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { setConnectionState } from './connection';
import { currentOrganisationId } from './organisation';

/** Set on an operation's context when an UNAUTHENTICATED answer is expected and handled (e.g. "am I signed in?"). */
export interface CoprodContext {
  expectSignedOut?: boolean;
}

/** 4401: the session ended (signed out, password changed, expired); 4403: the credentials were refused. */
const SESSION_CLOSE_CODES = new Set([4401, 4403]);
const closeCode = (event: unknown) => (event as { code?: number } | undefined)?.code ?? 0;

export interface ApiClientOptions {
  /** Where the API answers; the page's own origin by default (the server serves the client). */
  graphqlUrl?: string;
  /** Called when the API says the session is gone: the app returns the user to sign-in. */
  onUnauthenticated: () => void;
}

/**
 * The normalised cache. Types without an `id` that stand for one record get their key here, so
 * that a refetch merges into them rather than replacing them (and warning).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      OrganisationDashboard: { keyFields: ['organisationId'] },
      Me: { keyFields: ['id'] },
      // A delivery's attempts (no id of their own) are its whole log as the API answers it: replaced, not merged.
      WebhookDelivery: { fields: { attempts: { merge: false } } },
    },
  });
}

export interface ApiClient {
  apollo: ApolloClient;
  /** Reconnects the live connection, e.g. for another organisation (its connectionParams change). */
  reconnect(): void;
  dispose(): void;
}

/**
 * The one Apollo client: same-origin requests with the session cookie, the organisation from the
 * URL as X-Organisation-Id (the API's tenancy header), subscriptions over graphql-ws with the
 * organisation as connectionParams (the cookie authenticates the upgrade), and an error link
 * that sends the user back to sign-in when the session has ended.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const graphqlUrl = options.graphqlUrl ?? new URL('/graphql', window.location.href).href;

  const http = new HttpLink({
    uri: graphqlUrl,
    credentials: 'include',
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      const organisationId = currentOrganisationId();
      if (organisationId) headers.set('X-Organisation-Id', organisationId);
      return fetch(input, { ...init, headers });
    },
  });

  const ws: Client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    lazy: true,
    connectionParams: () => {
      const organisationId = currentOrganisationId();
      return organisationId ? { organisationId } : {};
    },
    retryAttempts: Infinity,
    // Back off to at most ~10 s between attempts, with jitter, so a restarted server is not stormed.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries) * (0.5 + Math.random() / 2))),
    // The session ended or its cookie was refused (apps/api/src/graphql/websocket.ts): sign in, do not retry.
    shouldRetry: (event) => !SESSION_CLOSE_CODES.has(closeCode(event)),
    on: {
      connected: () => setConnectionState('connected'),
      closed: (event) => {
        const code = closeCode(event);
        if (SESSION_CLOSE_CODES.has(code)) {
          setConnectionState('idle');
          options.onUnauthenticated();
        } else if (code !== 4499 && code !== 1000) {
          // 4499: closed by us (reconnect for another organisation); anything else was lost.
          setConnectionState('reconnecting');
        }
      },
    },
  });

  const errors = new ErrorLink(({ error, operation }) => {
    const context = operation.getContext() as CoprodContext;
    if (context.expectSignedOut) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      options.onUnauthenticated();
    }
  });

  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http);

  const apollo = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });

  return {
    apollo,
    reconnect: () => ws.terminate(),
    dispose: () => {
      void ws.dispose();
      apollo.stop();
    },
  };
}
