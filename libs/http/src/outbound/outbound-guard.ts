import type { LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { DestinationPolicy, DestinationRefusedError, normaliseHost } from './destination-policy';
import { HostLookupError, HostResolver } from './host-resolver';

/** The Fetch API's `fetch`, as openid-client's and jose's `customFetch` take it. */
export type GuardedFetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export interface OutboundGuardOptions {
  /** The longest a connection may take to open (name lookup, TCP, TLS); callers bound the whole exchange themselves. */
  connectTimeoutMs: number;
}

/**
 * Outbound HTTP that never reaches what the policy refuses. Every connection its dispatcher opens
 * is checked when the socket is about to open: a literal address against the policy, a host name
 * by resolving it, refusing it if any address is refused, and handing the socket only the
 * addresses that were checked. So a name that answers differently between a check of a setting
 * and the request (DNS rebinding), a redirect, or an address another document names (a provider's
 * token endpoint or keys) cannot steer a request inward. TLS still verifies the certificate
 * against the host name.
 */
export class OutboundGuard {
  /** The dispatcher for undici's `request` and `fetch`. */
  readonly dispatcher: Agent;
  /** undici's fetch through the dispatcher; a refused connection fails it with a DestinationRefusedError as its cause. */
  readonly fetch: GuardedFetch;

  constructor(
    readonly policy: DestinationPolicy,
    private readonly resolver: HostResolver,
    options: OutboundGuardOptions,
  ) {
    const connector = buildConnector({
      lookup: (host, lookupOptions, callback) => this.lookup(host, lookupOptions, callback),
      timeout: options.connectTimeoutMs,
    });
    this.dispatcher = new Agent({
      connect: (connectOptions, callback) => {
        // A literal address is never looked up, so `lookup` would not see it: it is checked here.
        const host = normaliseHost(connectOptions.hostname);
        if (isIP(host)) {
          try {
            this.policy.checkAddress(host, host);
          } catch (error) {
            // Failed as a socket fails, after this call returns.
            process.nextTick(() => callback(error as Error, null));
            return;
          }
        }
        connector(connectOptions, callback);
      },
    });
    const dispatcher = this.dispatcher;
    // undici's Request and Response are the Fetch API's, typed apart from the DOM's: the casts only join the two typings.
    this.fetch = (url, init) => undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher }) as unknown as Promise<Response>;
  }

  /**
   * Every address the host resolves to, all of them allowed (an IP literal is itself). Throws
   * DestinationRefusedError naming the address and why, or HostLookupError when it does not resolve.
   */
  async checkHost(hostname: string): Promise<string[]> {
    const host = normaliseHost(hostname);
    const addresses = (await this.resolver.resolve(host)).map((a) => a.address);
    this.policy.checkAddresses(host, addresses);
    return addresses;
  }

  async close(): Promise<void> {
    await this.dispatcher.destroy();
  }

  // The socket's name lookup (net.connect's `lookup`): the checked addresses, nothing else.
  private lookup(hostname: string, options: LookupOptions, callback: Parameters<LookupFunction>[2]): void {
    const host = normaliseHost(hostname);
    this.resolver
      .resolve(host)
      .then((found) => {
        this.policy.checkAddresses(
          host,
          found.map((a) => a.address),
        );
        const usable = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (usable.length === 0) throw new HostLookupError(host, true, 'ENODATA');
        if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  }
}

/** The refusal behind a failed request (fetch wraps it as the cause of its TypeError), or null when it was not refused. */
export function destinationRefusal(error: unknown): DestinationRefusedError | null {
  for (let at = error, depth = 0; at && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    if (at instanceof DestinationRefusedError) return at;
  }
  return null;
}
