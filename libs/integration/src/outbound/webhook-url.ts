import { DestinationRefusedError } from '@app/http';

export const MAX_URL_LENGTH = 2000;

/** Reads a webhook URL and refuses one that cannot be a destination (before any lookup): not http(s), credentials, too long. */
export function parseDestinationUrl(raw: string): URL {
  if (raw.length > MAX_URL_LENGTH) {
    throw new DestinationRefusedError(
      'too-long',
      `The webhook address is ${raw.length} characters long; at most ${MAX_URL_LENGTH} are accepted`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DestinationRefusedError(
      'invalid-url',
      `"${raw}" is not a web address; use one like https://intranet.example.org/hooks/coprod`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DestinationRefusedError('scheme', `A webhook address must start with https:// or http:// (got ${url.protocol}//)`);
  }
  if (url.username || url.password) {
    throw new DestinationRefusedError(
      'credentials',
      'A webhook address may not hold a user name or password (user:password@); the receiver checks the signature instead',
    );
  }
  if (!url.hostname) throw new DestinationRefusedError('invalid-url', `"${raw}" names no host`);
  return url;
}
