import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { promisify } from 'node:util';
import { loadConfig } from '@app/common';
import { DestinationRefusedError } from '@app/http';
import { DnsResponder } from '../../../../test/support/dns-responder';
import { MAX_RETRY_AFTER_SECONDS, parseRetryAfter, RESPONSE_BODY_LIMIT, WEBHOOK_USER_AGENT, WebhookHttp } from './webhook-http';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver: each request is recorded, then answered by `handler`; connections are counted too. */
class Receiver {
  readonly requests: Received[] = [];
  connections = 0;
  handler: (res: ServerResponse, req: Received) => void = (res) => res.writeHead(204).end();
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      this.requests.push(received);
      this.handler(res, received);
    });
  });

  constructor() {
    this.server.on('connection', () => this.connections++);
  }

  async listen(host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const memory = { COPROD_DATA_DIR: 'memory://' };

function webhookHttp(env: Record<string, string>): WebhookHttp {
  return new WebhookHttp(loadConfig({ ...memory, ...env }));
}

describe('WebhookHttp', () => {
  const receiver = new Receiver();
  let port: number;
  let base: string;
  // 127.0.0.1 is allowed, as an administrator would allow an intranet receiver.
  let http: WebhookHttp;

  beforeAll(async () => {
    port = await receiver.listen();
    base = `http://127.0.0.1:${port}`;
    http = webhookHttp({ WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1/32' });
  });
  afterAll(async () => {
    await http.onModuleDestroy();
    await receiver.close();
  });
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.handler = (res) => res.writeHead(204).end();
  });

  it('POSTs the body and headers, with its own user-agent, and answers the status', async () => {
    const body = JSON.stringify({ type: 'PROGRAMME_CREATED', id: 'evt_1' });
    const answer = await http.post(`${base}/hooks/coprod?x=1`, body, {
      'webhook-id': 'msg_1',
      'webhook-signature': 'v1,abc=',
      'User-Agent': 'something-else/2',
    });
    expect(answer).toMatchObject({ status: 204, error: null, retryAfterSeconds: null, refusal: null });
    expect(answer.durationMs).toBeGreaterThanOrEqual(0);
    expect(receiver.requests).toHaveLength(1);
    const [received] = receiver.requests;
    expect(received).toMatchObject({ method: 'POST', url: '/hooks/coprod?x=1', body });
    expect(received.headers).toMatchObject({
      'webhook-id': 'msg_1',
      'webhook-signature': 'v1,abc=',
      'user-agent': WEBHOOK_USER_AGENT,
      'content-type': 'application/json',
      host: `127.0.0.1:${port}`,
    });
  });

  it('answers a failure status as "HTTP <status>", with Retry-After in seconds', async () => {
    receiver.handler = (res) => res.writeHead(503, { 'retry-after': '120' }).end('busy');
    expect(await http.post(base, '{}', {})).toMatchObject({ status: 503, error: 'HTTP 503', retryAfterSeconds: 120 });

    const inNinetySeconds = new Date(Date.now() + 90_000).toUTCString();
    receiver.handler = (res) => res.writeHead(429, { 'retry-after': inNinetySeconds }).end();
    const dated = await http.post(base, '{}', {});
    expect(dated).toMatchObject({ status: 429, error: 'HTTP 429' });
    expect(dated.retryAfterSeconds).toBeGreaterThanOrEqual(85);
    expect(dated.retryAfterSeconds).toBeLessThanOrEqual(91);

    receiver.handler = (res) => res.writeHead(500, { 'retry-after': 'later, please' }).end();
    expect(await http.post(base, '{}', {})).toMatchObject({ status: 500, error: 'HTTP 500', retryAfterSeconds: null });
  });

  it('reads Retry-After as seconds or an HTTP date, capped at a day, and nothing else', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120);
    expect(parseRetryAfter('999999', now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('Fri, 04 Dec 2026 12:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('Sat, 12 Dec 2026 12:00:00 GMT', now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter(['60', '30'], now)).toBe(60);
    for (const unreadable of [undefined, '', '-5', '1.5', 'soon', 'Someday', '2026-13-45']) {
      expect(parseRetryAfter(unreadable, now)).toBeNull();
    }
  });

  it('gives up after the timeout, saying so, when the receiver does not answer', async () => {
    receiver.handler = () => undefined; // never answers
    const answer = await http.post(base, '{}', {}, { timeoutMs: 300 });
    expect(answer).toMatchObject({ status: null, error: 'timed out after 0.3 s', retryAfterSeconds: null, refusal: null });
    expect(answer.durationMs).toBeGreaterThanOrEqual(290);
    expect(answer.durationMs).toBeLessThan(5000);
    expect(receiver.requests).toHaveLength(1);
  });

  it('does not follow a redirect: a 3xx is a failure that says so', async () => {
    receiver.handler = (res, req) =>
      req.url === '/moved' ? res.writeHead(302, { location: `${base}/elsewhere` }).end() : res.writeHead(204).end();
    const answer = await http.post(`${base}/moved`, '{}', {});
    expect(answer).toMatchObject({ status: 302, error: `HTTP 302: redirects are not followed (to ${base}/elsewhere)` });
    expect(receiver.requests.map((r) => r.url)).toEqual(['/moved']);
  });

  it(`reads at most ${RESPONSE_BODY_LIMIT} bytes of a long answer and hangs up on the rest`, async () => {
    const total = 64 * 1024 * 1024;
    let response: ServerResponse | null = null;
    let written = 0;
    const closed = new Promise<void>((resolve) => {
      receiver.handler = (res) => {
        response = res;
        res.on('close', () => resolve());
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(total) });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = () => {
          while (written < total && !res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      };
    });
    const answer = await http.post(base, '{}', {});
    expect(answer).toMatchObject({ status: 200, error: null });
    await closed;
    // The connection closed long before the 64 MB were sent: the answer was not read to its end.
    expect(response!.writableFinished).toBe(false);
    expect(written).toBeLessThan(total);
  });

  it('says the connection was refused when nothing listens, without throwing', async () => {
    const closedPort = new Receiver();
    const free = await closedPort.listen();
    await closedPort.close();
    expect(await http.post(`http://127.0.0.1:${free}/`, '{}', {})).toMatchObject({ status: null, error: 'connection refused' });
  });

  it('refuses a destination outside the allow-list without connecting to it', async () => {
    // 127.0.0.2 is loopback too, but only 127.0.0.1/32 is allowed.
    const other = new Receiver();
    const otherPort = await other.listen('127.0.0.2');
    try {
      const answer = await http.post(`http://127.0.0.2:${otherPort}/`, '{}', {});
      expect(answer).toMatchObject({
        status: null,
        refusal: 'loopback',
        error:
          'refused: 127.0.0.2 is a loopback address (this server itself); an administrator can allow it with WEBHOOK_ALLOWED_DESTINATIONS',
      });
      expect(other.connections).toBe(0);
      expect(await http.post('http://10.0.0.5/hooks', '{}', {})).toMatchObject({ status: null, refusal: 'private' });
      expect(await http.post('http://[::ffff:169.254.169.254]/latest/meta-data', '{}', {})).toMatchObject({ refusal: 'cloud-metadata' });
      expect(await http.post('ftp://example.org/', '{}', {})).toMatchObject({ refusal: 'scheme' });
      expect(await http.post(`http://user:pw@127.0.0.1:${port}/`, '{}', {})).toMatchObject({ refusal: 'credentials' });
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('throws for a programming error: a header value that cannot be sent', async () => {
    await expect(http.post(base, '{}', { 'webhook-id': 'a\r\nb' })).rejects.toThrow();
    await expect(http.post(base, '{}', {}, { timeoutMs: 0 })).rejects.toThrow(RangeError);
  });
});

describe('WebhookHttp with its own DNS server', () => {
  const dns = new DnsResponder();
  const receiver = new Receiver();
  let port: number;
  let server: string;

  beforeAll(async () => {
    server = await dns.start();
    port = await receiver.listen();
  });
  afterAll(async () => {
    await receiver.close();
    await dns.stop();
  });

  it('refuses at delivery a host that resolved to a public address at registration and to loopback since (DNS rebinding), without connecting', async () => {
    const http = webhookHttp({ WEBHOOK_DNS_SERVERS: server });
    try {
      dns.set('hooks.test', { A: ['93.184.216.34'] });
      const url = `http://hooks.test:${port}/hooks`;
      expect(await http.checkDestination(url)).toEqual({ url, addresses: ['93.184.216.34'] });

      dns.set('hooks.test', { A: ['127.0.0.1'] });
      const asked = dns.questions.length;
      const answer = await http.post(url, '{"type":"PING"}', {});
      expect(answer).toMatchObject({
        status: null,
        refusal: 'loopback',
        error:
          'refused: hooks.test resolves to 127.0.0.1, a loopback address (this server itself); an administrator can allow it with WEBHOOK_ALLOWED_DESTINATIONS',
      });
      // It looked the name up again at delivery, and the receiver on 127.0.0.1 saw nothing.
      expect(dns.questions.slice(asked)).toContain('hooks.test A');
      expect(receiver.connections).toBe(0);
      expect(receiver.requests).toHaveLength(0);
      await expect(http.checkDestination(url)).rejects.toMatchObject({ reason: 'loopback' });
    } finally {
      await http.onModuleDestroy();
    }
  });

  it('refuses at registration a host with one refused address among public ones, and one that does not resolve', async () => {
    const http = webhookHttp({ WEBHOOK_DNS_SERVERS: server });
    try {
      dns.set('mixed.test', { A: ['93.184.216.34', '10.0.0.5'] });
      const refused = await http.checkDestination('https://mixed.test/hooks').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DestinationRefusedError);
      expect((refused as DestinationRefusedError).message).toBe(
        'mixed.test resolves to 10.0.0.5, a private address; an administrator can allow it with WEBHOOK_ALLOWED_DESTINATIONS',
      );
      dns.set('meta.test', { AAAA: ['fd00:ec2::254'] });
      await expect(http.checkDestination('http://meta.test/')).rejects.toMatchObject({ reason: 'cloud-metadata' });
      await expect(http.checkDestination('https://nowhere.test/')).rejects.toMatchObject({
        reason: 'unresolvable',
        message: 'nowhere.test was not found in DNS; check the address',
      });
      expect(await http.post('https://nowhere.test/', '{}', {})).toMatchObject({
        status: null,
        refusal: null,
        error: 'host not found: nowhere.test',
      });
    } finally {
      await http.onModuleDestroy();
    }
  });

  it('connects a host named in the allow-list to the address its lookup checked, keeping the host name in the request', async () => {
    const http = webhookHttp({ WEBHOOK_DNS_SERVERS: server, WEBHOOK_ALLOWED_DESTINATIONS: 'receiver.internal' });
    try {
      dns.set('receiver.internal', { A: ['127.0.0.1'] });
      const url = `http://receiver.internal:${port}/in`;
      expect(await http.checkDestination(url)).toEqual({ url, addresses: ['127.0.0.1'] });
      expect(await http.post(url, '{"ok":true}', {})).toMatchObject({ status: 204, error: null });
      expect(receiver.requests).toHaveLength(1);
      expect(receiver.requests[0]).toMatchObject({ url: '/in', body: '{"ok":true}', headers: { host: `receiver.internal:${port}` } });
    } finally {
      await http.onModuleDestroy();
    }
  });

  describe('over TLS', () => {
    let folder: string;
    let tls: TlsServer;
    let tlsPort: number;

    beforeAll(async () => {
      // A certificate of its own for receiver.internal, which no trusted authority signed.
      folder = await mkdtemp(join(tmpdir(), 'coprod-webhook-tls-'));
      await promisify(execFile)('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=receiver.internal',
        '-addext', 'subjectAltName=DNS:receiver.internal',
        '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem'),
      ]); // prettier-ignore
      tls = createTlsServer({ key: await readFile(join(folder, 'key.pem')), cert: await readFile(join(folder, 'cert.pem')) });
      tls.on('secureConnection', (socket) => socket.end());
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      tlsPort = (tls.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
      await rm(folder, { recursive: true, force: true });
    });

    it('sends the host name for SNI and checks the certificate, though it connects to the checked address', async () => {
      const http = webhookHttp({ WEBHOOK_DNS_SERVERS: server, WEBHOOK_ALLOWED_DESTINATIONS: 'receiver.internal' });
      const sniSeen = new Promise<string | false | null>((resolve) =>
        tls.once('tlsClientError', (_e, socket) => resolve(socket.servername)),
      );
      try {
        dns.set('receiver.internal', { A: ['127.0.0.1'] });
        const answer = await http.post(`https://receiver.internal:${tlsPort}/in`, '{}', {});
        expect(answer).toMatchObject({ status: null, refusal: null, error: 'TLS failed (DEPTH_ZERO_SELF_SIGNED_CERT)' });
        expect(await sniSeen).toBe('receiver.internal');
      } finally {
        await http.onModuleDestroy();
      }
    });
  });
});
