import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { serverUrl } from '../support/databases';
import { startTestApp, type TestApp } from '../support/test-app';

const ALLOWED = 'https://intranet.example.org';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Real HTTP through node:http, which sends `Origin` and any other header exactly as given. */
function request(url: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const preflight = (url: string, origin: string) =>
  request(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization,x-organisation-id',
    },
  });

describe('health, request ids and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: ALLOWED });
  });
  afterAll(() => t?.close());

  describe('health', () => {
    it('answers /health/live with 200 and {status: ok}', async () => {
      const answer = await request(`${t.url}/health/live`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toEqual({ status: 'ok' });
    });

    it('answers /health/ready with 200, the database reachable and every migration applied', async () => {
      const answer = await request(`${t.url}/health/ready`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toEqual({
        status: 'ok',
        checks: { database: true, migrations: true },
        database: serverUrl() ? 'postgres' : 'embedded',
      });
    });

    it('answers health checks many at a time, alongside GraphQL', async () => {
      const answers = await Promise.all([
        ...Array.from({ length: 10 }, () => request(`${t.url}/health/ready`)),
        ...Array.from({ length: 10 }, () => t.client.ok(`{ __typename }`)),
      ]);
      for (const answer of answers.slice(0, 10) as Answer[]) expect(answer.status).toBe(200);
      expect(answers.slice(10)).toEqual(Array(10).fill({ __typename: 'Query' }));
    });
  });

  describe('x-request-id', () => {
    it('gives every response a fresh request id when none is sent', async () => {
      const ids = [];
      for (const path of ['/health/live', '/health/ready', '/no-such-page']) {
        const answer = await request(`${t.url}${path}`);
        expect(answer.headers['x-request-id']).toMatch(UUID);
        ids.push(answer.headers['x-request-id']);
      }
      const graphql = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(graphql.headers.get('x-request-id')).toMatch(UUID);
      ids.push(graphql.headers.get('x-request-id'));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('echoes a sane incoming x-request-id, on health and on GraphQL, errors included', async () => {
      expect((await request(`${t.url}/health/live`, { headers: { 'x-request-id': 'proxy-7f3a.42_b' } })).headers['x-request-id']).toBe(
        'proxy-7f3a.42_b',
      );
      const graphql = await request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(JSON.parse(graphql.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(graphql.headers['x-request-id']).toBe('trace-123');
    });

    it('replaces an incoming x-request-id that is not sane (too long, or odd characters)', async () => {
      for (const given of ['x'.repeat(65), 'has spaces in it', '<script>', 'a/b']) {
        const answer = await request(`${t.url}/health/live`, { headers: { 'x-request-id': given } });
        expect(answer.status).toBe(200);
        expect(answer.headers['x-request-id']).toMatch(UUID);
      }
    });
  });

  describe('CORS from CORS_ORIGINS', () => {
    it('allows a preflight from a listed origin, with the headers a client needs', async () => {
      const answer = await preflight(t.url, ALLOWED);
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(answer.headers['access-control-allow-methods']).toMatch(/POST/);
      const allowedHeaders = String(answer.headers['access-control-allow-headers']).toLowerCase();
      for (const header of ['content-type', 'authorization', 'x-organisation-id']) expect(allowedHeaders).toContain(header);
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      expect(answer.headers['access-control-max-age']).toBe('600');
      expect(String(answer.headers.vary ?? '')).toMatch(/Origin/i);
    });

    it('gives a preflight from any other origin no access-control-allow-origin', async () => {
      for (const origin of [
        'https://elsewhere.example.com',
        'https://intranet.example.org.evil.example',
        'http://intranet.example.org',
        'null',
      ]) {
        const answer = await preflight(t.url, origin);
        expect({ origin, allow: answer.headers['access-control-allow-origin'] }).toEqual({ origin, allow: undefined });
      }
    });

    it('lets the listed origin read a GraphQL answer, and not another origin', async () => {
      const post = (origin: string) =>
        request(`${t.url}/graphql`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
      const allowed = await post(ALLOWED);
      expect(JSON.parse(allowed.body)).toEqual({ data: { __typename: 'Query' } });
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
      const other = await post('https://elsewhere.example.com');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe('CORS in production with no CORS_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') });
  });
  afterAll(() => t?.close());

  it('lets no origin read an answer: no preflight and no GraphQL answer carries access-control-allow-origin', async () => {
    for (const origin of [ALLOWED, 'https://elsewhere.example.com', 'null']) {
      const answer = await preflight(t.url, origin);
      expect({ origin, status: answer.status < 300, allow: answer.headers['access-control-allow-origin'] }).toEqual({
        origin,
        status: false,
        allow: undefined,
      });
      const post = await request(`${t.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(JSON.parse(post.body)).toEqual({ data: { __typename: 'Query' } });
      expect(post.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
