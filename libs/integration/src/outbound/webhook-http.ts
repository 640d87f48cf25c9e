import { performance } from 'node:perf_hooks';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { request } from 'undici';
import { AppConfig } from '@app/common';
import { DestinationPolicy, DestinationRefusedError, HostLookupError, HostResolver, OutboundGuard, type RefusalReason } from '@app/http';
import { parseDestinationUrl } from './webhook-url';

export const WEBHOOK_USER_AGENT = 'coprod-webhooks/1';
/** The most of a receiver's answer that is read (then dropped): enough to let a short answer end cleanly. */
export const RESPONSE_BODY_LIMIT = 1024;
/** A Retry-After further off than this is taken as this. */
export const MAX_RETRY_AFTER_SECONDS = 24 * 3600;

export interface WebhookPostOptions {
  /** The whole exchange, from the name lookup to the status line; default WEBHOOK_TIMEOUT_SECONDS. */
  timeoutMs?: number;
}

export interface WebhookResponse {
  /** The receiver's HTTP status; null when no answer came (refused, unreachable, timed out). */
  status: number | null;
  durationMs: number;
  /** From a Retry-After header (seconds, or an HTTP date counted from now), at most 24 hours; null when absent or unreadable. */
  retryAfterSeconds: number | null;
  /** Null on a 2xx; else a short plain message: 'HTTP 500', 'timed out after 10 s', 'connection refused', 'refused: …'. */
  error: string | null;
  /** Set when the destination check refused the address (error starts with 'refused: '); nothing was sent. */
  refusal: RefusalReason | null;
}

export interface CheckedDestination {
  /** The URL as it will be requested (normalised by the URL parser). */
  url: string;
  /** The addresses it resolved to, all of them allowed. */
  addresses: string[];
}

/**
 * Outbound HTTP for webhooks. A destination is checked when it is registered (checkDestination)
 * against WEBHOOK_ALLOWED_DESTINATIONS, and again at every connection by libs/http's OutboundGuard
 * (resolving the host, with WEBHOOK_DNS_SERVERS if set, and handing the socket only the addresses
 * it checked), so a name that changes its answer after registration (DNS rebinding) cannot steer
 * a delivery inward. Redirects are not followed.
 */
@Injectable()
export class WebhookHttp implements OnModuleDestroy {
  readonly policy: DestinationPolicy;
  private readonly guard: OutboundGuard;
  private readonly defaultTimeoutMs: number;

  constructor(config: AppConfig) {
    this.policy = new DestinationPolicy(config.webhooks.allowedDestinations, 'WEBHOOK_ALLOWED_DESTINATIONS');
    this.defaultTimeoutMs = config.webhooks.timeoutSeconds * 1000;
    // post's own timer bounds the exchange; undici's 10 s connect limit would cut a longer one short.
    this.guard = new OutboundGuard(this.policy, new HostResolver(config.webhooks.dnsServers), { connectTimeoutMs: 60_000 });
  }

  /** For registration: throws DestinationRefusedError (BAD_USER_INPUT) naming the address and why, or when the host does not resolve. */
  async checkDestination(url: string): Promise<CheckedDestination> {
    const parsed = parseDestinationUrl(url);
    let addresses: string[];
    try {
      addresses = await this.guard.checkHost(parsed.hostname);
    } catch (error) {
      if (error instanceof HostLookupError) {
        throw new DestinationRefusedError(
          'unresolvable',
          error.notFound ? `${error.host} was not found in DNS; check the address` : `${error.message}; try again`,
        );
      }
      throw error;
    }
    return { url: parsed.href, addresses };
  }

