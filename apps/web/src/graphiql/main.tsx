// GraphiQL for developers, served by the API at GET /graphql (apps/api/src/graphql/graphiql.ts).
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient, type Client } from 'graphql-ws';
import { createRoot } from 'react-dom/client';
import './graphiql.css';

declare global {
  // Read by the style injector in GraphiQL's dialogs (get-nonce), so its <style> passes the CSP.
  var __webpack_nonce__: string | undefined;
}
globalThis.__webpack_nonce__ = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

export const DEFAULT_QUERY = `# coprod GraphQL API
#
# 1. Sign in with the signIn mutation and copy the token it returns.
# 2. Open "Headers" below and add
#      {"Authorization": "Bearer <token>", "X-Organisation-Id": "<organisation id>"}
#    Subscriptions send the same headers as graphql-ws connection parameters.
`;

/**
 * A fetcher on this page's own origin. WebSockets cannot carry HTTP headers: the Headers editor's
 * content becomes the graphql-ws connectionParams, with a new connection whenever it changes.
 */
export function sameOriginFetcher(location: { href: string }, graphqlPath = '/graphql'): Fetcher {
  const url = new URL(graphqlPath, location.href).href;
  const subscriptionUrl = url.replace(/^http/, 'ws');
  let current: { key: string; wsClient: Client; fetch: Fetcher } | undefined;
  return (params, options) => {
    const headers = options?.headers ?? {};
    const key = JSON.stringify(headers);
    if (!current || current.key !== key) {
      void current?.wsClient.dispose(); // the old connection closes in the background
      const wsClient = createClient({ url: subscriptionUrl, connectionParams: headers, lazy: true });
      current = { key, wsClient, fetch: createGraphiQLFetcher({ url, subscriptionUrl, wsClient }) };
    }
    return current.fetch(params, options);
  };
}

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    <GraphiQL fetcher={sameOriginFetcher(window.location)} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility="headers" />,
  );
}
