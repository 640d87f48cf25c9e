import type { RequestContext } from '../request-context';

/** Credentials as a request presents them: HTTP headers, or graphql-ws connectionParams. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
  organisationId?: string;
}

export interface GqlContext {
  ctx: RequestContext;
  credentials: Credentials;
  /** Per-request DataLoaders, created on first use (see `loader()`). */
  loaders: Map<string, unknown>;
  /** Set on subscriptions: when the connection's credentials stop being valid. */
  connectionExpiresAt?: Date;
}
