import { gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';
import { builtWebClient } from '../support/web-build';

/** What a browser sends when someone opens a page. */
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8' };

const attributes = (html: string, name: 'src' | 'href') =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]).filter((url) => !url.startsWith('data:'));

describe('the web client, served by the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { webDir: builtWebClient() });
  });
  afterAll(() => t?.close());

  const page = async (path: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: BROWSER });
    return { status: response.status, headers: response.headers, html: await response.text() };
  };

  it('answers / with the app: no-cache, a Content-Security-Policy with no inline script, no Referer', async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.html).toMatch(/<html lang="en-GB">/);
    expect(res.html).toContain('<div id="root"></div>');

    const csp = res.headers.get('content-security-policy')!;
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['base-uri']).toBe("'self'");
    expect(directives['form-action']).toBe("'self'");
    const host = new URL(t.url).host;
    expect(directives['connect-src']).toBe(`'self' ws://${host} wss://${host}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Nothing inline for the policy to refuse: every script is a file from /assets/.
    for (const script of res.html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(script).toMatch(/^<script[^>]*\ssrc="\/assets\/[\w.-]+\.js"[^>]*><\/script>$/);
    expect(res.html).not.toMatch(/\sstyle=|<style/);
  });

  it('answers every client route with the same app, including the pages whose links carry tokens', async () => {
    const home = await page('/');
    for (const path of [
      '/sign-in',
      '/o/0d4c7c53-5b0a-4f1e-9d1e-6a1b2c3d4e5f/programmes/4b1e',
      '/o/x/admin',
      '/account',
      '/password-reset?token=secret',
      '/invitations/accept?token=secret',
    ]) {
      const res = await page(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.html).toBe(home.html);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the hashed assets for a year, compressed for browsers that accept it, and nothing else under /assets/', async () => {
    const { html } = await page('/');
    const urls = [...attributes(html, 'src'), ...attributes(html, 'href')];
    expect(urls.some((url) => url.endsWith('.js'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.css'))).toBe(true);
    for (const url of urls) {
      expect(url).toMatch(/^\/assets\/[\w.-]+-[\w-]{8,}\.(js|css)$/);
      const plain = await fetch(`${t.url}${url}`, { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await plain.arrayBuffer());
      expect({ url, status: plain.status }).toEqual({ url, status: 200 });
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(plain.headers.get('content-type')).toBe(url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');

      // fetch would decompress on its own; read the raw bytes through node:http's view instead.
      const gzipped = await rawGet(`${t.url}${url}`, { 'accept-encoding': 'gzip, br' });
      if (body.length > 1024) {
        expect(gzipped.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gzipped.body).equals(body)).toBe(true);
        expect(gzipped.body.length).toBeLessThan(body.length);
      }
      expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    }
    for (const path of ['/assets/nothing-here.js', '/assets/..%2findex.html', '/assets/../index.html', '/assets/', '/assets/app.js.map']) {
      expect({ path, status: (await fetch(`${t.url}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });

  it('leaves the API its own paths: GraphQL, health, feeds, exports and survey links asked for JSON answer as before', async () => {
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });

    const health = await fetch(`${t.url}/health/live`, { headers: BROWSER });
    expect(await health.json()).toEqual({ status: 'ok' });

    // A survey link opened by a browser is the residents' page, which says when a link does not work
    // (test/surveys/survey-resident-page.e2e-spec.ts); asked for JSON it is the API's, as before.
    const link = await fetch(`${t.url}/responses/not-a-token`, { headers: { accept: 'application/json' } });
    expect([link.status, link.headers.get('content-type')]).toEqual([404, 'application/json; charset=utf-8']);
    for (const path of ['/feeds/not-a-token/initiatives.json', '/exports/initiatives.csv']) {
      const res = await page(path);
      expect({ path, app: res.html.includes('<div id="root">') }).toEqual({ path, app: false });
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers a script or a tool at an unknown path with a 404, not the app', async () => {
    for (const accept of ['application/json', '*/*']) {
      const res = await fetch(`${t.url}/no-such-endpoint`, { headers: { accept } });
      expect([accept, res.status]).toEqual([accept, 404]);
      expect(await res.text()).not.toContain('<html');
    }
  });
});

describe('the API without a built client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { webDir: '/nonexistent/coprod-web' });
  });
  afterAll(() => t?.close());

  it('still serves GraphQL and health, and no page', async () => {
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const home = await fetch(`${t.url}/`, { headers: BROWSER });
    expect(home.status).toBe(404);
    expect(await home.text()).not.toContain('<html');
  });
});

async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}
