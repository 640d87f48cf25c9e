import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createCache } from '../../api/client';

const PASS_KEY = 'coprod:guest-pass';

/** A guest's pass, kept for this tab only (sessionStorage): never in the address, never in localStorage. */
export interface StoredPass {
  pass: string;
  expiresAt: string;
}

export function readPass(): StoredPass | null {
  try {
    const stored = window.sessionStorage.getItem(PASS_KEY);
    const parsed = stored ? (JSON.parse(stored) as Partial<StoredPass>) : null;
    return parsed?.pass && parsed.expiresAt ? { pass: parsed.pass, expiresAt: parsed.expiresAt } : null;
  } catch {
    return null;
  }
}

export function keepPass(pass: StoredPass): void {
  try {
    window.sessionStorage.setItem(PASS_KEY, JSON.stringify(pass));
  } catch {
    // Storage switched off: the room still opens now, it only cannot survive a reload.
  }
}

export function forgetPass(): void {
  try {
    window.sessionStorage.removeItem(PASS_KEY);
  } catch {
    // nothing kept
  }
}

/** The socket closes with these when the pass ends (apps/api/src/graphql/websocket.ts): no point retrying. */
const ENDED_CLOSE_CODES = new Set([4401, 4403]);

export interface GuestClient {
  apollo: ApolloClient;
  dispose(): void;
}

/**
 * The guest pages' own Apollo client, apart from the members' one (src/api/client.ts): no cookie
 * sent over HTTP, no organisation header, no trip to sign-in on UNAUTHENTICATED (for a guest that
 * means the pass ended, which the room shows), and a socket that presents the pass as
 * connectionParams.guestPass.
 */
export function createGuestClient(options: { guestPass?: string; onEnded?: () => void; graphqlUrl?: string } = {}): GuestClient {
  const graphqlUrl = options.graphqlUrl ?? new URL('/graphql', window.location.href).href;
  const http = new HttpLink({ uri: graphqlUrl, credentials: 'omit' });
  let link: ApolloLink = http;
  let dispose = () => undefined as void;
  if (options.guestPass) {
    const ws = createClient({
      url: graphqlUrl.replace(/^http/, 'ws'),
      lazy: true,
      connectionParams: { guestPass: options.guestPass },
      retryAttempts: 20,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
      shouldRetry: (event) => !ENDED_CLOSE_CODES.has((event as { code?: number } | undefined)?.code ?? 0),
      on: {
        closed: (event) => {
          if (ENDED_CLOSE_CODES.has((event as { code?: number } | undefined)?.code ?? 0)) options.onEnded?.();
        },
      },
    });
    link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http);
    dispose = () => void ws.dispose();
  }
  const apollo = new ApolloClient({ link, cache: createCache(), defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } } });
  return {
    apollo,
    dispose: () => {
      dispose();
      apollo.stop();
    },
  };
}
