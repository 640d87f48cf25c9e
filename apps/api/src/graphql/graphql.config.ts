import { randomUUID } from 'node:crypto';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import { AppConfig, type GqlContext, RequestContext, sessionFromCookies } from '@app/common';
import { AuthService, httpCredentials } from '@app/identity';
import { WorkshopGuestsService } from '@app/workshops';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLSchemaHost } from '@nestjs/graphql';
import { formatError } from './format-error';
import { DEFAULT_LIMITS, documentLimitsRule, MAX_TOKENS } from './limits';
import { graphqlWsOptions, SocketQuotas, socketCredentials, upgradeIsSecure } from './websocket';

export interface RequestLog {
  operationName?: string;
}

type LoggedRequest = FastifyRequest & { coprodLog?: RequestLog };

type LoggedContext = GqlContext & { log?: RequestLog };
const DONE = Promise.resolve();
/** One listener and one settled promise for every request: the hook keeps nothing of its own. */
const namesOperation: Promise<GraphQLRequestListener<LoggedContext>> = Promise.resolve({
  didResolveOperation({ contextValue, operationName, operation }) {
    if (contextValue.log) contextValue.log.operationName = operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`;
    return DONE;
  },
});

/** Names the operation in the request's log line. */
const operationNamePlugin: ApolloServerPlugin<LoggedContext> = {
  requestDidStart: () => namesOperation,
};

export function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  schemaHost: GraphQLSchemaHost,
  guests: WorkshopGuestsService,
): ApolloDriverConfig {
  const upgradeSecure = upgradeIsSecure(config);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    // Apollo answers with the status an error's extensions.http names, which only DATABASE_UNAVAILABLE
    // sets (domain-error.filter.ts: 503, so a client or proxy sends it again); Nest would make it 200.
    preserveHttpStatusForExecutionErrors: false,
    // Nest's and our copies of Apollo's types differ (ESM vs CommonJS builds); the objects are the same.
    // No HTTP caching hints are used, so Apollo's per-field cache-control work is switched off.
    // Inline traces are for federated subgraphs, which this schema is not: Apollo's default
    // plugin would only find that out again at every request.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationNamePlugin,
    ] as never[],
    validationRules: [documentLimitsRule(DEFAULT_LIMITS)],
    csrfPrevention: true,
    // Bounds the document while it is parsed: the parser recurses before any validation rule runs.
    parseOptions: { maxTokens: MAX_TOKENS },
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, auth, schemaHost, new SocketQuotas(config.webSocket), guests) },
    // Called with the Fastify request and reply for HTTP, and with graphql-ws's context for subscriptions.
    context: (
      source: LoggedRequest | { connectionParams?: Record<string, unknown>; extra?: { request?: IncomingMessage } },
      reply?: FastifyReply,
    ): GqlContext & { log?: RequestLog; req?: LoggedRequest } => {
      if (!('headers' in source)) {
        return { ctx: new RequestContext(randomUUID()), credentials: socketCredentials(source, upgradeSecure), loaders: new Map() };
      }
      source.coprodLog ??= {};
      const ctx = new RequestContext(String(source.id));
      ctx.clientAddress = source.ip;
      const secure = config.sessions.cookieSecure || source.protocol === 'https';
      // Apollo's CSRF prevention stands in front of the session cookie here; plain-HTTP routes
      // take it only under the rule in libs/http/src/request-access.ts.
      const session = sessionFromCookies(source.headers.cookie, secure);
      return {
        ctx,
        credentials: { ...httpCredentials(source.headers), ...(session ? { session } : {}) },
        loaders: new Map(),
        log: source.coprodLog,
        // Nest's driver copies a context without `req` into a new object for every request.
        req: source,
        http: { secure, setCookie: (cookie) => void reply?.header('set-cookie', cookie) },
      };
    },
  };
}
