import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';

/** What a browser sends when someone opens http://host/graphql. */
const BROWSER = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
};

const attributes = (html: string, name: 'src' | 'href') => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&#38;/g, '&'));

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
    t = await startTestApp();
    const response = await fetch(`${t.url}/graphql`, { headers: BROWSER });
    page = { status: response.status, headers: response.headers, html: await response.text() };
  });
  afterAll(() => t?.close());

  it('answers a browser GET of /graphql with the GraphiQL page', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.html).toContain('<div id="graphiql">');
    expect(page.html).toContain('<title>coprod · GraphiQL</title>');
    // Not Apollo's landing page, which loads from a CDN.
    expect(page.html).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
    expect(page.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('loads every script and style from the server itself, and each one answers 200', async () => {
    const scripts = attributes(page.html, 'src');
    const styles = attributes(page.html, 'href');
    expect(scripts.map((url) => url.split('?')[0])).toEqual([
      '/graphiql-assets/react.production.min.js',
      '/graphiql-assets/react-dom.production.min.js',
      '/graphiql-assets/graphql-ws.min.js',
      '/graphiql-assets/graphiql.min.js',
    ]);
    expect(styles.map((url) => url.split('?')[0])).toEqual(['/graphiql-assets/graphiql.min.css']);
    // No absolute or protocol-relative URL in any tag that loads something.
    for (const tag of page.html.match(/<(script|link|img|iframe)\b[^>]*>/g) ?? []) expect(tag).not.toMatch(/https?:|["'=]\/\//);

    for (const url of [...scripts, ...styles]) {
      const asset = await fetch(new URL(url, t.url));
      const body = await asset.arrayBuffer();
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
      expect(asset.headers.get('content-type')).toBe(url.includes('.css?') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(body.byteLength).toBeGreaterThan(5_000);
    }
  });

  it('allows scripts, styles and connections only from the server, by its Content-Security-Policy', () => {
    const csp = page.headers.get('content-security-policy')!;
    const nonce = /<script nonce="([^"]+)">/.exec(page.html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
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
        body: JSON.stringify({ query: getIntrospectionQuery({ typeDepth, inputValueDeprecation } as never), operationName: 'IntrospectionQuery' }),
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

    const graphqlResponse = await fetch(url, { headers: { accept: 'application/graphql-response+json', 'content-type': 'application/json' } });
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

  it('serves nothing else from node_modules under the assets prefix', async () => {
    for (const path of ['/graphiql-assets/react/package.json', '/graphiql-assets/graphiql.min.js.map', '/graphiql-assets/']) {
      expect({ path, status: (await fetch(`${t.url}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });
});

describe('GraphiQL switched off (GRAPHIQL=false, the production default)', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await startTestApp({ GRAPHIQL: 'false' });
  });
  afterAll(() => off.close());

  it('serves no page and no assets', async () => {
    const page = await fetch(`${off.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
    const assets = await fetch(`${off.url}/graphiql-assets/graphiql.min.css`);
    expect(assets.status).toBe(404);
  });
});
