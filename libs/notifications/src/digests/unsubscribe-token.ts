import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The token of an unsubscribe link: the person's id and an HMAC of it under a key of its own,
 * derived from JWT_SECRET (a token for sign-in can never pass as one, nor the other way round).
 * It keeps working as long as the secret does, as links in old e-mails must; it can only turn
 * the digest off, which the person can turn on again.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('coprod notifications: unsubscribe from the digest').digest();
  }

  sign(userId: string): string {
    return `${userId}.${this.mac(userId).toString('base64url')}`;
  }

  /** The person the token was signed for, or null when it is not one this server signed. */
  verify(token: string): string | null {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match || !UUID.test(match[1])) return null;
    const given = Buffer.from(match[2], 'base64url');
    const expected = this.mac(match[1]);
    return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null;
  }

  private mac(userId: string): Buffer {
    return createHmac('sha256', this.key).update(userId).digest();
  }
}
