import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { normaliseHost } from './destination-policy';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** A host name with no address, or a lookup that failed; `notFound` when the name does not exist or has no A/AAAA record. */
export class HostLookupError extends Error {
  constructor(
    readonly host: string,
    readonly notFound: boolean,
    readonly code: string,
  ) {
    super(notFound ? `${host} was not found in DNS` : `looking up ${host} failed (${code})`);
    this.name = 'HostLookupError';
  }
}

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME']);

// A DNS server that does not answer should not use up a request's whole timeout.
const RESOLVER_TIMEOUT_MS = 2000;
const RESOLVER_TRIES = 2;

/**
 * Every address a host resolves to (A and AAAA), for the destination check: the system's resolver
 * (getaddrinfo, /etc/hosts included), or the DNS servers given (webhooks': WEBHOOK_DNS_SERVERS).
 */
export class HostResolver {
  private readonly resolver: dns.Resolver | null;

  /** @param servers DNS servers (address, or address:port) to ask; none: the system's resolver. */
  constructor(servers: readonly string[] = []) {
    if (servers.length === 0) {
      this.resolver = null;
    } else {
      this.resolver = new dns.Resolver({ timeout: RESOLVER_TIMEOUT_MS, tries: RESOLVER_TRIES });
      this.resolver.setServers([...servers]);
    }
  }

  /** All of the host's addresses, never empty; throws HostLookupError. An IP literal is itself. */
  async resolve(hostname: string): Promise<ResolvedAddress[]> {
    const host = normaliseHost(hostname);
    const literal = isIP(host);
    if (literal) return [{ address: host, family: literal as 4 | 6 }];
    const addresses = this.resolver ? await this.fromServers(this.resolver, host) : await this.fromSystem(host);
    if (addresses.length === 0) throw new HostLookupError(host, true, 'ENODATA');
    return addresses;
  }

  private async fromSystem(host: string): Promise<ResolvedAddress[]> {
    try {
      const found = await dns.lookup(host, { all: true, verbatim: true });
      return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
    } catch (error) {
      throw lookupError(host, error);
    }
  }

  // A and AAAA side by side; a name with only one of them is fine, a failure of both is not.
  private async fromServers(resolver: dns.Resolver, host: string): Promise<ResolvedAddress[]> {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses: ResolvedAddress[] = [];
    if (v4.status === 'fulfilled') addresses.push(...v4.value.map((address) => ({ address, family: 4 as const })));
    if (v6.status === 'fulfilled') addresses.push(...v6.value.map((address) => ({ address, family: 6 as const })));
    if (addresses.length > 0) return addresses;
    const failures = [v4, v6].flatMap((r) => (r.status === 'rejected' ? [lookupError(host, r.reason)] : []));
    throw failures.find((f) => !f.notFound) ?? failures[0] ?? new HostLookupError(host, true, 'ENODATA');
  }
}

function lookupError(host: string, error: unknown): HostLookupError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';
  return new HostLookupError(host, NOT_FOUND.has(code), code);
}
