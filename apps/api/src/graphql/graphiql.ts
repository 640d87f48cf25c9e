import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export interface GraphiqlOptions {
  /** Where Apollo answers, e.g. '/graphql'. */
  graphqlPath: string;
  /** URL prefix for the browser files, e.g. '/graphiql-assets/'. */
  assetsPrefix: string;
}

/** The only files served from node_modules, in the order the page loads them (served name, file). */
const ASSETS: ReadonlyArray<readonly [string, string]> = [
  ['react.production.min.js', 'react/umd/react.production.min.js'],
  ['react-dom.production.min.js', 'react-dom/umd/react-dom.production.min.js'],
  ['graphql-ws.min.js', 'graphql-ws/umd/graphql-ws.min.js'],
  ['graphiql.min.js', 'graphiql/graphiql.min.js'],
  ['graphiql.min.css', 'graphiql/graphiql.min.css'],
];

const DEFAULT_QUERY = `# coprod GraphQL API
#
# 1. Sign in with the signIn mutation and copy the token it returns.
# 2. Open "Headers" below and add
#      {"Authorization": "Bearer <token>", "X-Organisation-Id": "<organisation id>"}
#    Subscriptions send the same headers as graphql-ws connection parameters.
`;

/**
 * Serves GraphiQL 4 (UMD build, no bundler, no CDN: intranets are often closed networks):
 * five allow-listed files under `assetsPrefix`, and the page itself on a browser's GET of
 * `graphqlPath`. Register it on the root Fastify instance (`app.getHttpAdapter().getInstance()`)
 * so the hook sees the requests Apollo would otherwise get.
 */
export function registerGraphiql(fastify: FastifyInstance, options: GraphiqlOptions): void {
  const prefix = options.assetsPrefix.replace(/\/?$/, '/');
  const urls: string[] = [];
  for (const [name, file] of ASSETS) {
    // Read once at start-up (~1.2 MB): a missing package fails the boot, not the page.
    const body = readFileSync(locateInNodeModules(file));
    // The content hash in the URL lets browsers cache "forever" and still pick up upgrades.
    const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
    urls.push(`${prefix}${name}?v=${version}`);
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    // One fixed route a file: nothing else from node_modules can be reached, whatever the path.
    fastify.get(prefix + name, (_request, reply) =>
      reply
        .type(type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(body),
    );
  }

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return;
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname !== options.graphqlPath || url.searchParams.has('query')) return;
    const nonce = randomBytes(16).toString('base64');
    return reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', contentSecurityPolicy(nonce))
      .header('cache-control', 'no-store') // a nonce must never be served twice
      .header('vary', 'Accept') // the same URL answers JSON to everyone else
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .send(page(nonce, urls, options.graphqlPath));
  });
}

/**
 * Scripts and styles only from this server, plus the one inline script, by nonce. GraphiQL's
 * dialogs inject a <style> element that carries `__webpack_nonce__`, so styles need the nonce too,
 * not 'unsafe-inline'. Its CSS embeds fonts and icons as data: URLs. `ws:`/`wss:` are for
 * subscriptions: older Safari and Firefox do not count same-host WebSockets as 'self'.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self' ws: wss:",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function page(nonce: string, urls: string[], graphqlPath: string): string {
  const styles = urls.filter((url) => url.includes('.css?')).map((url) => `<link rel="stylesheet" href="${attr(url)}">`);
  const scripts = urls.filter((url) => url.includes('.js?')).map((url) => `<script src="${attr(url)}"></script>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>coprod · GraphiQL</title>
<style nonce="${nonce}">body { margin: 0; } #graphiql { height: 100vh; height: 100dvh; }</style>
${styles.join('\n')}
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
${scripts.join('\n')}
<script nonce="${nonce}">${bootstrap(graphqlPath)}</script>
</body>
</html>
`;
}

/** Browser code; the URLs come from the page's own location, so they work behind any proxy host. */
function bootstrap(graphqlPath: string): string {
  return `(() => {
  window.__webpack_nonce__ = document.currentScript.nonce;
  const url = new URL(${json(graphqlPath)}, location.href).href;
  const subscriptionUrl = url.replace(/^http/, 'ws');
  // WebSockets cannot carry HTTP headers: the Headers editor's content becomes the graphql-ws
  // connectionParams, with a new connection whenever it changes.
  let current;
  const fetcher = (params, opts) => {
    const headers = (opts && opts.headers) || {};
    const key = JSON.stringify(headers);
    if (!current || current.key !== key) {
      if (current) current.wsClient.dispose();
      const wsClient = graphqlWs.createClient({ url: subscriptionUrl, connectionParams: headers, lazy: true });
      current = { key, wsClient, fetch: GraphiQL.createFetcher({ url, subscriptionUrl, wsClient }) };
    }
    return current.fetch(params, opts);
  };
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${json(DEFAULT_QUERY)}, defaultEditorToolsVisibility: 'headers' }),
  );
})();`;
}

/** JSON that cannot close the <script> element it is embedded in. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const attr = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Finds node_modules/<file> by walking up the directories, as Node's own resolution does.
 * `require.resolve` and `__dirname` do not exist under Jest's native ESM, and `import.meta` does
 * not compile to CommonJS, so start from process.cwd() (the project root for `npm start` and
 * Jest), then from the entry script's folder (dist/apps/api, for a service started elsewhere).
 */
function locateInNodeModules(file: string): string {
  for (const start of [process.cwd(), path.dirname(process.argv[1] ?? '')]) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', file);
      if (existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`GraphiQL: node_modules/${file} not found (is its package installed?)`);
}
