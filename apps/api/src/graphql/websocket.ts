import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { TLSSocket } from 'node:tls';
import proxyAddr from '@fastify/proxy-addr';
import { Logger } from '@nestjs/common';
import { GraphQLModule, type GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type AppConfig,
  clientNetwork,
  type Credentials,
  ErrorCode,
  RequestContext,
  sessionFromCookies,
  UnauthenticatedError,
  type WebSocketLimits,
} from '@app/common';
import type { Authenticated, AuthService } from '@app/identity';
import type { WorkshopGuestsService } from '@app/workshops';
import {
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { formatError } from './format-error';
import { DEFAULT_LIMITS, documentLimitsRule, jsonDepth, MAX_JSON_DEPTH, MAX_TOKENS } from './limits';

/**
 * Close codes this server sends itself. graphql-ws closes with its own too: 4400 (a malformed
 * message), 4403 (credentials refused), 4408 (no connection_init in time), 4429 (a second
 * connection_init). A token that expired is graphql-ws's Unauthorized, on which its client
 * stops retrying.
 */
export const CLOSE_TOKEN_EXPIRED = 4401;
/** The session behind the socket ended (signed out, a changed password, left idle): graphql-ws's Unauthorized too, so its client does not retry. */
export const CLOSE_SESSION_ENDED = 4401;
/** Ours, clear of graphql-ws's codes (4429 is its "too many initialisation requests"). */
export const CLOSE_TOO_MANY_CONNECTIONS = 4430;

/** Who holds a socket, for the caps: a person (or API key), and the organisation its subscriptions run in when known. */
interface Holder {
  person: string;
  organisationId: string | null;
}

/** What this server knows about one socket, kept on graphql-ws's context. */
interface SocketState {
  holder?: Holder;
  /** Subscription ids counted against the caps and not yet released. */
  counted: Set<string>;
  expiryTimer?: NodeJS.Timeout;
  /** graphql-ws calls onClose even while onConnect is still waiting; what onConnect then finds. */
  closed?: boolean;
}

type SocketExtra = { socket: WebSocket; request: IncomingMessage; coprod?: SocketState };
type WsContext = Context<Record<string, unknown> | undefined, SocketExtra>;

function stateOf(ctx: WsContext): SocketState {
  ctx.extra.coprod ??= { counted: new Set() };
  return ctx.extra.coprod;
}

/**
 * Open sockets and subscriptions per person and per organisation, in this process. A person is
 * a user or an API key; a socket counts against the organisation its subscriptions are for
 * when the caller names it (or has only one), and only if the caller belongs to it, so nobody
 * can spend another organisation's allowance.
 */
export class SocketQuotas {
  private readonly connections = new Map<string, number>();
  private readonly subscriptions = new Map<string, number>();

  constructor(private readonly limits: WebSocketLimits) {}

  /** Counts a new socket, or answers why it is refused (nothing counted). */
  openConnection(holder: Holder): string | null {
    const refusal = this.refusal(
      this.connections,
      holder,
      this.limits.connectionsPerPerson,
      this.limits.connectionsPerOrganisation,
      'open connections',
    );
    if (!refusal) this.add(this.connections, holder, 1);
    return refusal;
  }

  closeConnection(holder: Holder): void {
    this.add(this.connections, holder, -1);
  }

  startSubscription(holder: Holder): string | null {
    const refusal = this.refusal(
      this.subscriptions,
      holder,
      this.limits.subscriptionsPerPerson,
      this.limits.subscriptionsPerOrganisation,
      'subscriptions',
    );
    if (!refusal) this.add(this.subscriptions, holder, 1);
    return refusal;
  }

  endSubscription(holder: Holder): void {
    this.add(this.subscriptions, holder, -1);
  }

  /** Open sockets and subscriptions of a person (`user:<id>` or `apiKey:<id>`) or an organisation (`organisation:<id>`). */
  count(key: string): { connections: number; subscriptions: number } {
    return { connections: this.connections.get(key) ?? 0, subscriptions: this.subscriptions.get(key) ?? 0 };
  }

  private refusal(counts: Map<string, number>, holder: Holder, perPerson: number, perOrganisation: number, what: string): string | null {
    if ((counts.get(holder.person) ?? 0) >= perPerson) return `Too many ${what} for one person: the limit is ${perPerson}`;
    if (holder.organisationId && (counts.get(`organisation:${holder.organisationId}`) ?? 0) >= perOrganisation) {
      return `Too many ${what} for this organisation: the limit is ${perOrganisation}`;
    }
    return null;
  }

  private add(counts: Map<string, number>, holder: Holder, delta: number): void {
    for (const key of [holder.person, ...(holder.organisationId ? [`organisation:${holder.organisationId}`] : [])]) {
      const next = (counts.get(key) ?? 0) + delta;
      if (next > 0) counts.set(key, next);
      else counts.delete(key);
    }
  }
}

/** connectionParams as clients send them: header-like names in any case, or short names. */
export function wsCredentials(params: Record<string, unknown> | undefined): Credentials {
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
 * Whether an upgrade arrived over HTTPS, by the rule Fastify applies to HTTP requests
 * (request.protocol): the socket's TLS, or X-Forwarded-Proto from a proxy named in TRUST_PROXY;
 * or SESSION_COOKIE_SECURE. Decides which session cookie counts (context.ts).
 */
export function upgradeIsSecure(config: AppConfig): (request: IncomingMessage) => boolean {
  const trusted = config.trustProxy ? proxyAddr.compile(config.trustProxy) : null;
  return (request) => {
    if (config.sessions.cookieSecure || (request.socket as TLSSocket).encrypted) return true;
    const forwarded = request.headers['x-forwarded-proto'];
    const peer = request.socket.remoteAddress;
    if (!forwarded || !trusted || !peer || !trusted(peer, 0)) return false;
    const entries = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',');
    return entries[entries.length - 1].trim() === 'https';
  };
}

/**
 * A socket's credentials: connectionParams (API clients), and the session cookie its upgrade
 * carried (browsers, which cannot set headers on a WebSocket). As over HTTP, a token or key in
 * connectionParams wins over the cookie.
 */
export function socketCredentials(
  ctx: { connectionParams?: Record<string, unknown>; extra?: { request?: IncomingMessage } },
  isSecure: (request: IncomingMessage) => boolean,
): Credentials {
  const request = ctx.extra?.request;
  const session = request ? sessionFromCookies(request.headers.cookie, isSecure(request)) : undefined;
  return { ...wsCredentials(ctx.connectionParams), ...(session ? { session } : {}) };
}

/**
 * The sockets of this process that a session holds open, so that they close when it ends: at
 * once when any process ends it (SessionsService.onEnded), and within SESSION_SOCKET_CHECK_SECONDS
 * when it runs out or its signal was missed while the listener reconnected (one query a sweep for
 * all of them, and none while there are none).
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private sweeper: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly auth: AuthService,
    private readonly everyMs: number,
  ) {
    auth.sessions.onEnded(({ sessionIds }) => {
      for (const id of sessionIds) this.close(id);
    });
  }

  add(sessionId: string, socket: WebSocket): void {
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    socket.once('close', () => this.remove(sessionId, socket));
    if (!this.sweeper) {
      this.sweeper = setInterval(() => void this.sweep(), this.everyMs);
      this.sweeper.unref();
    }
  }

  async sweep(): Promise<void> {
    if (this.sweeping || !this.bySession.size) return;
    this.sweeping = true;
    try {
      const ids = [...this.bySession.keys()];
      const open = await this.auth.sessions.stillOpen(RequestContext.system('session-sweep'), ids);
      for (const id of ids) if (!open.has(id)) this.close(id);
    } catch {
      // The database is away: the next sweep asks again; nothing is closed on a guess.
    } finally {
      this.sweeping = false;
    }
  }

  private close(sessionId: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) socket.close(CLOSE_SESSION_ENDED, 'Session ended');
  }

  private remove(sessionId: string, socket: WebSocket): void {
    const sockets = this.bySession.get(sessionId);
    sockets?.delete(socket);
    if (sockets && !sockets.size) this.bySession.delete(sessionId);
    if (!this.bySession.size && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }
}

function holderOf(who: Authenticated, credentials: Credentials): Holder | null {
  const person =
    who.actor.kind === 'user' ? `user:${who.actor.userId}` : who.actor.kind === 'apiKey' ? `apiKey:${who.actor.apiKeyId}` : null;
  if (!person) return null;
  const requested = credentials.organisationId?.trim();
  const organisationId = requested ? (who.roles.has(requested) ? requested : null) : who.roles.size === 1 ? [...who.roles.keys()][0] : null;
  return { person, organisationId };
}

function refusal(message: string, code: string, error?: GraphQLError): GraphQLError {
  return new GraphQLError(message, { nodes: error?.nodes, extensions: { code } });
}

/**
 * The checks HTTP gets from Apollo, for a document that arrives over the socket: the same parse
 * bound, the same validation rules (the document limits, and no introspection when it is off)
 * and the same error codes. Answers the errors to send, or nothing when the document may run.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  introspection: boolean,
): { errors: GraphQLError[] } | { document: DocumentNode } {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The query could not be parsed';
    return { errors: [refusal(message, 'GRAPHQL_PARSE_FAILED')] };
  }
  const rules = [...specifiedRules, documentLimitsRule(DEFAULT_LIMITS), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const invalid = validate(schema, document, rules);
  if (invalid.length) {
    return { errors: invalid.map((error) => (error.extensions.code ? error : refusal(error.message, 'GRAPHQL_VALIDATION_FAILED', error))) };
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) {
    return {
      errors: [
        refusal(
          'Name the operation to run (operationName): the document has several, or none by that name',
          'OPERATION_RESOLUTION_FAILURE',
        ),
      ],
    };
  }
  // Queries and mutations go over HTTP, where each is one request: logged, in one transaction,
  // under the body limit and CSRF prevention. The socket carries only what needs it.
  if (operation.operation !== 'subscription') {
    return {
      errors: [refusal(`Only subscriptions are served over WebSocket; send a ${operation.operation} to POST /graphql`, 'BAD_REQUEST')],
    };
  }
  const variables = payload.variables ?? {};
  if (jsonDepth(variables, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { errors: [refusal(`The variables nest more than ${MAX_JSON_DEPTH} levels of objects and arrays`, ErrorCode.BAD_USER_INPUT)] };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 20 });
  if (coerced.errors) return { errors: coerced.errors.map((error) => refusal(error.message, ErrorCode.BAD_USER_INPUT, error)) };
  return { document };
}

/**
 * graphql-ws's options. graphql-ws runs operations itself, outside Apollo, so everything Apollo
 * does for HTTP is done here: credentials, document checks, error formatting. Nest's config
 * type does not list these options, hence the loose type.
 */
export function graphqlWsOptions(
  config: AppConfig,
  auth: AuthService,
  schemaHost: GraphQLSchemaHost,
  quotas: SocketQuotas,
  guests: WorkshopGuestsService,
): object {
  const logger = new Logger('WebSocket');
  const isSecure = upgradeIsSecure(config);
  const sessionSockets = new SessionSockets(auth, config.sessions.socketCheckSeconds * 1000);
  const release = (ctx: WsContext, id: string) => {
    const state = stateOf(ctx);
    if (state.holder && state.counted.delete(id)) quotas.endSubscription(state.holder);
  };
  return {
    path: '/graphql',
    connectionInitWaitTimeout: config.webSocket.connectionInitSeconds * 1000,
    // Browsers cannot set headers on a WebSocket: credentials come in connectionParams, or the upgrade's session cookie.
    onConnect: async (ctx: WsContext) => {
      const credentials = socketCredentials(ctx, isSecure);
      let who: Authenticated;
      try {
        who = await auth.authenticate(RequestContext.system(), credentials);
      } catch {
        return false; // graphql-ws closes with 4403
      }
      // The socket may have gone while its credentials were checked, and onClose has run then
      // with nothing to give back: counting it now would hold a place nobody ever frees.
      const state = stateOf(ctx);
      if (state.closed || ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
      let holder = holderOf(who, credentials);
      let expiresAt = who.expiresAt;
      if (!holder) {
        // No member's credentials: a guest in a workshop's room, with the pass joining gave (libs/workshops/src/room).
        const pass = ctx.connectionParams?.guestPass;
        const guest =
          typeof pass === 'string'
            ? await guests.guestFor(RequestContext.system(), pass).catch((error: unknown) => {
                // A pass that is no longer good is refused quietly; anything else is the server's fault, so said in the log.
                if (!(error instanceof UnauthenticatedError)) logger.error(`checking a guest's pass failed: ${(error as Error).message}`);
                return null;
              })
            : null;
        if (!guest || state.closed || ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        holder = { person: `guest:${guest.id}`, organisationId: guest.ctx.tenantId };
        expiresAt = guest.expiresAt;
      }
      const over = quotas.openConnection(holder);
      if (over) {
        ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, over);
        return false;
      }
      state.holder = holder;
      pendingOf.get(ctx.extra.socket)?.settle(ctx.extra.socket);
      if (who.actor.kind === 'user' && who.actor.sessionId) sessionSockets.add(who.actor.sessionId, ctx.extra.socket);
      if (expiresAt) {
        // Close the connection when its token (or guest pass) expires rather than keep serving it.
        state.expiryTimer = setTimeout(
          () => ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED, 'Token expired'),
          Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1),
        );
        state.expiryTimer.unref();
      }
      return true;
    },
    // Never throws: graphql-ws would close the socket with its message as the reason.
    onSubscribe: (ctx: WsContext, id: string, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] => {
      try {
        const checked = checkSubscription(schemaHost.schema, payload, config.introspection);
        if ('errors' in checked) return checked.errors;
        const state = stateOf(ctx);
        const over = state.holder ? quotas.startSubscription(state.holder) : null;
        if (over) return [refusal(over, 'TOO_MANY_SUBSCRIPTIONS')];
        state.counted.add(id);
        return {
          schema: schemaHost.schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      } catch (error) {
        logger.error(`checking a subscription failed: ${(error as Error).message}`, (error as Error).stack);
        return [refusal('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR)];
      }
    },
    onComplete: (ctx: WsContext, id: string) => release(ctx, id),
    onClose: (ctx: WsContext) => {
      const state = stateOf(ctx);
      state.closed = true;
      if (state.expiryTimer) clearTimeout(state.expiryTimer);
      if (!state.holder) return;
      for (const id of [...state.counted]) release(ctx, id);
      quotas.closeConnection(state.holder);
      state.holder = undefined;
    },
    onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((error) => formatError(error.toJSON(), error)),
    onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors ? { data: result.data, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
  };
}

/**
 * Sockets that have not yet sent credentials that were accepted, per client: the per-person
 * caps only start counting once a socket says who it is, so without this a client could hold
 * any number of sockets open for up to WS_CONNECTION_INIT_SECONDS each. A socket's place is
 * given back when it is accepted or closes, whichever comes first.
 */
export class PendingSockets {
  private readonly perClient = new Map<string, number>();
  private readonly held = new WeakMap<WebSocket, string>();

  constructor(private readonly limit: number) {}

  /** Whether another socket from this client may be upgraded. */
  admits(client: string): boolean {
    return (this.perClient.get(client) ?? 0) < this.limit;
  }

  /** Counts an upgraded socket; its place comes back when it closes, if not before. */
  hold(socket: WebSocket, client: string): void {
    this.held.set(socket, client);
    pendingOf.set(socket, this);
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    socket.once('close', () => this.settle(socket));
  }

  /** Gives back the socket's place; once only. */
  settle(socket: WebSocket): void {
    const client = this.held.get(socket);
    if (client === undefined) return;
    this.held.delete(socket);
    const left = (this.perClient.get(client) ?? 1) - 1;
    if (left > 0) this.perClient.set(client, left);
    else this.perClient.delete(client);
  }
}

/** Where each socket is counted, for onConnect: graphql-ws's options are built before the WebSocket server they would need. */
const pendingOf = new WeakMap<WebSocket, PendingSockets>();

/**
 * The client's address on a raw upgrade request, by the rule Fastify applies to HTTP requests
 * (request.ip): the socket's peer, or, when it is a proxy named in TRUST_PROXY, the address
 * that proxy (and any trusted one before it) reports in X-Forwarded-For.
 */
export function upgradeClientAddress(trustProxy: AppConfig['trustProxy']): (request: IncomingMessage) => string | undefined {
  if (!trustProxy) return (request) => request.socket.remoteAddress;
  const trusted = proxyAddr.compile(trustProxy);
  return (request) => proxyAddr(request, trusted);
}

/**
 * Whether a page at `origin` may open a socket: a browser sends the session cookie with any
 * upgrade, whichever site's page asks, so only the server's own pages (the request's Host,
 * PUBLIC_URL) and those WEB_ORIGINS lists may. No Origin: not a browser, nothing to check.
 */
export function originAllowed(config: AppConfig): (origin: string | undefined, host: string | undefined) => boolean {
  const listed = new Set([config.publicUrl, ...config.webOrigins].map((o) => new URL(o).origin));
  return (origin, host) => {
    if (origin === undefined) return true;
    try {
      const url = new URL(origin);
      if (!['http:', 'https:'].includes(url.protocol)) return false;
      return listed.has(url.origin) || (!!host && url.host === host.trim().toLowerCase());
    } catch {
      return false; // "null" (a sandboxed page, a file) and anything unreadable
    }
  };
}

/** The WebSocket server @nestjs/graphql creates (it offers no way to it); fails rather than run without its bounds. */
export function graphqlWebSocketServer(app: NestFastifyApplication): WebSocketServer {
  const driver = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: WebSocketServer };
  };
  const wss = driver._subscriptionService?.wss;
  if (!wss?.options) throw new Error('The GraphQL WebSocket server was not found, so its limits could not be set');
  return wss;
}

/**
 * Bounds the WebSocket server @nestjs/graphql creates (it takes no options of its own): a
 * message over the limit closes the socket (1009) as soon as its length is read, before any of
 * it is kept; a client already holding WS_PENDING_CONNECTIONS_PER_CLIENT sockets that have not
 * been accepted is refused the upgrade (HTTP 429). Fails the start if the server cannot be
 * found, rather than run unbounded.
 */
export function limitWebSockets(app: NestFastifyApplication, config: AppConfig): void {
  const wss = graphqlWebSocketServer(app);
  wss.options.maxPayload = config.webSocket.maxMessageBytes;
  wss.options.perMessageDeflate = false;

  const pending = new PendingSockets(config.webSocket.pendingConnectionsPerClient);
  const addressOf = upgradeClientAddress(config.trustProxy);
  const clientOf = (request: IncomingMessage) => clientNetwork(addressOf(request));
  const limit = config.webSocket.pendingConnectionsPerClient;
  const refusal = JSON.stringify({
    errors: [
      {
        message: `Too many connections from this client waiting to authenticate: the limit is ${limit}`,
        extensions: { code: 'TOO_MANY_CONNECTIONS' },
      },
    ],
  });
  const allowed = originAllowed(config);
  const foreign = JSON.stringify({
    errors: [
      {
        message: 'This page may not open a connection here: its origin is not this server, nor listed in WEB_ORIGINS',
        extensions: { code: 'FORBIDDEN' },
      },
    ],
  });
  // ws runs this, then upgrades and emits 'connection', in one go: no other upgrade comes between.
  wss.options.verifyClient = (
    info: { req: IncomingMessage },
    done: (verified: boolean, code?: number, message?: string, headers?: OutgoingHttpHeaders) => void,
  ) => {
    if (!allowed(info.req.headers.origin, info.req.headers.host))
      return done(false, 403, foreign, { 'Content-Type': 'application/json; charset=utf-8' });
    if (pending.admits(clientOf(info.req))) return done(true);
    done(false, 429, refusal, {
      'Content-Type': 'application/json; charset=utf-8',
      'Retry-After': String(config.webSocket.connectionInitSeconds),
    });
  };

  // An oversized or malformed frame errors the socket, which ws then destroys: worth a line, not a stack.
  const logger = new Logger('WebSocket');
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    pending.hold(socket, clientOf(request));
    socket.removeAllListeners('error');
    socket.on('error', (error: Error) => logger.warn(`socket closed: ${error.message}`));
  });
}
