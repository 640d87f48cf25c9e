import { DnsResponder } from '../../../../test/support/dns-responder';
import { HostLookupError, HostResolver } from './host-resolver';

describe('HostResolver', () => {
  const dns = new DnsResponder();
  let resolver: HostResolver;

  beforeAll(async () => {
    const server = await dns.start();
    resolver = new HostResolver([server]);
  });
  afterAll(() => dns.stop());

  it('asks the configured DNS servers for both A and AAAA records and answers every address', async () => {
    dns.set('hooks.test', { A: ['93.184.216.34', '93.184.216.35'], AAAA: ['2606:2800:220:1:248:1893:25c8:1946'] });
    const found = await resolver.resolve('Hooks.Test.');
    expect(found).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '93.184.216.35', family: 4 },
      { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
    ]);
    expect(dns.questions).toEqual(expect.arrayContaining(['hooks.test A', 'hooks.test AAAA']));
  });

  it('takes a name with only IPv4 or only IPv6 addresses', async () => {
    dns.set('v4.test', { A: ['8.8.8.8'] });
    dns.set('v6.test', { AAAA: ['2001:4860:4860::8888'] });
    expect(await resolver.resolve('v4.test')).toEqual([{ address: '8.8.8.8', family: 4 }]);
    expect(await resolver.resolve('v6.test')).toEqual([{ address: '2001:4860:4860::8888', family: 6 }]);
  });

  it('answers an IP literal with itself, asking no server', async () => {
    const asked = dns.questions.length;
    expect(await resolver.resolve('10.0.0.5')).toEqual([{ address: '10.0.0.5', family: 4 }]);
    expect(await resolver.resolve('[::1]')).toEqual([{ address: '::1', family: 6 }]);
    expect(dns.questions.length).toBe(asked);
  });

  it('says a name that does not exist, or has no address, was not found', async () => {
    await expect(resolver.resolve('missing.test')).rejects.toMatchObject({ name: 'HostLookupError', notFound: true, host: 'missing.test' });
    dns.set('empty.test', {});
    const error = await resolver.resolve('empty.test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostLookupError);
    expect((error as HostLookupError).message).toBe('empty.test was not found in DNS');
  });

  it("uses the system's resolver when no DNS server is configured (localhost from /etc/hosts)", async () => {
    const system = new HostResolver();
    const found = await system.resolve('localhost');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((a) => a.address === '127.0.0.1' || a.address === '::1')).toBe(true);
    await expect(system.resolve('no-such-host.invalid')).rejects.toMatchObject({ notFound: true });
  });
});
