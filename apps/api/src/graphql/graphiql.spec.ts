import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import Fastify, { type FastifyInstance } from 'fastify';
import WebSocket from 'ws';
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

// Optional: the real page in headless Chromium, over the DevTools protocol (no extra packages).
const CHROMIUM = '/usr/bin/chromium';
const inBrowser = existsSync(CHROMIUM) ? it : it.skip;
if (!existsSync(CHROMIUM)) console.info(`graphiql.spec: ${CHROMIUM} not found, skipping the headless browser test`);

describe('GraphiQL in headless Chromium (only where /usr/bin/chromium exists)', () => {
  inBrowser('renders from this server alone, with no request to another host and no CSP violation', async () => {
    const { fastify, origin } = await start();
    const profile = mkdtempSync(path.join(tmpdir(), 'graphiql-chromium-'));
    const chromium = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank']);
    try {
      const browserUrl = await new Promise<string>((resolve, reject) => {
        let stderr = '';
        chromium.stderr.on('data', (chunk) => {
          stderr += chunk;
          const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
          if (match) resolve(match[1]);
        });
        chromium.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr}`)));
      });
      const targets = (await (await fetch(`http://${new URL(browserUrl).host}/json/list`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
      const socket = new WebSocket(targets.find((t) => t.type === 'page')!.webSocketDebuggerUrl);
      await new Promise((resolve) => socket.once('open', resolve));

      let id = 0;
      const pending = new Map<number, (result: any) => void>();
      const requested: string[] = [];
      const problems: string[] = [];
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.id) pending.get(message.id)?.(message.result);
        if (message.method === 'Network.requestWillBeSent') requested.push(message.params.request.url);
        if (message.method === 'Network.loadingFailed') problems.push(`failed: ${message.params.errorText} (${message.params.blockedReason ?? ''})`);
        if (message.method === 'Runtime.exceptionThrown') problems.push(`exception: ${message.params.exceptionDetails.text}`);
        if (message.method === 'Log.entryAdded' && /Content Security Policy/i.test(message.params.entry.text)) problems.push(`csp: ${message.params.entry.text}`);
      });
      const send = (method: string, params: object = {}) =>
        new Promise<any>((resolve) => {
          pending.set(++id, resolve);
          socket.send(JSON.stringify({ id, method, params }));
        });

      for (const domain of ['Network', 'Runtime', 'Log', 'Page']) await send(`${domain}.enable`);
      await send('Page.navigate', { url: `${origin}/graphql` });
      let rendered = false;
      for (let i = 0; i < 100 && !rendered; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { result } = await send('Runtime.evaluate', { expression: "!!document.querySelector('.graphiql-container .graphiql-editor')" });
        rendered = result.value === true;
      }
      socket.close();

      expect(rendered).toBe(true);
      expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      chromium.kill();
      await fastify.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
