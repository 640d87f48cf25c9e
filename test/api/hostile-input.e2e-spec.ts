import { connect as connectTcp } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Documents and bodies built to break the server, on both transports: each is refused with a
 * 4xx (or a graphql-ws error message) carrying a code, nothing internal leaks, and the server
 * keeps answering (afterEach).
 */

interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

interface WireError {
  message: string;
  extensions?: { code?: string };
}

let t: TestApp;
let admin: { token: string; userId: string };
let organisationId: string;

/** Nothing in a response may look like a stack trace, a JavaScript exception or SQL. */
function expectNoLeak(text: string): void {
  expect(text).not.toMatch(
    /call stack|RangeError|TypeError|\bat \S+ \(.*:\d+:\d+\)|QueryFailedError|\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b/,
  );
  expect(text).not.toMatch(/"stack(trace)?"|"exception"/i);
}

async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  expectNoLeak(text);
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

const post = (query: string, variables: unknown = {}, headers: Record<string, string> = {}) =>
  send(JSON.stringify({ query, variables }), headers);

/** The answer is a 4xx whose only error carries `code`. */
function refused(answer: Answer, code: string): WireError {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(answer.body?.errors).toHaveLength(1);
  expect(answer.body.errors[0].extensions?.code).toBe(code);
  return answer.body.errors[0];
}

/** The answer is a 4xx whose every error carries `code` (a deep document may break several rules). */
function refusedAll(answer: Answer, code: string): void {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(answer.body?.errors?.length).toBeGreaterThan(0);
  expect(new Set(answer.body.errors.map((e: WireError) => e.extensions?.code))).toEqual(new Set([code]));
}

const nested = (depth: number, open: string, close: string, inner = '') => open.repeat(depth) + inner + close.repeat(depth);
/** `[[[…]]]` as a JSON value, built without recursion. */
function deepList(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}
function deepObject(depth: number): unknown {
  let value: unknown = { leaf: 'OFTEN' };
  for (let i = 1; i < depth; i++) value = { inner: value };
  return value;
}

/** Sends raw bytes and collects what comes back until the server closes the connection. */
function raw(request: string): Promise<string> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.end(request);
  });
}

function wsClient(params: Record<string, unknown>): Client {
  // Kept open between subscriptions: a lazy client closing as the next one starts would end it silently.
  return createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}

/** Subscribes once and answers the errors the server sent (graphql-ws error message), or the first result. */
function subscribeOnce(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ errors?: WireError[]; data?: unknown }> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (value) => {
          stop();
          resolve(value as { errors?: WireError[]; data?: unknown });
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error as WireError[] }) : reject(error)),
        complete: () => resolve({}),
      },
    );
  });
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.client.signUp('Hostile Input Admin');
  organisationId = await t.client.createOrganisation(admin.token);
});
afterAll(() => t?.close());

afterEach(async () => {
  const data = await t.client.ok(`{ me { id } }`, {}, { token: admin.token });
  expect(data.me.id).toBe(admin.userId);
});

