import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DnsResponder } from '../../../../test/support/dns-responder';
import { DestinationPolicy, DestinationRefusedError } from './destination-policy';
import { HostResolver } from './host-resolver';
import { destinationRefusal, OutboundGuard } from './outbound-guard';

/** A real HTTP server that counts the connections it accepts and answers each request with `handler`. */
class CountingServer {
  connections = 0;
  handler: (res: ServerResponse) => void = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  private readonly server: Server = createServer((_req, res) => this.handler(res));
  port = 0;

  constructor() {
    this.server.on('connection', () => this.connections++);
  }

  async listen(host: string): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function refusalOf(request: Promise<unknown>): Promise<DestinationRefusedError> {
  const error = await request.then(
    () => null,
    (e: unknown) => e,
  );
  const refused = destinationRefusal(error);
  if (!refused) throw new Error(`expected a refusal, got ${String(error)}`);
  return refused;
}

describe('OutboundGuard', () => {
  const dns = new DnsResponder();
  // 127.0.0.1 is allowed, as an administrator allows a server on the intranet; 127.0.0.2 is loopback too, and is not.
  const allowed = new CountingServer();
  const inside = new CountingServer();
  let guard: OutboundGuard;

  beforeAll(async () => {
    await allowed.listen('127.0.0.1');
    await inside.listen('127.0.0.2');
    const server = await dns.start();
    dns.set('allowed.test', { A: ['127.0.0.1'] });
    dns.set('inside.test', { A: ['127.0.0.2'] });
    guard = new OutboundGuard(new DestinationPolicy(['127.0.0.1/32'], 'OIDC_ALLOWED_DESTINATIONS'), new HostResolver([server]), {
      connectTimeoutMs: 5000,
    });
  });
  afterAll(async () => {
    await guard.close();
    await Promise.all([allowed.close(), inside.close(), dns.stop()]);
  });

  it('fetches from an allowed address, by its address or by a name that resolves to it', async () => {
    for (const host of ['127.0.0.1', 'allowed.test']) {
      const response = await guard.fetch(`http://${host}:${allowed.port}/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
    expect(await guard.checkHost('Allowed.Test.')).toEqual(['127.0.0.1']);
  });

  it('refuses an address the policy refuses, by address or by name, before any connection, naming its setting', async () => {
    const literal = await refusalOf(guard.fetch(`http://127.0.0.2:${inside.port}/`));
    expect(literal).toMatchObject({ reason: 'loopback', address: '127.0.0.2' });
    expect(literal.message).toBe(
      '127.0.0.2 is a loopback address (this server itself); an administrator can allow it with OIDC_ALLOWED_DESTINATIONS',
    );
    expect((await refusalOf(guard.fetch(`http://inside.test:${inside.port}/`))).message).toContain(
      'inside.test resolves to 127.0.0.2, a loopback address',
    );
    expect((await refusalOf(guard.fetch('http://[::ffff:169.254.169.254]/latest/meta-data'))).reason).toBe('cloud-metadata');
    await expect(guard.checkHost('inside.test')).rejects.toMatchObject({ reason: 'loopback' });
    expect(inside.connections).toBe(0);
  });

  it('checks every connection, so a redirect that is followed cannot lead inward', async () => {
    allowed.handler = (res) => res.writeHead(302, { location: `http://127.0.0.2:${inside.port}/secret` }).end();
    try {
      const refused = await refusalOf(guard.fetch(`http://127.0.0.1:${allowed.port}/`, { redirect: 'follow' }));
      expect(refused.reason).toBe('loopback');
      expect(inside.connections).toBe(0);
    } finally {
      allowed.handler = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }
  });

  it('finds no refusal behind a failure that is not one', () => {
    expect(destinationRefusal(new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') }))).toBeNull();
    expect(destinationRefusal(null)).toBeNull();
  });
});
