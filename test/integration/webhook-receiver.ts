import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One delivery as the receiver took it in, verified with the standardwebhooks package. */
export interface Received {
  id: string;
  body: { type: string; version: number; programmeId: string | null; sequence: number | null; data: Record<string, unknown> };
  raw: string;
  headers: Record<string, string>;
  at: number;
}

/** How the receiver answers: 'ok' (204), an HTTP status, or a function of the request. */
export type Answer = 'ok' | number | ((request: IncomingMessage, response: ServerResponse) => void);

/**
 * A webhook receiver for tests: a real HTTP server on 127.0.0.1 that verifies every signature
 * with the reference library (`standardwebhooks`) against the secrets it is given, keeps what it
 * took in, and can be stopped and started again on the same port (to be "down for a while").
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** Signatures that no secret verified: must stay empty. */
  readonly unverified: string[] = [];
  /** Requests being handled right now, by webhook-id, and the most at once for any one id. */
  private readonly inFlight = new Map<string, number>();
  mostAtOnceForOneId = 0;
  answer: Answer = 'ok';
  /** How long to take over each answer, to make overlaps visible. */
  delayMs = 0;
  private server: Server | null = null;
  port = 0;

  constructor(public secrets: string[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** The deliveries once each (by webhook-id), in the order they first arrived. */
  unique(): Received[] {
    const seen = new Set<string>();
    return this.received.filter((r) => !seen.has(r.id) && seen.add(r.id));
  }

  /** Waits until `done` holds of what has arrived, or fails after `ms`. */
  async until(done: (receiver: WebhookReceiver) => boolean, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done(this)) {
      if (Date.now() > deadline) throw new Error(`the receiver waited ${ms} ms; it holds ${this.received.length} deliveries`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
    const id = headers['webhook-id'];
    const now = (this.inFlight.get(id) ?? 0) + 1;
    this.inFlight.set(id, now);
    this.mostAtOnceForOneId = Math.max(this.mostAtOnceForOneId, now);
    try {
      if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      if (typeof this.answer === 'function') return this.answer(request, response);
      if (this.answer !== 'ok') {
        response.writeHead(this.answer).end();
        return;
      }
      const verified = this.secrets.some((secret) => {
        try {
          new Webhook(secret).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) {
        this.unverified.push(id);
        response.writeHead(400).end();
        return;
      }
      this.received.push({ id, body: JSON.parse(raw), raw, headers, at: Date.now() });
      response.writeHead(204).end();
    } finally {
      this.inFlight.set(id, (this.inFlight.get(id) ?? 1) - 1);
    }
  }
}
