import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import { builtWebClient } from '../support/web-build';

/** What a browser sends when someone opens http://host/graphql. */
const BROWSER = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
};

const attributes = (html: string, name: 'src' | 'href') =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))]
    .map((m) => m[1].replace(/&#38;/g, '&'))
    .filter((url) => !url.startsWith('data:'));

/** How many `ofType` levels the introspection query bundled in GraphiQL asks for. */
function graphiqlTypeDepth(): number {
  const bundle = readFileSync('node_modules/graphiql/graphiql.min.js', 'utf8');
  const typeRef = /fragment TypeRef on __Type \{(.*?)\\n {4}\}\\n/s.exec(bundle);
  if (!typeRef) throw new Error('the TypeRef fragment was not found in graphiql.min.js');
  return typeRef[1].match(/ofType/g)!.length;
}

describe('GraphiQL on the real server', () => {
  let t: TestApp;
  let page: { status: number; headers: Headers; html: string };

  beforeAll(async () => {
    t = await startTestApp({}, { webDir: builtWebClient() });
    const response = await fetch(`${t.url}/graphql`, { headers: BROWSER });
    page = { status: response.status, headers: response.headers, html: await response.text() };
  });
  afterAll(() => t?.close());

  it('answers a browser GET of /graphql with the GraphiQL page', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.html).toContain('<div id="graphiql">');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.html).toContain('<title>coprod · GraphiQL</title>');
    // Not Apollo's landing page, which loads from a CDN.
    expect(page.html).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
    expect(page.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('loads every script and style from the server itself, and each one answers 200', async () => {
    const scripts = attributes(page.html, 'src');
    const styles = attributes(page.html, 'href');
    // Vite's build: one module entry, its preloaded chunks and its stylesheet, all hashed under /assets/.
    expect(scripts).toEqual([expect.stringMatching(/^\/assets\/graphiql-[\w-]+\.js$/)]);
    expect(styles).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/graphiql-[\w-]+\.css$/)]));
    for (const url of styles) expect(url).toMatch(/^\/assets\/[\w-]+\.(js|css)$/);
    // No absolute or protocol-relative URL in any tag that loads something.
    for (const tag of page.html.match(/<(script|link|img|iframe)\b[^>]*>/g) ?? []) expect(tag).not.toMatch(/https?:|["'=]\/\//);

    for (const url of [...scripts, ...styles]) {
      const asset = await fetch(new URL(url, t.url));
      const body = await asset.arrayBuffer();
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
      expect(asset.headers.get('content-type')).toBe(url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(body.byteLength).toBeGreaterThan(100);
    }
  });

  it('allows scripts, styles and connections only from the server, by its Content-Security-Policy', () => {
    const csp = page.headers.get('content-security-policy')!;
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(page.html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(page.html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  });

  it('answers the introspection query GraphiQL sends, so its editor and docs know the schema', async () => {
    // GraphiQL asks for type references `typeDepth` levels deep: 15 levels of fields in all.
    const typeDepth = graphiqlTypeDepth();
    expect(typeDepth).toBeGreaterThanOrEqual(7);
    for (const inputValueDeprecation of [false, true]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json, multipart/mixed' },
        body: JSON.stringify({
          query: getIntrospectionQuery({ typeDepth, inputValueDeprecation } as never),
          operationName: 'IntrospectionQuery',
        }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const schema = buildClientSchema(body.data);
      expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['me', 'members']));
      expect(schema.getSubscriptionType()?.name).toBe('Subscription');
    }
  });

  it('still lets a JSON GET with ?query={__typename} reach Apollo', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`;
    // With a header a browser form cannot send, Apollo's CSRF prevention lets the GET through.
    const json = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });

    const graphqlResponse = await fetch(url, {
      headers: { accept: 'application/graphql-response+json', 'content-type': 'application/json' },
    });
    expect(graphqlResponse.status).toBe(200);
    expect(await graphqlResponse.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('leaves a browser GET that carries a query to Apollo, which refuses it as a possible CSRF rather than serving the page', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: BROWSER });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers a JSON GET without a query from Apollo, not with the page', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toContain('<html');
  });

  it('serves nothing but the built assets under the assets prefix', async () => {
    for (const path of ['/assets/../package.json', '/assets/..%2f..%2fpackage.json', '/assets/graphiql.min.js', '/assets/']) {
      expect({ path, status: (await fetch(`${t.url}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });
});

describe('GraphiQL switched off (GRAPHIQL=false, the production default)', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await startTestApp({ GRAPHIQL: 'false' }, { webDir: builtWebClient() });
  });
  afterAll(() => off.close());

  it('serves no GraphiQL page: a browser at /graphql gets Apollo', async () => {
    const page = await fetch(`${off.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
    expect(page.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
