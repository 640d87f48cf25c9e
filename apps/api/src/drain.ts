import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, shutdownReserveMs } from '@app/common';
import { WebhookDispatcher } from '@app/integration';
import { DigestScheduler } from '@app/notifications';
import { graphqlWebSocketServer } from './graphql/websocket';
import { Draining } from './health/draining';

/** RFC 6455's Going Away: the server is stopping. graphql-ws clients reconnect on it (to another server, by then). */
export const CLOSE_GOING_AWAY = 1001;

/** Node's own field for the answer a connection is working on (server.closeIdleConnections reads it too). */
type SocketWithResponse = Socket & { _httpMessage?: ServerResponse | null };

/**
 * Readies the server for a drain (createServer calls it): once draining, every answer is sent
 * with `Connection: close`, so each kept-alive connection ends after its next request, from the
 * client's side, rather than being closed under a request already on the wire; and WebSocket
 * upgrades are refused with 503, since the socket would be closed in moments.
 */
export function prepareDrain(app: NestFastifyApplication): void {
  const draining = app.get(Draining);
  const server = app.getHttpServer() as Server;
  // One check per request: Node then writes `Connection: close` and ends the socket after the answer.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!draining.active) return;
    response.shouldKeepAlive = false;
    draining.spared.add(request.socket);
  });
  server.on('connection', (socket: Socket) => {
    draining.connections.add(socket);
    if (draining.active) draining.spared.add(socket);
    socket.once('close', () => draining.connections.delete(socket));
  });
  server.on('upgrade', (_request: IncomingMessage, socket: Socket) => draining.spared.add(socket));
  const wss = graphqlWebSocketServer(app);
  const verify = wss.options.verifyClient as (
    info: { req: IncomingMessage },
    done: (verified: boolean, code?: number, message?: string, headers?: OutgoingHttpHeaders) => void,
  ) => void;
  const refusal = JSON.stringify({
    errors: [{ message: 'This server is shutting down: connect again (to another server)', extensions: { code: 'SHUTTING_DOWN' } }],
  });
  wss.options.verifyClient = (info: { req: IncomingMessage }, done: Parameters<typeof verify>[1]) => {
    if (!draining.active) return verify(info, done);
    done(false, 503, refusal, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1' });
  };
}

/**
 * What SIGTERM does to the API (main.ts), up to closing the application, which comes after it:
 * 1. readiness fails at once (/health/ready answers 503 "draining"); background work (webhook
 *    deliveries, reminder digests, where this process runs them) stops claiming;
 * 2. for SHUTDOWN_GRACE_SECONDS everything is still served, each answer with `Connection: close`,
 *    while a load balancer notices and stops sending;
 * 3. subscriptions are closed with 1001 Going Away; the listener closes; kept-alive connections
 *    idle through the whole grace are closed (no request is on its way on them), the others once
 *    their answer is sent;
 * 4. what is still busy shortly before `deadline` (Date.now() ms; SHUTDOWN_TIMEOUT_SECONDS after
 *    the signal) is cut, so that webhook leases can be handed back and the database closed in time.
 */
export async function drainServer(app: NestFastifyApplication, deadline: number): Promise<void> {
  const logger = new Logger('Shutdown');
  const config = app.get(AppConfig);
  const draining = app.get(Draining);
  const server = app.getHttpServer() as Server;
  const cutAt = deadline - shutdownReserveMs(config.shutdown.timeoutSeconds * 1000);

  draining.begin();
  // Requests already being answered close their connection too.
  for (const socket of draining.connections) {
    const response = (socket as SocketWithResponse)._httpMessage;
    if (response && !response.headersSent) response.shouldKeepAlive = false;
  }
  const background = Promise.all([app.get(WebhookDispatcher).stop(cutAt - Date.now()), app.get(DigestScheduler).stop(cutAt - Date.now())]);

  const graceMs = Math.max(0, Math.min(config.shutdown.graceSeconds * 1000, cutAt - Date.now()));
  if (graceMs > 0) {
    logger.log(`draining: readiness fails from now; still serving for ${graceMs / 1000} s (SHUTDOWN_GRACE_SECONDS)`);
    await sleep(graceMs);
  }

  for (const socket of graphqlWebSocketServer(app).clients) socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
  // Stops listening; resolves once every connection has ended. Not http.Server's close, which would
  // also close every connection without a request in progress: among them those opened in the
  // last moments, whose first request is already on its way.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  for (const socket of draining.connections) {
    if (draining.spared.has(socket)) continue;
    const response = (socket as SocketWithResponse)._httpMessage;
    // Idle since before the drain began, through the whole grace: nothing is coming on it.
    if (!response || response.writableEnded) socket.destroy();
  }
  // An answer begun before the drain (its headers said keep-alive) leaves its connection idle when
  // it ends: Node closes that after keepAliveTimeout (Fastify's 72 s), here after a second.
  server.keepAliveTimeout = Math.min(server.keepAliveTimeout, 1000);
  const timer = new AbortController();
  const cut = await Promise.race([
    closed.then(() => false),
    sleep(Math.max(0, cutAt - Date.now()), true, { signal: timer.signal }).catch(() => false),
  ]);
  timer.abort();
  if (cut) {
    logger.warn(`${draining.connections.size} connection(s) still busy at the shutdown deadline were closed (SHUTDOWN_TIMEOUT_SECONDS)`);
    for (const socket of draining.connections) socket.destroy();
    await closed;
  }
  await background;
}

/** SIGTERM's whole path (main.ts): the drain, then the application's own shutdown (the database last). */
export async function stopServer(app: NestFastifyApplication, deadline: number): Promise<void> {
  await drainServer(app, deadline);
  await app.close();
}
