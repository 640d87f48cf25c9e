import ipaddr from 'ipaddr.js';

/**
 * The client a limit applies to: an IPv4 address, or the /64 network of an IPv6 one (one
 * subscriber commonly holds a whole /64, so single addresses would be free to rotate through).
 * Requests without an address (system work) share one key.
 */
export function clientKey(address: string | null | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 becomes IPv4
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}
