import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { chromiumAvailable, launchBrowser } from '../../../../test/support/browser';
import { builtWebClient } from '../../../../test/support/web-build';
import { registerWebClient } from '../web/web-client';

const PREFIX = '/assets/';
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A bare Fastify serving the built client, with a stand-in for Apollo on /graphql, listening on a free port. */
async function start(): Promise<{ fastify: FastifyInstance; origin: string }> {
  const fastify = Fastify();
  const apollo = async () => ({ data: { __typename: 'Query' } });
  fastify.get('/graphql', apollo);
  fastify.post('/graphql', apollo);
  registerWebClient(fastify, {
    dir: builtWebClient(),
    graphqlPath: '/graphql',
    graphiql: true,
    log: (line) => {
      throw new Error(line);
    },
  });
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
/** The scripts and stylesheets a page loads (its favicon is an inline data: URL). */
const assetUrls = (html: string) => [...attributes(html, 'src'), ...attributes(html, 'href')].filter((url) => !url.startsWith('data:'));

describe('GraphiQL page (registerWebClient)', () => {
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

    const urls = assetUrls(res.html);
    expect(urls.filter((url) => url.endsWith('.js')).length).toBeGreaterThanOrEqual(1);
    expect(urls.filter((url) => url.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
    for (const url of urls) expect(url.startsWith(PREFIX)).toBe(true);
    // No absolute or protocol-relative URL in any script or link tag, and no inline script.
    for (const tag of res.html.match(/<(script|link)\b[^>]*>/g) ?? []) expect(tag).not.toMatch(/https?:|["'=]\/\//);
    for (const script of res.html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(script).toMatch(/^<script[^>]*\ssrc="[^"]+"[^>]*><\/script>$/);

    const csp = res.headers['content-security-policy'] as string;
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(res.html)![1];
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // A fresh nonce each time.
    expect((await getPage()).headers['content-security-policy']).not.toBe(csp);
  });

  it('serves each referenced asset with its content type and a long cache lifetime', async () => {
    const { html } = await getPage();
    for (const url of assetUrls(html)) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.length).toBeGreaterThan(100);
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

  it('reaches nothing outside the built assets under the prefix', async () => {
    for (const url of [
      `${PREFIX}../index.html`,
      `${PREFIX}%2e%2e/graphiql.html`,
      `${PREFIX}..%2fgraphiql.html`,
      `${PREFIX}..%2f..%2fpackage.json`,
      `${PREFIX}..%2f..%2f..%2fpackage.json`,
      `${PREFIX}graphiql/package.json`,
      `${PREFIX}react.development.js`,
      PREFIX,
    ]) {
      expect({ url, status: (await get(url)).status }).toEqual({ url, status: 404 });
    }
  });
});

// The real page in headless Chromium. CI installs Chromium and sets CI=true, so there a missing
// browser fails instead of skipping.
const inBrowser = chromiumAvailable('graphiql.spec') ? it : it.skip;

describe('GraphiQL in headless Chromium', () => {
  inBrowser('renders from this server alone, with no request to another host and no CSP violation', async () => {
    const { fastify, origin } = await start();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
      page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(`csp: ${message.text()}`);
      });

      await page.goto(`${origin}/graphql`);
      await page.locator('.graphiql-container .graphiql-editor').first().waitFor({ timeout: 10_000 });

      expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await fastify.close();
    }
  });
});