  /**
   * POSTs `body` and reads at most RESPONSE_BODY_LIMIT bytes of the answer. Never throws for a
   * refusal or a network failure (they are the answer's `error`); only for a programming error
   * such as a header value that cannot be sent.
   */
  async post(
    url: string,
    body: string | Buffer,
    headers: Record<string, string>,
    options: WebhookPostOptions = {},
  ): Promise<WebhookResponse> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive (got ${timeoutMs})`);
    const started = performance.now();
    const finish = (answer: Omit<WebhookResponse, 'durationMs'>): WebhookResponse => ({
      ...answer,
      durationMs: Math.round(performance.now() - started),
    });
    const failed = (error: string, refusal: RefusalReason | null = null) =>
      finish({ status: null, retryAfterSeconds: null, error, refusal });

    let target: URL;
    try {
      target = parseDestinationUrl(url);
    } catch (error) {
      if (error instanceof DestinationRefusedError) return failed(`refused: ${error.message}`, error.reason);
      throw error;
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await request(target, {
        dispatcher: this.guard.dispatcher,
        method: 'POST',
        body,
        headers: sendHeaders(headers),
        signal: controller.signal,
      });
      // The status is what counts; a slow or endless answer after it is cut off, not waited for.
      await drain(response.body, RESPONSE_BODY_LIMIT).catch(() => undefined);
      const status = response.statusCode;
      return finish({
        status,
        retryAfterSeconds: parseRetryAfter(response.headers['retry-after']),
        error: statusError(status, response.headers.location),
        refusal: null,
      });
    } catch (error) {
      if (timedOut) return failed(`timed out after ${formatSeconds(timeoutMs)} s`);
      if (error instanceof DestinationRefusedError) return failed(`refused: ${error.message}`, error.reason);
      if (error instanceof HostLookupError)
        return failed(error.notFound ? `host not found: ${error.host}` : `DNS lookup of ${error.host} failed (${error.code})`);
      const message = networkError(error);
      if (message === null) throw error;
      return failed(message);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.guard.close();
  }
}

function sendHeaders(headers: Record<string, string>): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'user-agent') sent[name.toLowerCase()] = value;
  }
  sent['content-type'] ??= 'application/json';
  sent['user-agent'] = WEBHOOK_USER_AGENT;
  return sent;
}

/** Reads up to `limit` bytes, keeping none of them, then closes the stream (and with it a longer answer's connection). */
async function drain(body: AsyncIterable<Buffer> & { destroy(): unknown }, limit: number): Promise<void> {
  let read = 0;
  try {
    for await (const chunk of body) {
      read += chunk.length;
      if (read >= limit) break;
    }
  } finally {
    body.destroy();
  }
}

function statusError(status: number, location: string | string[] | undefined): string | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) {
    const to = Array.isArray(location) ? location[0] : location;
    return `HTTP ${status}: redirects are not followed${to ? ` (to ${to.slice(0, 200)})` : ''}`;
  }
  return `HTTP ${status}`;
}

/** Retry-After as seconds from `now`: a number of seconds, or an HTTP date; null when absent or unreadable; at most 24 hours. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Math.min(Number(raw), MAX_RETRY_AFTER_SECONDS);
  // An HTTP date names its weekday or month; Date.parse alone would take "12" or "-5" as a date.
  if (!/^[a-z]{3}/i.test(raw)) return null;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, Math.ceil((at - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the receiver',
  UND_ERR_SOCKET: 'connection closed by the receiver',
  EPIPE: 'connection closed by the receiver',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for the answer',
  UND_ERR_HEADERS_OVERFLOW: 'the answer’s headers were too large',
};

/** A short message for a failure of the network or the receiver; null for a programming error, which is thrown on. */
function networkError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code in NETWORK_ERRORS) return NETWORK_ERRORS[code];
  if (code === 'UND_ERR_INVALID_ARG' || code.startsWith('ERR_INVALID') || code === 'ERR_HTTP_INVALID_HEADER_VALUE') return null;
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO/.test(code)) return `TLS failed (${code})`;
  if (code.startsWith('E') || code.startsWith('UND_ERR')) return `network error (${code})`;
  return null;
}