describe('deep and long documents over HTTP', () => {
  it('refuses a selection nested 5,000 deep while parsing, with GRAPHQL_PARSE_FAILED', async () => {
    const error = refused(await post(nested(5000, '{ me ', '}')), 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/more th\w+ \d+ tokens/);
  });

  it('refuses 100,000 deep brackets in an argument the same way', async () => {
    refused(await post(`{ members(first: ${nested(100_000, '[', ']')}) { totalCount } }`), 'GRAPHQL_PARSE_FAILED');
    refused(await post(`{ members(first: ${nested(50_000, '{a:', '}', '1')}) { totalCount } }`), 'GRAPHQL_PARSE_FAILED');
  });

  it('answers the deepest documents under the token bound with a validation error, not a crash', async () => {
    // Each is as deep as the bound lets a document go: the parser and every rule after it must cope.
    refusedAll(
      await post(`{ members(first: ${nested(490, '[', ']')}) { totalCount } }`, {}, { authorization: `Bearer ${admin.token}` }),
      'GRAPHQL_VALIDATION_FAILED',
    );
    refusedAll(await post(nested(330, '{ me ', '}')), 'GRAPHQL_VALIDATION_FAILED');
    const answers = nested(240, '{a:', '}', '"OFTEN"');
    // Free-form answers are valid GraphQL at any depth: the mutation runs, and refuses the unknown link.
    const survey = await post(`mutation { submitSurveyResponse(input: { token: "x", answers: ${answers} }) { message } }`);
    expect(survey.status).toBeLessThan(500);
    expect(survey.body.errors.map((e: WireError) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(survey.body.errors[0].extensions.code).toEqual(expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/));
  });

  it('refuses a long flat stream of tokens quickly', async () => {
    const started = Date.now();
    refused(await post(`{ ${'__typename '.repeat(90_000)}}`), 'GRAPHQL_PARSE_FAILED');
    refused(await post(`{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), 'GRAPHQL_PARSE_FAILED');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('deep variables over HTTP', () => {
  // Written as text: the values are too deep for JSON.stringify itself.
  it('refuses lists nested 100,000 deep in variables with 400 BAD_REQUEST', async () => {
    const body = `{"query": "query($first: Int) { members(first: $first) { totalCount } }", "variables": {"first": ${nested(100_000, '[', ']')}}}`;
    const error = refused(await send(body), 'BAD_REQUEST');
    expect(error.message).toMatch(/nests more than \d+ levels/);
  });

  it('refuses objects nested 50,000 deep in variables, also on a public mutation that takes free-form answers', async () => {
    const query = `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { message } }`;
    const body = `{"query": ${JSON.stringify(query)}, "variables": {"input": {"token": "x", "answers": ${nested(50_000, '{"a":', '}', '"OFTEN"')}}}}`;
    refused(await send(body), 'BAD_REQUEST');
  });

  it('answers variables just under the nesting bound with BAD_USER_INPUT', async () => {
    refused(await post(`query($first: Int) { members(first: $first) { totalCount } }`, { first: deepList(25) }), 'BAD_USER_INPUT');
    const query = `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { message } }`;
    const answer = await post(query, { input: { token: 'x', answers: deepObject(25) } });
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors[0].extensions.code).toEqual(expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/));
  });

  it('refuses a body that is not JSON with 400 BAD_REQUEST', async () => {
    refused(await send('{"query": "{ __typename }"'), 'BAD_REQUEST');
  });
});

describe('requests without a Host header', () => {
  it('answers an HTTP/1.0 POST to /graphql without Host with 400 BAD_REQUEST', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const response = await raw(
      `POST /graphql HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect(response).toMatch(/^HTTP\/1\.[01] 400 /);
    expect(response.toLowerCase()).toContain('x-content-type-options: nosniff');
    const json = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expectNoLeak(response);
  });

  it('answers an HTTP/1.0 GET and an HTTP/0.9-style request line with 400', async () => {
    const get = await raw(`GET /graphql?query=%7B__typename%7D HTTP/1.0\r\n\r\n`);
    expect(get).toMatch(/^HTTP\/1\.[01] 400 /);
    expect(get).toContain('BAD_REQUEST');
    const ancient = await raw(`GET /graphql\r\n\r\n`);
    expect(ancient).toMatch(/^HTTP\/1\.[01] 400 /);
    expectNoLeak(get + ancient);
  });
});

describe('headers', () => {
  it('marks every response nosniff: answers, errors, refusals, health, unknown paths', async () => {
    const responses = [
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(2 * 1024 * 1024),
      }),
      await fetch(`${t.url}/health/live`),
      await fetch(`${t.url}/no-such-path`),
    ];
    for (const response of responses)
      expect([response.status, response.headers.get('x-content-type-options')]).toEqual([response.status, 'nosniff']);
    expect(responses.map((r) => r.status)).toEqual([200, 400, 413, 200, 404]);
  });
});

