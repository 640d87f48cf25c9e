import { randomUUID } from 'node:crypto';
import { ConsoleLogger, type LogLevel as NestLogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, type LogLevel } from '@app/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule, type AppOptions } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { registerGraphiql } from './graphql/graphiql';
import type { RequestLog } from './graphql/graphql.config';

/** The JSON body limit; CSV files stream through their own endpoint. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const LEVELS: Record<LogLevel, NestLogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

export function jsonLogger(level: LogLevel): ConsoleLogger {
  return new ConsoleLogger({ json: true, colors: false, logLevels: LEVELS[level] });
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The path without its query string, and with link tokens (feeds, survey links) masked: they are credentials. */
export function loggablePath(url: string): string {
  return url.split('?')[0].replace(/^\/(feeds|responses)\/[^/]+/, '/$1/…');
}

/** Builds the server: Fastify, GraphQL, health, GraphiQL, request logging, CORS, shutdown hooks. */
export async function createServer(config: AppConfig, options: AppOptions & { logger?: ConsoleLogger | false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    // Keep a caller's request id (for tracing through a proxy) when it is sane; otherwise make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, options), adapter, {
    logger: options.logger ?? jsonLogger(config.logLevel),
    bufferLogs: false,
  });
  app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600 });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // Before GraphiQL's hook, which answers the page from onRequest: later onRequest hooks never run for it.
  logRequests(fastify);
  if (config.graphiql) registerGraphiql(fastify, { graphqlPath: '/graphql', assetsPrefix: '/graphiql-assets/' });
  answerOversizedBodies(fastify);
  return app;
}

/** One JSON line per request: id, method, path (never the query string: it may hold tokens), status, duration, operation. */
function logRequests(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request: FastifyRequest & { coprodLog?: RequestLog }, reply: FastifyReply) => {
    logger.log({
      msg: 'request',
      requestId: request.id,
      method: request.method,
      path: loggablePath(request.url),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      operation: request.coprodLog?.operationName,
    });
  });
}

/** A body over Fastify's limit answers like a GraphQL error, with a code a client can act on. */
function answerOversizedBodies(fastify: FastifyInstance): void {
  const body = JSON.stringify({
    errors: [{ message: `The request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} KB`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
  fastify.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode !== 413) return payload;
    // An endpoint with its own limit (the CSV import's 50 MB) has answered already, in its own words.
    if (typeof payload === 'string' && payload.includes('"code":"PAYLOAD_TOO_LARGE"')) return payload;
    reply.header('content-type', 'application/json; charset=utf-8');
    return body;
  });
}

/** Seeds the demo organisation on the first start of a non-production server that asks for it. */
export async function seedDemoIfWanted(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (!config.seedDemo) return;
  const seeder = app.get(DemoSeeder);
  const demo = await seeder.seedIfEmpty();
  if (demo) seeder.announce(demo);
}
