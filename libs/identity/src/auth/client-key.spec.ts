import { clientKey } from './client-key';

describe('clientKey', () => {
  it('keeps an IPv4 address, and unwraps one mapped into IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('takes an IPv6 address by its /64, so rotating within it does not make a new client', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
  });

  it('puts requests without a usable address together', () => {
    for (const none of [null, undefined, '', 'not an address']) expect(clientKey(none)).toBe('unknown');
  });
});
