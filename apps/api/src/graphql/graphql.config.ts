import { randomUUID } from 'node:crypto';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, type Credentials, type GqlContext, RequestContext } from '@app/common';
import { AuthService, httpCredentials } from '@app/identity';
import type { FastifyRequest } from 'fastify';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { formatError } from './format-error';
import { DEFAULT_LIMITS, documentLimitsRule } from './limits';

export interface RequestLog {
  operationName?: string;
}

type LoggedRequest = FastifyRequest & { coprodLog?: RequestLog };

/** Names the operation in the request's log line. */
const operationNamePlugin: ApolloServerPlugin<GqlContext & { log?: RequestLog }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName, operation }) {
        if (contextValue.log) contextValue.log.operationName = operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`;
      },
    };
  },
};

/** connectionParams as clients send them: header-like names in any case, or short names. */
function wsCredentials(params: Record<string, unknown> | undefined): Credentials {
  const lower = new Map(Object.entries(params ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const text = (...keys: string[]) => keys.map((k) => lower.get(k)).find((v): v is string => typeof v === 'string');
  const token = text('token');
  return {
    authorization: text('authorization') ?? (token ? `Bearer ${token}` : undefined),
    apiKey: text('apikey', 'x-api-key'),
    organisationId: text('organisationid', 'x-organisation-id'),
  };
}

/**
 * graphql-ws runs operations itself, outside Apollo, so its errors pass through the same
 * formatter here (Nest's config type does not list these graphql-ws options).
 */
const wsErrorFormatting = {
  onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error)),
  onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
    result.errors ? { data: result.data, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
} as object;

export function graphqlOptions(config: AppConfig, auth: AuthService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    // Nest's and our copies of Apollo's types differ (ESM vs CommonJS builds); the objects are the same.
    // No HTTP caching hints are used, so Apollo's per-field cache-control work is switched off.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), operationNamePlugin] as never[],
    validationRules: [documentLimitsRule(DEFAULT_LIMITS)],
    csrfPrevention: true,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        ...wsErrorFormatting,
        // Browsers cannot set headers on a WebSocket: credentials come in connectionParams.
        onConnect: async (context: WsContext<Record<string, unknown>>) => {
          const credentials = wsCredentials(context.connectionParams);
          try {
            const who = await auth.authenticate(RequestContext.system(), credentials);
            if (who.actor.kind === 'anonymous') return false;
            const extra = context.extra as { socket?: { close(code: number, reason: string): void }; expiresAt?: Date };
            if (who.expiresAt) {
              // Close the connection when its token expires rather than keep serving it.
              const timer = setTimeout(() => extra.socket?.close(4401, 'Token expired'), Math.min(who.expiresAt.getTime() - Date.now(), 2 ** 31 - 1));
              timer.unref();
            }
            return true;
          } catch {
            return false;
          }
        },
      },
    },
    // Called with the Fastify request for HTTP, and with graphql-ws's context for subscriptions.
    context: (source: LoggedRequest | { connectionParams?: Record<string, unknown> }): GqlContext & { log?: RequestLog } => {
      if (!('headers' in source)) {
        return { ctx: new RequestContext(randomUUID()), credentials: wsCredentials(source.connectionParams), loaders: new Map() };
      }
      source.coprodLog ??= {};
      return {
        ctx: new RequestContext(String(source.id)),
        credentials: httpCredentials(source.headers),
        loaders: new Map(),
        log: source.coprodLog,
      };
    },
  };
}
