import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  apolloNegotiator,
  type ApolloHttp,
  apolloStringify,
  CONTENT_TYPE_FOR_ACCEPT,
  executePlainJsonRequest,
  type HttpRequest,
  type MediaTypeNegotiator,
  plainJsonRequest,
  rememberMediaTypeChoices,
  searchOf,
} from './fastify-apollo-driver';

describe('the query string handed to Apollo', () => {
  it('is what URL.search gives for the same request target', () => {
    for (const target of [
      '/graphql',
      '/graphql?',
      '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D',
      '/graphql?query={me{id}}&operationName=Me&variables=%7B%7D',
      '/graphql?a=1?b=2',
    ]) {
      expect([target, searchOf(target)]).toEqual([target, new URL(target, 'http://localhost/').search]);
    }
  });
});

describe('the short path of a plain JSON request', () => {
  const hooks: string[] = [];
  const server = new ApolloServer({
    typeDefs: `
      type Query { hello(name: String!): String, fails: String, count: Int }
      type Mutation { bump: Int }
    `,
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
        fails: () => {
          throw new GraphQLError('refused', { extensions: { code: 'FORBIDDEN', http: { status: 503 } } });
        },
        count: () => 3,
      },
      Mutation: { bump: () => 1 },
    },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => ({ ...formatted, extensions: { ...formatted.extensions, seen: true } }),
    plugins: [
      {
        contextCreationDidFail: async ({ error }) => void hooks.push(`context failed: ${error.message}`),
        requestDidStart: async () => ({
          didResolveOperation: async ({ operationName }) => void hooks.push(`operation ${operationName ?? '(anonymous)'}`),
          didEncounterErrors: async ({ errors }) => void hooks.push(`errors ${errors.map((e) => e.message).join(', ')}`),
        }),
      },
    ],
  });
  const http = server as unknown as Required<ApolloHttp>;
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  function request(body: unknown, headers: Record<string, string>): { fastify: Record<string, string>; apollo: HttpRequest } {
    const fastify = { 'content-type': 'application/json', ...headers };
    return { fastify, apollo: { method: 'POST', headers: new HeaderMap(Object.entries(fastify)), search: '', body } };
  }

  async function bothWays(
    body: unknown,
    headers: Record<string, string> = {},
    context: () => Promise<Record<string, unknown>> = async () => ({}),
  ) {
    const { fastify, apollo } = request(body, headers);
    const plain = plainJsonRequest('POST', fastify, body);
    expect(plain).not.toBeNull();
    const answer = async (run: () => Promise<Awaited<ReturnType<typeof http.executeHTTPGraphQLRequest>>>) => {
      hooks.length = 0;
      const response = await run();
      return {
        status: response.status ?? 200,
        headers: [...response.headers].sort(),
        body: response.body.kind === 'complete' ? response.body.string : 'chunked',
        hooks: [...hooks],
      };
    };
    const short = await answer(() => executePlainJsonRequest(http, apolloStringify, apollo, plain!, context));
    const apollos = await answer(() => http.executeHTTPGraphQLRequest({ httpGraphQLRequest: apollo, context }));
    return { short, apollos };
  }

  it.each([
    ['a query', { query: '{ count }' }],
    ['a query with variables and a name', { query: 'query Q($n: String!) { hello(name: $n) }', variables: { n: 'a' }, operationName: 'Q' }],
    ['null variables, extensions and name', { query: '{ count }', variables: null, extensions: null, operationName: null }],
    ['a mutation', { query: 'mutation { bump }' }],
    ['a syntax error', { query: '{ count' }],
    ['a validation error', { query: '{ nothing }' }],
    ['a variable of the wrong type', { query: 'query Q($n: String!) { hello(name: $n) }', variables: { n: 1 } }],
    ['a missing variable', { query: 'query Q($n: String!) { hello(name: $n) }' }],
    ['an unknown operation name', { query: '{ count }', operationName: 'Nope' }],
    ['two operations and no name', { query: 'query A { count } query B { count }' }],
    ['a resolver error with an HTTP status', { query: '{ fails count }' }],
    ['an empty query', { query: '' }],
    ['a persisted query Apollo does not know', { query: '{ count }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }],
  ])('answers %s exactly as Apollo does', async (_name, body) => {
    const { short, apollos } = await bothWays(body);
    expect(short).toEqual(apollos);
  });

  it.each([...CONTENT_TYPE_FOR_ACCEPT.keys()].filter((accept) => accept !== undefined))(
    'answers a client that accepts %s with the content type Apollo chooses',
    async (accept) => {
      const { short, apollos } = await bothWays({ query: '{ count }' }, { accept: accept! });
      expect(short).toEqual(apollos);
    },
  );

  it('hands a context that fails to Apollo, which answers it', async () => {
    const { short, apollos } = await bothWays({ query: '{ count }' }, {}, () => Promise.reject(new Error('no context')));
    expect(short).toEqual(apollos);
    expect(short.status).toBe(500);
    expect(short.hooks).toEqual(['context failed: no context']);
  });

  it('answers as Apollo does once the server has stopped', async () => {
    const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const stopped = new ApolloServer({ typeDefs: 'type Query { count: Int }', logger: quiet });
    await stopped.start();
    await stopped.stop();
    const { fastify, apollo } = request({ query: '{ count }' }, {});
    const asApollo = stopped as unknown as Required<ApolloHttp>;
    const short = await executePlainJsonRequest(
      asApollo,
      apolloStringify,
      apollo,
      plainJsonRequest('POST', fastify, apollo.body)!,
      async () => ({}),
    );
    const full = await asApollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: apollo, context: async () => ({}) });
    expect({ ...short, headers: [...short.headers] }).toEqual({ ...full, headers: [...full.headers] });
  });

  it.each([
    ['a GET', 'GET', {}, { query: '{ count }' }],
    ['a text/plain body (CSRF prevention decides)', 'POST', { 'content-type': 'text/plain' }, { query: '{ count }' }],
    ['another JSON content type', 'POST', { 'content-type': 'application/json; charset=latin1' }, { query: '{ count }' }],
    ['an Accept header not in the table', 'POST', { accept: 'text/html' }, { query: '{ count }' }],
    ['a batch', 'POST', {}, [{ query: '{ count }' }]],
    ['no query (a persisted query alone)', 'POST', {}, { extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }],
    ['a query that is not a string', 'POST', {}, { query: { kind: 'Document' } }],
    ['variables as a string', 'POST', {}, { query: '{ count }', variables: '{}' }],
    ['extensions as an array', 'POST', {}, { query: '{ count }', extensions: [] }],
    ['an operation name that is not a string', 'POST', {}, { query: '{ count }', operationName: 1 }],
  ])('leaves %s to Apollo', (_name, method, headers, body) => {
    expect(plainJsonRequest(method, { 'content-type': 'application/json', ...headers }, body)).toBeNull();
  });
});

