import type { Socket } from 'node:net';
import { Injectable } from '@nestjs/common';

/**
 * Whether this process is draining (after SIGTERM: apps/api/src/drain.ts): readiness then fails
 * at once, so that a load balancer stops sending here, while the server still answers what comes.
 */
@Injectable()
export class Draining {
  private since: number | null = null;
  /** The HTTP server's open connections (WebSockets among them), for the drain to close. */
  readonly connections = new Set<Socket>();
  /**
   * Connections not to be closed as idle when the listener closes: upgraded to WebSockets (they
   * close with their own handshake), or opened or asked on since the drain began (a request is
   * on its way on them, or their answer, sent with Connection: close, ends them).
   */
  readonly spared = new WeakSet<Socket>();

  get active(): boolean {
    return this.since !== null;
  }

  begin(): void {
    this.since ??= Date.now();
  }
}
