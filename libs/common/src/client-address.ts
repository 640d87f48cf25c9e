import ipaddr from 'ipaddr.js';

/**
 * The client a per-client limit counts an address as: an IPv4 address as it is (IPv4-mapped
 * IPv6 too), an IPv6 address by its /64 network, since a home or a phone is usually given a
 * whole /64 and counting single IPv6 addresses would let a client rotate past any limit.
 * Anything unreadable (or no address: system work) counts as one shared "unknown" client,
 * which is limited like any other.
 */
export function clientNetwork(address: string | null | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = parsed.toByteArray().slice(0, 8);
  return `${ipaddr.fromByteArray([...network, 0, 0, 0, 0, 0, 0, 0, 0]).toString()}/64`;
}
