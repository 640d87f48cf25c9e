import { existsSync } from 'node:fs';
import http from 'node:http';
import vm from 'node:vm';
import Fastify, { type FastifyInstance } from 'fastify';
import { chromiumAvailable, launchChromium } from '../../../../test/support/browser';
import { registerGraphiql } from './graphiql';

const PREFIX = '/graphiql-assets/';
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A bare Fastify with a stand-in for Apollo on /graphql, listening on a free port. */
async function start(): Promise<{ fastify: FastifyInstance; origin: string }> {
  const fastify = Fastify();
  const apollo = async () => ({ data: { __typename: 'Query' } });
  fastify.get('/graphql', apollo);
  fastify.post('/graphql', apollo);
  registerGraphiql(fastify, { graphqlPath: '/graphql', assetsPrefix: PREFIX });
  return { fastify, origin: await fastify.listen({ port: 0, host: '127.0.0.1' }) };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Real HTTP rather than `fastify.inject`: light-my-request requires the ESM-only `cookie` 2,
 * which Jest's ESM runtime cannot load on Node 20. node:http also sends `..` paths verbatim,
 * where fetch would normalise them away.
 */
function request(origin: string, url: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; json?: unknown } = {}) {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers = body ? { 'content-type': 'application/json', ...options.headers } : options.headers;
  return new Promise<Response>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = http.request({ hostname, port, path: url, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const attributes = (html: string, name: 'src' | 'href') => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('registerGraphiql', () => {
  let server: { fastify: FastifyInstance; origin: string };
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.fastify.close());

  const get = (url: string, headers?: http.OutgoingHttpHeaders) => request(server.origin, url, { headers });
  const getPage = async () => {
    const res = await get('/graphql', browser);
    return { ...res, html: res.body.toString() };
  };

  it('answers a browser with a page that references nothing outside the server', async () => {
    const res = await getPage();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.vary).toBe('Accept');

    const urls = [...attributes(res.html, 'src'), ...attributes(res.html, 'href')];
    expect(urls).toHaveLength(5);
    for (const url of urls) expect(url.startsWith(PREFIX)).toBe(true);
    // No absolute or protocol-relative URL in any script or link tag.
    for (const tag of res.html.match(/<(script|link)\b[^>]*>/g) ?? []) expect(tag).not.toMatch(/https?:|["'=]\/\//);

    const csp = res.headers['content-security-policy'] as string;
    const nonce = /<script nonce="([^"]+)">/.exec(res.html)![1];
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // A fresh nonce each time.
    expect((await getPage()).headers['content-security-policy']).not.toBe(csp);
  });

  it('serves each referenced asset with its content type and a long cache lifetime', async () => {
    const { html } = await getPage();
    const urls = [...attributes(html, 'src'), ...attributes(html, 'href')];
    for (const url of urls) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(url.includes('.css?') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.length).toBeGreaterThan(5_000);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  it('leaves every other request on /graphql to Apollo', async () => {
    const requests = [
      { url: '/graphql?query=%7B__typename%7D', headers: browser },
      { url: '/graphql?query=%7B__typename%7D', headers: { accept: 'application/json' } },
      { url: '/graphql', headers: { accept: 'application/graphql-response+json, application/json' } },
      { url: '/graphql', method: 'POST', headers: browser, json: { query: '{__typename}' } },
    ];
    for (const { url, ...options } of requests) {
      const res = await request(server.origin, url, options);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body.toString())).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('reaches nothing else in node_modules under the prefix', async () => {
    for (const url of [
      `${PREFIX}../package.json`,
      `${PREFIX}%2e%2e/package.json`,
      `${PREFIX}..%2fpackage.json`,
      `${PREFIX}..%2f..%2fpackage.json`,
      `${PREFIX}graphiql/package.json`,
      `${PREFIX}react/umd/react.development.js`,
      `${PREFIX}graphiql.min.js.map`,
      PREFIX,
    ]) {
      expect({ url, status: (await get(url)).status }).toEqual({ url, status: 404 });
    }
  });

  it('bootstraps GraphiQL with same-origin HTTP and WebSocket URLs, sending the Headers editor over graphql-ws', async () => {
    const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec((await getPage()).html)![1];
    // Run the inline script against stand-ins for the browser globals it uses.
    const fetcherOptions: any[] = [];
    const clients: { options: any; disposed: boolean }[] = [];
    let rendered: any;
    const GraphiQL = Object.assign(function GraphiQL() {}, {
      createFetcher: (options: any) => (fetcherOptions.push(options), async () => ({ data: {} })),
    });
    const window: any = {
      location: { href: 'https://intranet.example:8443/graphql' },
      document: { currentScript: { nonce: 'n0nce' }, getElementById: (id: string) => ({ id }) },
      React: { createElement: (type: unknown, props: unknown) => ({ type, props }) },
      ReactDOM: { createRoot: (element: unknown) => ({ render: (tree: unknown) => (rendered = { element, tree }) }) },
      graphqlWs: {
        createClient: (options: any) => {
          const client = { options, disposed: false };
          clients.push(client);
          return { dispose: () => (client.disposed = true) };
        },
      },
      GraphiQL,
      URL,
    };
    window.window = window;
    vm.runInNewContext(script, window);

    expect(window.__webpack_nonce__).toBe('n0nce');
    expect(rendered.element).toEqual({ id: 'graphiql' });
    expect(rendered.tree.type).toBe(GraphiQL);
    const props = rendered.tree.props;
    expect(props.defaultEditorToolsVisibility).toBe('headers');
    expect(props.defaultQuery).toContain('{"Authorization": "Bearer <token>", "X-Organisation-Id": "<organisation id>"}');
    expect(props.defaultQuery.split('\n').every((line: string) => line === '' || line.startsWith('#'))).toBe(true);

    const headers = { Authorization: 'Bearer t1', 'X-Organisation-Id': 'org-1' };
    await props.fetcher({ query: '{__typename}' }, { headers });
    await props.fetcher({ query: '{__typename}' }, { headers: { ...headers } });
    expect(fetcherOptions).toHaveLength(1);
    expect(fetcherOptions[0].url).toBe('https://intranet.example:8443/graphql');
    expect(fetcherOptions[0].subscriptionUrl).toBe('wss://intranet.example:8443/graphql');
    expect(clients[0].options).toEqual({ url: 'wss://intranet.example:8443/graphql', connectionParams: headers, lazy: true });

    // New headers (another token): the old socket closes, the next one presents the new ones.
    await props.fetcher({ query: '{__typename}' }, { headers: { Authorization: 'Bearer t2' } });
    expect(clients.map((c) => c.disposed)).toEqual([true, false]);
    expect(clients[1].options.connectionParams).toEqual({ Authorization: 'Bearer t2' });
  });
});

// The real page in headless Chromium, over the DevTools protocol (no extra packages). CI installs
// Chromium and sets CI=true, so there a missing browser fails instead of skipping.
const inBrowser = chromiumAvailable('graphiql.spec') ? it : it.skip;

describe('GraphiQL in headless Chromium', () => {
  inBrowser('renders from this server alone, with no request to another host and no CSP violation', async () => {
    const { fastify, origin } = await start();
    const chromium = await launchChromium();
    try {
      const page = await chromium.page();
      const requested: string[] = [];
      const problems: string[] = [];
      page.onEvent(({ method, params }) => {
        if (method === 'Network.requestWillBeSent') requested.push(params.request.url);
        if (method === 'Network.loadingFailed') problems.push(`failed: ${params.errorText} (${params.blockedReason ?? ''})`);
        if (method === 'Runtime.exceptionThrown') problems.push(`exception: ${params.exceptionDetails.text}`);
        if (method === 'Log.entryAdded' && /Content Security Policy/i.test(params.entry.text)) problems.push(`csp: ${params.entry.text}`);
      });

      for (const domain of ['Network', 'Runtime', 'Log', 'Page']) await page.send(`${domain}.enable`);
      await page.send('Page.navigate', { url: `${origin}/graphql` });
      let rendered = false;
      for (let i = 0; i < 100 && !rendered; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { result } = await page.send('Runtime.evaluate', { expression: "!!document.querySelector('.graphiql-container .graphiql-editor')" });
        rendered = result.value === true;
      }

      expect(rendered).toBe(true);
      expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await chromium.close();
      await fastify.close();
    }
  });

  inBrowser('closes leaving no browser process and no profile behind, however often it is closed', async () => {
    const chromium = await launchChromium();
    const page = await chromium.page();
    await page.send('Page.navigate', { url: 'about:blank#written' });
    expect(chromium.running()).toBe(true);
    expect(existsSync(chromium.profile)).toBe(true);

    await Promise.all([chromium.close(), chromium.close()]);
    expect(chromium.running()).toBe(false);
    expect(existsSync(chromium.profile)).toBe(false);
    await chromium.close();
  });
});
