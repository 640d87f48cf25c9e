import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { getOperationAST, type OperationTypeNode, parse } from 'graphql';

/** The request header, as sent (HTTP header names are case-insensitive; Node lowers them). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const MAX_KEY_LENGTH = 255;

/** Printable ASCII, space included: what a UUID, a ULID or any client's own scheme is made of. */
const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * The key a request sent, or why it cannot be used. A value in double quotes (a Structured Field
 * string, as draft-ietf-httpapi-idempotency-key-header writes it) counts without its quotes.
 */
export function readIdempotencyKey(header: string | string[] | undefined): { key: string } | { problem: string } | null {
  if (header === undefined) return null;
  if (Array.isArray(header)) return { problem: 'send it once; this request has it more than once' };
  let key = header;
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1).replace(/\\(["\\])/g, '$1');
  if (!key.length) return { problem: 'it is empty; send a unique value per change, such as a UUID' };
  if (key.length > MAX_KEY_LENGTH) return { problem: `at most ${MAX_KEY_LENGTH} characters (this one has ${key.length})` };
  if (!PRINTABLE.test(key)) return { problem: 'printable ASCII characters only (letters, digits, punctuation and spaces)' };
  return { key };
}

/** The operation a GraphQL request body asks for: 'mutation', 'query' or 'subscription'; null when it cannot tell (Apollo answers that). */
export function operationType(body: unknown, maxTokens: number): OperationTypeNode | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  try {
    const document = parse(query, { maxTokens, noLocation: true });
    return getOperationAST(document, typeof operationName === 'string' ? operationName : undefined)?.operation ?? null;
  } catch {
    return null;
  }
}

/** A value with its objects' keys in order, so that the same variables in another order are the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * What makes two requests "the same" for a key: the route, and the GraphQL document, operation
 * name and variables (keys in any order). The same key with a request whose fingerprint differs is refused.
 */
export function graphqlFingerprint(route: string, body: unknown): Buffer {
  const { query, operationName, variables } = (body ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown };
  return createHash('sha256')
    .update(JSON.stringify([route, operationName ?? null, query ?? null, canonical(variables ?? {})]))
    .digest();
}

/**
 * Keys and answers at rest. The key is stored as an HMAC under the server's secret; the answer is
 * sealed (AES-256-GCM) with a key derived from the server's secret and the Idempotency-Key, bound
 * to the row's key hash: only a request bearing the key, on a server holding the secret, opens it.
 */
export class AnswerSeal {
  constructor(private readonly secret: string) {}

  keyHash(key: string): Buffer {
    return createHmac('sha256', this.secret).update(`coprod idempotency key\0${key}`).digest();
  }

  seal(key: string, plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.answerKey(key), iv);
    cipher.setAAD(this.keyHash(key));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  /** The answer, or null when it cannot be opened (another key, another secret, a changed row). */
  open(key: string, sealed: Buffer): Buffer | null {
    if (sealed.length < 28) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.answerKey(key), sealed.subarray(0, 12));
      decipher.setAAD(this.keyHash(key));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    } catch {
      return null;
    }
  }

  private answerKey(key: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.secret, key, 'coprod idempotency answer', 32));
  }
}
