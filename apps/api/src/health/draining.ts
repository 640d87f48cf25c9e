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

  get active(): boolean {
    return this.since !== null;
  }

  begin(): void {
    this.since ??= Date.now();
  }
}
