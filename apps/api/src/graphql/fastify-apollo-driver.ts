import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { versionInfo } from 'graphql';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';

type Context = Record<string, unknown>;
type ContextFunction = (request: FastifyRequest, reply: FastifyReply) => Promise<Context>;

/** The parts of Apollo's request and answer used here (its typings are loaded twice, as ESM and CommonJS). */
export interface HttpRequest {
  method: string;
  headers: Map<string, string>;
  search: string;
  body: unknown;
}
interface HttpResponse {
  status?: number;
  headers: Map<string, string>;
  body: { kind: 'complete'; string: string } | { kind: 'chunked'; asyncIterator: AsyncIterableIterator<string> };
}
interface Operation {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}
/** What the driver calls on the ApolloServer; `errorResponse`, Apollo's answer to an error thrown while it handles a request, is not in its typings. */
export interface ApolloHttp {
  executeHTTPGraphQLRequest(args: { httpGraphQLRequest: HttpRequest; context: () => Promise<Context> }): Promise<HttpResponse>;
  executeOperation(
    request: Operation & { http: HttpRequest },
    options: { contextValue: Context },
  ): Promise<{
    http: { status?: number; headers: Map<string, string> };
    body: { kind: 'single'; singleResult: { errors?: unknown; data?: unknown; extensions?: unknown } } | { kind: 'incremental' };
  }>;
  errorResponse?(error: unknown, request: HttpRequest): Promise<HttpResponse>;
}

/** The query string of a request's URL, from its `?` on (what URL.search gives, without parsing a URL per request). */
export function searchOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 || at === url.length - 1 ? '' : url.slice(at);
}

/** Node's headers put in Apollo's map (a Map with lower-case keys): repeated headers joined, empty ones left out. */
function fillHeaders<M extends Map<string, string>>(map: M, headers: FastifyRequest['headers']): M {
  for (const name in headers) {
    const value = headers[name];
    if (value) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** Content types whose essence is application/json, as clients send them: Apollo's CSRF prevention lets them through unparsed here. */
const JSON_CONTENT_TYPES = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/**
 * The Accept headers clients commonly send (none, fetch's, curl's, Apollo Client's), with the
 * content type Apollo answers each with (`chooseContentTypeForSingleResultResponse` in
 * @apollo/server; fastify-apollo-driver.spec.ts checks the two agree). Any other goes to Apollo.
 */
export const CONTENT_TYPE_FOR_ACCEPT = new Map<string | undefined, string>([
  [undefined, JSON_TYPE],
  ['*/*', JSON_TYPE],
  ['application/json', JSON_TYPE],
  ['application/graphql-response+json,application/json;q=0.9', GRAPHQL_RESPONSE_TYPE],
  ['application/graphql-response+json, application/json', GRAPHQL_RESPONSE_TYPE],
]);

const isRecord = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Buffer.isBuffer(o) && !Array.isArray(o);

/** A field that, when given, must be an object (or null): Apollo refuses anything else with a 400. */
const objectOrAbsent = (body: Record<string, unknown>, name: string): boolean =>
  !(name in body) || body[name] === null || isRecord(body[name]);

/**
 * The common request, which Apollo's HTTP layer would pass as it is: a POST of a JSON object
 * (the content type as clients send it, an Accept header from CONTENT_TYPE_FOR_ACCEPT) whose
 * fields have the types Apollo requires (runHttpQuery.js). Returns the operation Apollo would
 * build from it and the content type of its answer, or null for anything else (Apollo's own
 * path, with its checks and refusals).
 */
export function plainJsonRequest(
  method: string,
  headers: FastifyRequest['headers'],
  body: unknown,
): { operation: Operation; contentType: string } | null {
  if (method !== 'POST') return null;
  const contentType = headers['content-type'];
  if (contentType === undefined || !JSON_CONTENT_TYPES.has(contentType)) return null;
  const answerType = CONTENT_TYPE_FOR_ACCEPT.get(headers.accept);
  if (answerType === undefined || !isRecord(body)) return null;
  const { query, operationName } = body;
  if (typeof query !== 'string') return null;
  if (!objectOrAbsent(body, 'variables') || !objectOrAbsent(body, 'extensions')) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  return {
    operation: {
      query,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      variables: isRecord(body.variables) ? body.variables : undefined,
      extensions: isRecord(body.extensions) ? body.extensions : undefined,
    },
    contentType: answerType,
  };
}

/**
 * Runs a request plainJsonRequest accepted as Apollo's executeHTTPGraphQLRequest would, less the
 * steps that cannot change its outcome: the CSRF check (the content type is JSON), the body's
 * checks (made already) and the content negotiation (the Accept header is a known one). The
 * operation runs through Apollo's own pipeline (executeOperation: parsing, validation, the
 * document cache, plugins, error formatting, status codes); what it cannot run is answered by
 * Apollo, the same way.
 */
export async function executePlainJsonRequest(
  server: Required<ApolloHttp>,
  stringify: (value: unknown) => string | Promise<string>,
  httpGraphQLRequest: HttpRequest,
  plain: NonNullable<ReturnType<typeof plainJsonRequest>>,
  context: () => Promise<Context>,
): Promise<HttpResponse> {
  let contextValue: Context;
  try {
    contextValue = await context();
  } catch (error) {
    // Apollo answers a context that failed (and tells its plugins): handed the same failure.
    return server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => Promise.reject(error as Error) });
  }
  try {
    const response = await server.executeOperation({ ...plain.operation, http: httpGraphQLRequest }, { contextValue });
    // graphql 16 (checked where the driver starts) never answers incrementally.
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not served');
    if (!response.http.headers.get('content-type')) response.http.headers.set('content-type', plain.contentType);
    const { errors, data, extensions } = response.body.singleResult;
    return {
      status: response.http.status,
      headers: response.http.headers,
      body: { kind: 'complete', string: await stringify({ errors, data, extensions }) },
    };
  } catch (error) {
    return server.errorResponse(error, httpGraphQLRequest);
  }
}

