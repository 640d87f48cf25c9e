import { DestinationRefusedError } from '@app/http';
import { MAX_URL_LENGTH, parseDestinationUrl } from './webhook-url';

function refusalOf(run: () => unknown): DestinationRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof DestinationRefusedError) return error;
    throw error;
  }
  throw new Error('expected a DestinationRefusedError, but nothing was thrown');
}

describe('parseDestinationUrl', () => {
  it('takes http and https addresses, with a port', () => {
    expect(parseDestinationUrl('https://intranet.example.org/hooks/coprod').hostname).toBe('intranet.example.org');
    expect(parseDestinationUrl('http://intranet.example.org:8080/hooks?x=1').port).toBe('8080');
    expect(parseDestinationUrl('http://[2606:4700::1]:8443/').hostname).toBe('[2606:4700::1]');
  });

  it.each([
    ['ftp://intranet.example.org/hooks', 'scheme', 'A webhook address must start with https:// or http:// (got ftp://)'],
    ['file:///etc/passwd', 'scheme', 'A webhook address must start with https:// or http:// (got file://)'],
    ['https://user:secret@intranet.example.org/', 'credentials', 'A webhook address may not hold a user name or password'],
    ['https://user@intranet.example.org/', 'credentials', 'A webhook address may not hold a user name or password'],
    ['intranet.example.org/hooks', 'invalid-url', '"intranet.example.org/hooks" is not a web address'],
  ])('refuses %s (%s)', (url, reason, message) => {
    const refused = refusalOf(() => parseDestinationUrl(url));
    expect(refused.reason).toBe(reason);
    expect(refused.message).toContain(message);
  });

  it(`accepts an address of ${MAX_URL_LENGTH} characters and refuses a longer one`, () => {
    const base = 'https://intranet.example.org/';
    expect(() => parseDestinationUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length))).not.toThrow();
    const refused = refusalOf(() => parseDestinationUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length + 1)));
    expect(refused.reason).toBe('too-long');
    expect(refused.message).toBe('The webhook address is 2001 characters long; at most 2000 are accepted');
  });
});
