import ipaddr from 'ipaddr.js';
import { DomainError, ErrorCode } from '@app/common';

/** Why an outbound destination (a webhook receiver, an identity provider) is refused. */
export type RefusalReason =
  | 'invalid-url'
  | 'scheme'
  | 'credentials'
  | 'too-long'
  | 'unresolvable'
  | 'cloud-metadata'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'carrier-grade-nat'
  | 'unspecified'
  | 'broadcast'
  | 'multicast'
  | 'reserved'
  | 'ipv6-transition';

/**
 * A destination that may not be reached. BAD_USER_INPUT, so that a setting naming it (a webhook's
 * URL, a provider's issuer) answers this message; at sending time it is the request's failure.
 */
export class DestinationRefusedError extends DomainError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly address: string | null = null,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { reason, ...(address ? { address } : {}) });
  }
}

// The instance metadata services of AWS (and OpenStack, GCP, Azure: 169.254.169.254), AWS over
// IPv6 and Alibaba Cloud: they hand out the server's credentials to whoever asks from inside.
const CLOUD_METADATA = ['169.254.169.254', 'fd00:ec2::254', '100.100.100.200'].map((a) => ipaddr.parse(a).toNormalizedString());

const RANGE_REASONS: Record<string, { reason: RefusalReason; description: string }> = {
  loopback: { reason: 'loopback', description: 'a loopback address (this server itself)' },
  private: { reason: 'private', description: 'a private address' },
  linkLocal: { reason: 'link-local', description: 'a link-local address' },
  uniqueLocal: { reason: 'unique-local', description: 'a private (unique local) IPv6 address' },
  carrierGradeNat: { reason: 'carrier-grade-nat', description: 'a shared (carrier-grade NAT) address' },
  unspecified: { reason: 'unspecified', description: 'the unspecified address' },
  broadcast: { reason: 'broadcast', description: 'the broadcast address' },
  multicast: { reason: 'multicast', description: 'a multicast address' },
  '6to4': { reason: 'ipv6-transition', description: 'a 6to4 address (IPv4 inside IPv6)' },
  teredo: { reason: 'ipv6-transition', description: 'a Teredo address (IPv4 inside IPv6)' },
  rfc6052: { reason: 'ipv6-transition', description: 'a NAT64 address (IPv4 inside IPv6)' },
  rfc6145: { reason: 'ipv6-transition', description: 'an IPv4-translated address' },
};

export interface AddressRefusal {
  reason: RefusalReason;
  /** What the address is, to follow "resolves to <address>, ", e.g. "a private address". */
  description: string;
  metadata: boolean;
}

/**
 * Why outbound HTTP may not go to this address, or null when it may: only addresses that
 * ipaddr.js counts as global unicast pass. An IPv4 address inside IPv6 (::ffff:10.0.0.5) is judged
 * as the IPv4 address it is, since the socket reaches that address.
 */
export function addressRefusal(address: string): AddressRefusal | null {
  if (!ipaddr.isValid(address)) return { reason: 'reserved', description: 'not an IP address', metadata: false };
  const parsed = ipaddr.process(address);
  if (CLOUD_METADATA.includes(parsed.toNormalizedString())) {
    return { reason: 'cloud-metadata', description: 'a cloud metadata service (it hands out the server’s credentials)', metadata: true };
  }
  const range = parsed.range();
  if (range === 'unicast') {
    // ::/8 holds the deprecated IPv4-compatible addresses (::127.0.0.1), which ipaddr.js calls unicast.
    if (parsed.kind() === 'ipv6' && parsed.toByteArray()[0] === 0) {
      return { reason: 'reserved', description: 'a reserved IPv6 address', metadata: false };
    }
    return null;
  }
  const known = RANGE_REASONS[range];
  return known ? { ...known, metadata: false } : { reason: 'reserved', description: `a reserved address (${range})`, metadata: false };
}

type Network = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Host names and networks that may be reached although they are not public (an …_ALLOWED_DESTINATIONS setting). */
export class DestinationAllowList {
  private readonly hosts = new Set<string>();
  private readonly networks: Network[] = [];
  /** Addresses named alone (a bare address, /32 or /128): only these open a cloud metadata address. */
  private readonly exact = new Set<string>();

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      if (entry.includes('/') || ipaddr.isValid(entry)) {
        const network = unwrapNetwork(
          entry.includes('/') ? ipaddr.parseCIDR(entry) : ipaddr.parseCIDR(`${entry}/${entry.includes(':') ? 128 : 32}`),
        );
        this.networks.push(network);
        if (network[1] === (network[0].kind() === 'ipv4' ? 32 : 128)) this.exact.add(network[0].toNormalizedString());
      } else {
        this.hosts.add(normaliseHost(entry));
      }
    }
  }

  get isEmpty(): boolean {
    return this.hosts.size === 0 && this.networks.length === 0;
  }

  names(host: string): boolean {
    return this.hosts.has(normaliseHost(host));
  }

  /**
   * Whether `address`, refused as `refusal`, may be reached for `host`: the host is named, or a
   * network holds the address. A cloud metadata address only when named exactly, not through a
   * host name or a wider network, so that allowing a private range does not open it by the way.
   */
  allows(host: string, address: string, refusal: AddressRefusal): boolean {
    const parsed = ipaddr.process(address);
    if (refusal.metadata) return this.exact.has(parsed.toNormalizedString());
    if (this.names(host)) return true;
    return this.networks.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
  }
}

// Addresses are compared as ipaddr.process gives them (::ffff:10.0.0.5 as 10.0.0.5), so a network written that way is too.
function unwrapNetwork([address, bits]: Network): Network {
  if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress()) return [address.toIPv4Address(), Math.max(0, bits - 96)];
  return [address, bits];
}

/** A host name as the allow-list and the resolver compare it: lower case, no trailing dot, an IPv6 literal without brackets. */
export function normaliseHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/**
 * The destination check, pure: URL rules, then each address a host resolves to against the
 * refused ranges and the allow-list. Lookups are HostResolver's; OutboundGuard joins the two.
 */
export class DestinationPolicy {
  readonly allowList: DestinationAllowList;

  /**
   * @param allowedDestinations the allow-list's entries (host names, addresses, CIDR networks)
   * @param setting the setting they come from, named in a refusal as the way to allow an address
   */
  constructor(
    allowedDestinations: readonly string[],
    readonly setting: string,
  ) {
    this.allowList = new DestinationAllowList(allowedDestinations);
  }

  /** Throws DestinationRefusedError unless `address` (one that `host` resolved to) may be reached. */
  checkAddress(host: string, address: string): void {
    const refusal = addressRefusal(address);
    if (!refusal || this.allowList.allows(host, address, refusal)) return;
    const name = normaliseHost(host);
    const shown = ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
    const literal = ipaddr.isValid(name);
    const subject = literal ? `${shown} is` : `${name} resolves to ${shown},`;
    const how = refusal.metadata
      ? `only naming this exact address in ${this.setting} would allow it`
      : `an administrator can allow it with ${this.setting}`;
    throw new DestinationRefusedError(refusal.reason, `${subject} ${refusal.description}; ${how}`, shown);
  }

  /** Checks every address: one refused address refuses the host, since a connection may go to any of them. */
  checkAddresses(host: string, addresses: readonly string[]): void {
    for (const address of addresses) this.checkAddress(host, address);
  }
}
