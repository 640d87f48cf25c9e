// A TCP proxy that a test (or bench/faults) puts between coprod and PostgreSQL, to lose the
// database without touching the server that other tests share. Plain JavaScript so that the
// benches, which run without a TypeScript loader, use the same one (types: tcp-proxy.d.mts).
import net from 'node:net';

/**
 * Forwards connections to `target` until told otherwise:
 * - `refuse()`: every connection is reset at once and new ones are refused (the listening port is
 *   closed), as when the database server is down;
 * - `blackhole()`: every byte is dropped both ways, on the connections open and on new ones, which
 *   are accepted but never forwarded: a network that loses packets, where only timeouts help;
 * - `restore()`: forwards again; connections that were blackholed are reset, as a database that
 *   failed over while unreachable would do when they next send.
 */
export class TcpProxy {
  /** @param {{ host: string, port: number }} target */
  constructor(target) {
    this.target = target;
    /** @type {'open' | 'refused' | 'blackhole'} */
    this.mode = 'open';
    this.port = 0;
    /** Connections accepted so far, forwarded or not. */
    this.accepted = 0;
    /** @type {Set<{ client: net.Socket, upstream: net.Socket | null, dropping: boolean }>} */
    this.pairs = new Set();
    this.server = null;
  }

  /** Listens on a free port of 127.0.0.1 (the same one again after `refuse()`). */
  async listen() {
    const server = net.createServer((socket) => this.accept(socket));
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
    this.server = server;
    this.port = /** @type {net.AddressInfo} */ (server.address()).port;
    return this.port;
  }

  /** `url` (a postgres:// URL to the target) through the proxy instead. */
  through(url) {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** Connections open through the proxy now. */
  get openConnections() {
    return this.pairs.size;
  }

  async refuse() {
    this.mode = 'refused';
    for (const pair of this.pairs) this.reset(pair);
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(() => resolve(undefined)));
  }

  blackhole() {
    this.mode = 'blackhole';
    for (const pair of this.pairs) pair.dropping = true;
  }

  async restore() {
    for (const pair of this.pairs) if (pair.dropping) this.reset(pair);
    this.mode = 'open';
    if (!this.server) await this.listen();
  }

  async close() {
    for (const pair of this.pairs) this.reset(pair);
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(() => resolve(undefined)));
  }

  /** @param {net.Socket} client */
  accept(client) {
    this.accepted += 1;
    const pair = { client, upstream: null, dropping: this.mode !== 'open' };
    this.pairs.add(pair);
    client.on('error', () => this.reset(pair));
    client.on('close', () => this.reset(pair));
    if (this.mode === 'refused') return this.reset(pair);
    if (pair.dropping) {
      // Accepted, then silence: whatever the client sends goes nowhere.
      client.on('data', () => undefined);
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on('error', () => this.reset(pair));
    upstream.on('close', () => this.reset(pair));
    client.on('data', (chunk) => {
      if (!pair.dropping) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!pair.dropping) client.write(chunk);
    });
  }

  /** Ends both sides of a pair: the client with a reset (RST), the database with a close. */
  reset(pair) {
    if (!this.pairs.delete(pair)) return;
    if (!pair.client.destroyed) pair.client.resetAndDestroy();
    pair.upstream?.destroy();
  }
}
