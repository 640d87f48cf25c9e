import { DomainError, ErrorCode } from '@app/common';
import { addressRefusal, DestinationPolicy, DestinationRefusedError } from './destination-policy';

function refusalOf(run: () => unknown): DestinationRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof DestinationRefusedError) return error;
    throw error;
  }
  throw new Error('expected a DestinationRefusedError, but nothing was thrown');
}

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['100.64.0.1', 'carrier-grade-nat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['2002:7f00:1::', 'ipv6-transition'],
    ['2001:0:4136:e378::1', 'ipv6-transition'],
    ['64:ff9b::7f00:1', 'ipv6-transition'],
    ['::ffff:0:7f00:1', 'ipv6-transition'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:a00:5', 'private'],
    ['::ffff:169.254.10.1', 'link-local'],
  ])('refuses %s as %s', (address, reason) => {
    expect(addressRefusal(address)).toMatchObject({ reason, metadata: false });
  });

  it.each(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200', '::ffff:169.254.169.254', 'fd00:ec2:0:0:0:0:0:254'])(
    'names the cloud metadata service at %s',
    (address) => {
      expect(addressRefusal(address)).toMatchObject({ reason: 'cloud-metadata', metadata: true });
    },
  );

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('lets the public address %s through', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });
});

describe('DestinationPolicy', () => {
  const open = new DestinationPolicy([], 'WEBHOOK_ALLOWED_DESTINATIONS');

  it('says which host resolved to which address, what that address is, and how to allow it', () => {
    const refused = refusalOf(() => open.checkAddress('Webhook.Example.', '10.0.0.5'));
    expect(refused.message).toBe(
      'webhook.example resolves to 10.0.0.5, a private address; an administrator can allow it with WEBHOOK_ALLOWED_DESTINATIONS',
    );
    expect(refused).toMatchObject({ reason: 'private', address: '10.0.0.5' });
    // Registration answers it as a bad input, with the reason for a client to read.
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refused.details).toEqual({ reason: 'private', address: '10.0.0.5' });

    expect(refusalOf(() => open.checkAddress('127.0.0.1', '127.0.0.1')).message).toBe(
      '127.0.0.1 is a loopback address (this server itself); an administrator can allow it with WEBHOOK_ALLOWED_DESTINATIONS',
    );
    expect(refusalOf(() => open.checkAddress('hooks.test', '::ffff:10.0.0.5')).message).toContain(
      'hooks.test resolves to 10.0.0.5, a private address',
    );
  });

  it('names a cloud metadata service in its refusal, for an IPv4 and an IPv6 one', () => {
    expect(refusalOf(() => open.checkAddress('evil.example', '169.254.169.254')).message).toBe(
      'evil.example resolves to 169.254.169.254, a cloud metadata service (it hands out the server’s credentials); only naming this exact address in WEBHOOK_ALLOWED_DESTINATIONS would allow it',
    );
    expect(refusalOf(() => open.checkAddress('evil.example', 'fd00:ec2::254')).message).toContain(
      'fd00:ec2::254, a cloud metadata service',
    );
    expect(refusalOf(() => open.checkAddress('evil.example', '100.100.100.200')).reason).toBe('cloud-metadata');
  });

  it('refuses a host when any one of its addresses is refused', () => {
    expect(() => open.checkAddresses('mixed.example', ['93.184.216.34', '2606:4700:4700::1111'])).not.toThrow();
    expect(refusalOf(() => open.checkAddresses('mixed.example', ['93.184.216.34', '192.168.0.7'])).address).toBe('192.168.0.7');
  });

  it('lets a host named in the allow-list reach its private addresses, and no other host reach them', () => {
    const policy = new DestinationPolicy(['receiver.internal'], 'WEBHOOK_ALLOWED_DESTINATIONS');
    expect(() => policy.checkAddresses('receiver.internal', ['10.0.0.5', 'fd00::5', '127.0.0.1'])).not.toThrow();
    expect(() => policy.checkAddress('RECEIVER.internal.', '10.0.0.5')).not.toThrow();
    expect(refusalOf(() => policy.checkAddress('other.internal', '10.0.0.5')).reason).toBe('private');
    expect(refusalOf(() => policy.checkAddress('sub.receiver.internal', '10.0.0.5')).reason).toBe('private');
  });

  it('lets addresses inside an allowed network through, and those outside it not', () => {
    const policy = new DestinationPolicy(['127.0.0.1/32', '10.1.0.0/16', 'fd00:1::/32', '192.168.5.5'], 'WEBHOOK_ALLOWED_DESTINATIONS');
    expect(() => policy.checkAddress('a.internal', '127.0.0.1')).not.toThrow();
    expect(() => policy.checkAddress('a.internal', '10.1.200.3')).not.toThrow();
    expect(() => policy.checkAddress('a.internal', '::ffff:10.1.0.9')).not.toThrow();
    expect(() => policy.checkAddress('a.internal', 'fd00:1:2::3')).not.toThrow();
    expect(() => policy.checkAddress('a.internal', '192.168.5.5')).not.toThrow();
    expect(refusalOf(() => policy.checkAddress('a.internal', '127.0.0.2')).reason).toBe('loopback');
    expect(refusalOf(() => policy.checkAddress('a.internal', '10.2.0.1')).reason).toBe('private');
    expect(refusalOf(() => policy.checkAddress('a.internal', 'fd00:2::1')).reason).toBe('unique-local');
    expect(refusalOf(() => policy.checkAddress('a.internal', '192.168.5.6')).reason).toBe('private');
  });

  it('opens a cloud metadata address only when that exact address is named, not through a host name or a wider network', () => {
    const wide = new DestinationPolicy(['169.254.0.0/16', 'metadata.internal', 'fd00::/8'], 'WEBHOOK_ALLOWED_DESTINATIONS');
    expect(() => wide.checkAddress('printer.internal', '169.254.7.7')).not.toThrow();
    expect(refusalOf(() => wide.checkAddress('printer.internal', '169.254.169.254')).reason).toBe('cloud-metadata');
    expect(refusalOf(() => wide.checkAddress('metadata.internal', '169.254.169.254')).reason).toBe('cloud-metadata');
    expect(refusalOf(() => wide.checkAddress('printer.internal', 'fd00:ec2::254')).reason).toBe('cloud-metadata');
    const exact = new DestinationPolicy(['169.254.169.254/32', 'fd00:ec2::254'], 'WEBHOOK_ALLOWED_DESTINATIONS');
    expect(() => exact.checkAddress('metadata.internal', '169.254.169.254')).not.toThrow();
    expect(() => exact.checkAddress('metadata.internal', 'fd00:ec2::254')).not.toThrow();
  });
});