describe('a burst of hostile requests', () => {
  it('answers 300 of them with 4xx and leaves memory settled', async () => {
    const bodies = [
      JSON.stringify({ query: nested(5000, '{a', '}') }),
      `{"query": "query($first: Int) { members(first: $first) { totalCount } }", "variables": {"first": ${nested(100_000, '[', ']')}}}`,
      JSON.stringify({ query: `{ ${'__typename '.repeat(50_000)}}` }),
      JSON.stringify({ query: `{ members(first: ${nested(490, '[', ']')}) { totalCount } }` }),
    ];
    const burst = async () => {
      for (let round = 0; round < 15; round++) {
        const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => send(bodies[i % bodies.length])));
        for (const answer of answers)
          expect([answer.status >= 400 && answer.status < 500, answer.body?.errors?.[0]?.extensions?.code]).toEqual([
            true,
            expect.any(String),
          ]);
      }
    };
    await burst(); // warms up whatever is allocated once
    const before = process.memoryUsage().rss;
    await burst();
    const after = process.memoryUsage().rss;
    expect(after - before).toBeLessThan(100 * 1024 * 1024);
  }, 180_000); // 600 large bodies: room for a busy machine
});

describe('the same documents over WebSocket', () => {
  let client: Client;
  beforeAll(() => {
    client = wsClient({ authorization: `Bearer ${admin.token}`, organisationId });
  });
  afterAll(() => client.dispose());

  const codesOf = (result: { errors?: WireError[] }) => (result.errors ?? []).map((e) => e.extensions?.code);

  it('refuses a selection nested 5,000 deep with GRAPHQL_PARSE_FAILED', async () => {
    const result = await subscribeOnce(client, `subscription ${nested(5000, '{a', '}')}`);
    expect(codesOf(result)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expectNoLeak(JSON.stringify(result));
  });

  it('applies the depth and alias limits as HTTP does', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: historyEvents { id }`).join(' ');
    const result = await subscribeOnce(client, `subscription { ${aliases} }`);
    expect(codesOf(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).toMatch(/50 aliases; the limit is 30/);
    const deep = await subscribeOnce(
      client,
      `subscription { historyEvents ${nested(20, '{ __typename id ', '}').replace(/\{ __typename id /, '{ id ')} }`,
    );
    expect(codesOf(deep).length).toBeGreaterThan(0);
    expect(new Set(codesOf(deep))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });

  it('refuses deep variables with BAD_USER_INPUT, and wrong ones with the coercion message', async () => {
    const query = `subscription($id: ID!) { programmeEvents(programmeId: $id) { id } }`;
    const deep = await subscribeOnce(client, query, { id: deepList(1000) as never });
    expect(codesOf(deep)).toEqual(['BAD_USER_INPUT']);
    const wrong = await subscribeOnce(client, query, { id: [1, 2] as never });
    expect(codesOf(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].message).toMatch(/\$id/);
    // Good variables pass the checks and reach the resolver: another organisation's (or no) programme is NOT_FOUND.
    const unknown = await subscribeOnce(client, query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });

  it('serves only subscriptions: a query or a mutation is refused with BAD_REQUEST', async () => {
    const query = await subscribeOnce(client, `{ me { id } }`);
    expect(codesOf(query)).toEqual(['BAD_REQUEST']);
    expect(query.errors![0].message).toMatch(/POST \/graphql/);
    const mutation = await subscribeOnce(client, `mutation { createApiKey(input: { name: "Sneaky", role: ADMIN }) { secret } }`);
    expect(codesOf(mutation)).toEqual(['BAD_REQUEST']);
    const keys = await t.client.ok(`{ apiKeys { name } }`, {}, { token: admin.token, organisationId });
    expect(keys.apiKeys.map((k: { name: string }) => k.name)).not.toContain('Sneaky');
  });

  it('answers a syntax error and an unknown field with the codes HTTP uses', async () => {
    expect(codesOf(await subscribeOnce(client, `subscription { historyEvents { id `))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codesOf(await subscribeOnce(client, `subscription { historyEvents { passwordHash } }`))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
