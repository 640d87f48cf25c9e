import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { BadRequestException, Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, appLogger } from '@app/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule, type AppOptions } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { prepareDrain } from './drain';
import type { RequestLog } from './graphql/graphql.config';
import { jsonDepth, MAX_JSON_DEPTH } from './graphql/limits';
import { limitWebSockets } from './graphql/websocket';
import { defaultWebDir, registerWebClient } from './web/web-client';

/** The JSON body limit; CSV files stream through their own endpoint. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The path without its query string, and with link tokens (feeds, survey links, calendars) masked: they are credentials. */
export function loggablePath(url: string): string {
  const query = url.indexOf('?');
  const raw = query < 0 ? url : url.slice(0, query);
  // The router decodes the path before it matches a route (/f%65eds/… is /feeds/…): so must this.
  const path = raw.includes('%') ? safeDecode(raw) : raw;
  // The token in a feed's, survey link's or calendar's path is its credential. Checked first: the
  // pattern runs for those paths only, not for every GraphQL request.
  return path.startsWith('/feeds/') || path.startsWith('/responses/') || path.startsWith('/calendars/')
    ? path.replace(/^\/(feeds|responses)\/[^/]+/, '/$1/…').replace(/^\/calendars\/[^/]*?(\.ics)?(?=\/|$)/, '/calendars/…$1')
    : path;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Builds the server: Fastify, GraphQL, health, the web client and GraphiQL, request logging, CORS, the drain on SIGTERM (drain.ts). */
export async function createServer(
  config: AppConfig,
  options: AppOptions & { logger?: LoggerService | false; /** The built web client; dist/web by default. */ webDir?: string } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // Keep a caller's request id (for tracing through a proxy) when it is sane; otherwise make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, options), adapter, {
    logger: options.logger ?? appLogger(config),
    bufferLogs: false,
  });
  // With no origin listed (production's default) there is no CORS header to give, and browsers
  // keep other sites from reading the answers: no CORS hook then, which cost every request an
  // options object, a Vary header and the check (bench/request).
  if (config.corsOrigins === true || config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600 });
  }

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // Before the web client's hook, which answers pages from onRequest: later onRequest hooks never run for them.
  logRequests(fastify);
  refuseRequestsWithoutHost(fastify);
  const web = new Logger('Web');
  registerWebClient(fastify, {
    dir: options.webDir ?? defaultWebDir(),
    graphqlPath: '/graphql',
    graphiql: config.graphiql,
    log: (line) => web.warn(line),
  });
  answerOversizedBodies(fastify);
  boundJsonDepth(app, fastify);
  refuseOtherUpgrades(app);
  // The GraphQL module creates its WebSocket server while the application initialises.
  await app.init();
  limitWebSockets(app, config);
  prepareDrain(app);
  return app;
}

/** A GraphQL-shaped error, so that every client reads refusals the same way. */
function errorResponse(message: string, code: string): { errors: Array<{ message: string; extensions: { code: string } }> } {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * HTTP/1.1 requires a Host header (Node refuses a 1.1 request without one); an HTTP/1.0 request
 * may leave it out, but the GraphQL integration builds the request's URL from it. Refused for
 * every path alike, before anything reads the URL. Also marks every response `nosniff`, so no
 * browser guesses a content type other than the one sent.
 */
function refuseRequestsWithoutHost(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.header('x-content-type-options', 'nosniff');
    if (request.headers.host?.trim()) return done();
    // Answered here: a callback hook that sends does not call `done`.
    reply
      .code(400)
      .header('content-type', 'application/json; charset=utf-8')
      .header('connection', 'close')
      .send(JSON.stringify(errorResponse('The request has no Host header; send one (HTTP/1.1 requires it)', 'BAD_REQUEST')));
  });
}

/**
 * JSON bodies are parsed as Fastify does by default (refusing `__proto__` poisoning), then
 * refused when they nest deeper than any input needs: later walks over a value (GraphQL's
 * coercion, validation, copying into entities) recurse once per level.
 */
function boundJsonDepth(app: NestFastifyApplication, fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser(
    'application/json',
    { bodyLimit: BODY_LIMIT_BYTES },
    (request: FastifyRequest, body: Buffer | string, done: (error: Error | null, value?: unknown) => void) => {
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- given a callback, Fastify's parser answers through it, not by a promise
      parseJson(request, body as string, (error: Error | null, value?: unknown) => {
        if (error) {
          done(new BadRequestException(errorResponse('The request body is not valid JSON', 'BAD_REQUEST')));
        } else if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
          done(
            new BadRequestException(
              errorResponse(`The request body nests more than ${MAX_JSON_DEPTH} levels of objects and arrays`, 'BAD_REQUEST'),
            ),
          );
        } else {
          done(null, value);
        }
      });
    },
  );
}

/** WebSocket upgrades are served on /graphql only; any other path is answered at once rather than left hanging. */
function refuseOtherUpgrades(app: NestFastifyApplication): void {
  const server = app.getHttpServer() as {
    prependListener(event: 'upgrade', listener: (request: IncomingMessage, socket: Duplex) => void): void;
  };
  server.prependListener('upgrade', (request, socket) => {
    // The GraphQL module answers paths that start with /graphql (a wrong one there gets its 400).
    if ((request.url ?? '').startsWith('/graphql')) return;
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}

/** One JSON line per request: id, method, path (never the query string: it may hold tokens), status, duration, operation. */
function logRequests(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  // Callback hooks rather than async ones: no promise per request for work that never waits.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request: FastifyRequest & { coprodLog?: RequestLog }, reply: FastifyReply, done: () => void) => {
    logger.log({
      msg: 'request',
      requestId: request.id,
      method: request.method,
      path: loggablePath(request.url),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      operation: request.coprodLog?.operationName,
    });
    done();
  });
}

/** A body over Fastify's limit answers like a GraphQL error, with a code a client can act on. */
function answerOversizedBodies(fastify: FastifyInstance): void {
  const body = JSON.stringify({
    errors: [
      { message: `The request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} KB`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
    ],
  });
  fastify.addHook(
    'onSend',
    (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
      if (reply.statusCode !== 413) return done(null, payload);
      // An endpoint with its own limit (the CSV import's 50 MB) has answered already, in its own words.
      if (typeof payload === 'string' && payload.includes('"code":"PAYLOAD_TOO_LARGE"')) return done(null, payload);
      reply.header('content-type', 'application/json; charset=utf-8');
      done(null, body);
    },
  );
}

/** Seeds the demo organisation on the first start of a non-production server that asks for it; says how long it took. */
export async function seedDemoIfWanted(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (!config.seedDemo) return;
  const seeder = app.get(DemoSeeder);
  const began = performance.now();
  const demo = await seeder.seedIfEmpty();
  if (demo) seeder.announce(demo, performance.now() - began);
}