describe("negotiator's remembered choice of media type", () => {
  type Negotiating = new (request: { headers: { accept?: string } }) => { mediaType(available?: string[]): string | undefined };
  // The copy Apollo imports; the subclass is the one made to remember, so the test changes nothing else.
  const Negotiator = apolloNegotiator() as unknown as Negotiating;
  class Remembering extends Negotiator {}
  rememberMediaTypeChoices(Remembering as unknown as MediaTypeNegotiator);

  const accepts = [
    undefined,
    '',
    '*/*',
    'application/json',
    'multipart/mixed;deferSpec=20220824',
    'multipart/mixed; deferSpec=20220824, application/json',
    'multipart/mixed;incrementalSpec=v0.2;q=0.5, multipart/mixed;deferSpec=20220824;q=0.9',
    'multipart/mixed; incrementalSpec=v0.2',
    'application/graphql-response+json,application/json;q=0.9',
    'text/html;q=0, */*;q=0.1',
    'garbage,,;;q=x',
  ];
  const lists = [
    ['multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed; deferSpec=20220824'],
    ['multipart/mixed; deferSpec=20220824', 'multipart/mixed; incrementalSpec=v0.2'],
    ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8'],
    [],
    [''],
    undefined,
  ];

  it('is the choice negotiator makes, for every Accept header and list of types, the first time and later', () => {
    for (let round = 0; round < 3; round++) {
      for (const accept of accepts) {
        for (const list of lists) {
          const own = new Negotiator({ headers: { accept } }).mediaType(list && [...list]);
          const remembered = new Remembering({ headers: { accept } }).mediaType(list && [...list]);
          expect({ accept, list, remembered }).toEqual({ accept, list, remembered: own });
        }
      }
    }
  });

  it('stays right for many more headers than it keeps', () => {
    const list = ['multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed; deferSpec=20220824'];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 200; i++) {
        const accept = i % 2 ? `multipart/mixed;deferSpec=20220824;q=0.${i % 10}, multipart/mixed;q=0.${(i + 3) % 10}` : `text/x-${i}`;
        expect(new Remembering({ headers: { accept } }).mediaType([...list])).toBe(
          new Negotiator({ headers: { accept } }).mediaType([...list]),
        );
      }
    }
  });
});