/** The part of negotiator (the class Apollo imports) that rememberMediaTypeChoices wraps. */
export interface MediaTypeNegotiator {
  prototype: { mediaType(this: { request: { headers: { accept?: unknown } } }, available?: string[]): string | undefined };
}

/**
 * The negotiator Apollo imports, resolved from Apollo's own folder. Node loads a CommonJS module
 * once per path, for require and import alike, so this is the very class Apollo's ESM build uses.
 * Resolved from the started script, as elsewhere here (libs/identity/src/auth/common-passwords.ts):
 * this file is also run as ESM, without `require`.
 */
export function apolloNegotiator(): MediaTypeNegotiator {
  const apollo = createRequire(resolve(process.argv[1] ?? 'index.js')).resolve('@apollo/server');
  return createRequire(apollo)('negotiator') as MediaTypeNegotiator;
}

/** At most this many answers are kept (headers a client chose cannot grow it further); then it starts afresh. */
const MEDIA_TYPE_CHOICES = 64;

/**
 * Makes negotiator remember its choice of media type for each Accept header and list of types.
 * Apollo asks it on every execution, with or without an Accept header, which of two multipart
 * formats the client prefers (requestPipeline.js, for incremental delivery, which graphql 16
 * never does), and negotiator parses the header afresh each time: about 3.5% of a small
 * request's CPU (bench/request). Its answer depends on nothing else, and is a string, so the
 * remembered one is the same (fastify-apollo-driver.spec.ts compares them).
 */
export function rememberMediaTypeChoices(negotiator: MediaTypeNegotiator): void {
  const prototype = negotiator.prototype;
  const choose = prototype.mediaType;
  if ((choose as { remembers?: true }).remembers) return;
  const known = new Map<string, string | undefined>();
  const remembered = function (this: { request: { headers: { accept?: unknown } } }, available?: string[]): string | undefined {
    const accept = this.request.headers.accept;
    // A line break cannot be in a header, so it separates the key's parts; anything unusual is not kept.
    if (
      !Array.isArray(available) ||
      available.some((type) => typeof type !== 'string' || type.includes('\n')) ||
      (accept !== undefined && (typeof accept !== 'string' || accept.length > 512 || accept.includes('\n')))
    ) {
      return choose.call(this, available);
    }
    const key = `${accept === undefined ? '-' : `=${accept}`}\n${available.length}\n${available.join('\n')}`;
    if (known.has(key)) return known.get(key);
    const chosen = choose.call(this, available);
    if (known.size >= MEDIA_TYPE_CHOICES) known.clear();
    known.set(key, chosen);
    return chosen;
  };
  prototype.mediaType = Object.assign(remembered, { remembers: true as const });
}

/** Apollo's default serialisation of an answer (prettyJSONStringify in its runHttpQuery.js). */
export const apolloStringify = (value: unknown): string => JSON.stringify(value) + '\n';

/**
 * Nest's Apollo driver on Fastify, with the request handed to Apollo as @as-integrations/fastify
 * does, less its costly steps: it parsed a whole URL from the request's path and host to take its
 * query string, about a fifteenth of the CPU of a small request (bench/request); and the common
 * request (plainJsonRequest) skips the HTTP checks that cannot refuse it (the CSRF check's and
 * the body's, content negotiation), about a twentieth. Everything else is the same: the route,
 * the context, Apollo's own HTTP handling (CSRF prevention, GET, status codes) for every other
 * request, and the drain plugin that closes connections on shutdown.
 */
@Injectable()
export class FastifyApolloDriver extends ApolloDriver {
  protected override async registerFastify(options: ApolloDriverConfig): Promise<void> {
    const app = this.httpAdapterHost.httpAdapter.getInstance<FastifyInstance>();
    const { path, typeDefs, resolvers, schema } = options;
    // Nest's driver loads Apollo's ESM build; this uses the same one rather than load its CommonJS twin too.
    const apollo = await import('@apollo/server');
    rememberMediaTypeChoices(apolloNegotiator());
    const server = new apollo.ApolloServer({
      typeDefs,
      resolvers,
      schema,
      ...options,
      plugins: [...(options.plugins ?? []), fastifyApolloDrainPlugin(app)],
    } as never);
    await server.start();
    const http = server as unknown as ApolloHttp;
    const context = options.context as ContextFunction;
    // The short path needs Apollo's error answer, and a graphql that never answers incrementally.
    const shortPath = typeof http.errorResponse === 'function' && versionInfo.major < 17;
    const stringify = (options as { stringifyResult?: (value: unknown) => string | Promise<string> }).stringifyResult ?? apolloStringify;
    app.route({
      url: path!,
      method: ['GET', 'POST', 'OPTIONS'],
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const httpGraphQLRequest: HttpRequest = {
          body: request.body,
          method: request.method,
          headers: fillHeaders(new apollo.HeaderMap(), request.headers),
          search: searchOf(request.url),
        };
        const plain = shortPath ? plainJsonRequest(request.method, request.headers, request.body) : null;
        const { headers, body, status } = plain
          ? await executePlainJsonRequest(http as Required<ApolloHttp>, stringify, httpGraphQLRequest, plain, () => context(request, reply))
          : await http.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(request, reply) });
        for (const [name, value] of headers) void reply.header(name, value);
        void reply.code(status ?? 200);
        return body.kind === 'complete' ? body.string : reply.send(Readable.from(body.asyncIterator));
      },
    });
    this.apolloServer = server;
  }
}
