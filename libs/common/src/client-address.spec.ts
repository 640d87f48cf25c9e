import { clientNetwork } from './client-address';

describe('clientNetwork', () => {
  it('keeps an IPv4 address, and unwraps one mapped into IPv6', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('takes an IPv6 address by its /64, so rotating within it does not make a new client', () => {
    expect(clientNetwork('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64');
    expect(clientNetwork('2001:db8:1:3::1')).not.toBe(clientNetwork('2001:db8:1:2::1'));
  });

  it('writes a network one way however its address is written (zeros compressed, any case)', () => {
    expect(clientNetwork('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::/64');
    expect(clientNetwork('2001:db8::ffff:1')).toBe(clientNetwork('2001:db8:0:0:1::1'));
  });

  it('puts requests without a usable address together', () => {
    for (const none of [null, undefined, '', 'not an address', '999.1.1.1']) expect(clientNetwork(none)).toBe('unknown');
  });
});
