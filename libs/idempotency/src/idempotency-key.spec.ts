import { AnswerSeal, graphqlFingerprint, MAX_KEY_LENGTH, operationType, readIdempotencyKey } from './idempotency-key';

describe('the Idempotency-Key header', () => {
  it('takes up to 255 printable ASCII characters, and a Structured Field string without its quotes', () => {
    expect(readIdempotencyKey(undefined)).toBeNull();
    expect(readIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toEqual({ key: '8e03978e-40d5-43e8-bc93-6894a57f9324' });
    expect(readIdempotencyKey('"order 42"')).toEqual({ key: 'order 42' });
    expect(readIdempotencyKey('"say \\"hi\\""')).toEqual({ key: 'say "hi"' });
    expect(readIdempotencyKey('k'.repeat(MAX_KEY_LENGTH))).toEqual({ key: 'k'.repeat(MAX_KEY_LENGTH) });
  });

  it.each([
    ['', 'it is empty'],
    ['""', 'it is empty'],
    ['k'.repeat(256), 'at most 255 characters (this one has 256)'],
    ['tab\there', 'printable ASCII characters only'],
    ['café', 'printable ASCII characters only'],
  ])('refuses %j, saying why', (header, problem) => {
    expect(readIdempotencyKey(header)).toEqual({ problem: expect.stringContaining(problem) });
  });

  it('refuses the header sent more than once', () => {
    expect(readIdempotencyKey(['a', 'b'])).toEqual({ problem: expect.stringContaining('send it once') });
  });
});

describe('a GraphQL request', () => {
  it('is a mutation, a query or unknown, by the operation it names', () => {
    const document = 'query A { a } mutation B { b }';
    expect(operationType({ query: document, operationName: 'B' }, 100)).toBe('mutation');
    expect(operationType({ query: document, operationName: 'A' }, 100)).toBe('query');
    expect(operationType({ query: document }, 100)).toBeNull();
    expect(operationType({ query: 'mutation {' }, 100)).toBeNull();
    expect(operationType({ query: 'mutation { a b c d e }' }, 3)).toBeNull();
    expect(operationType([{ query: 'mutation { a }' }], 100)).toBeNull();
  });

  it('has one fingerprint for the same document, operation and variables, whatever their keys’ order', () => {
    const body = { query: 'mutation M($i: I!) { m(input: $i) }', operationName: 'M', variables: { i: { a: 1, b: [{ x: 1, y: 2 }] } } };
    const same = { variables: { i: { b: [{ y: 2, x: 1 }], a: 1 } }, operationName: 'M', query: body.query };
    expect(graphqlFingerprint('/graphql', same)).toEqual(graphqlFingerprint('/graphql', body));
    for (const changed of [
      { ...body, variables: { i: { a: 2, b: [{ x: 1, y: 2 }] } } },
      { ...body, operationName: 'N' },
      { ...body, query: body.query.replace('m(', 'n(') },
    ]) {
      expect(graphqlFingerprint('/graphql', changed)).not.toEqual(graphqlFingerprint('/graphql', body));
    }
  });
});

describe('answers at rest', () => {
  const seal = new AnswerSeal('s'.repeat(48));

  it('opens only with the key it was sealed under and the same server secret', () => {
    const sealed = seal.seal('key-1', Buffer.from('{"data":{"secret":"abc"}}'));
    expect(sealed.toString('latin1')).not.toContain('abc');
    expect(seal.open('key-1', sealed)?.toString()).toBe('{"data":{"secret":"abc"}}');
    expect(seal.open('key-2', sealed)).toBeNull();
    expect(new AnswerSeal('t'.repeat(48)).open('key-1', sealed)).toBeNull();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(seal.open('key-1', tampered)).toBeNull();
  });

  it('stores a key as an HMAC under the secret: the same key the same hash, never the key itself', () => {
    expect(seal.keyHash('key-1')).toEqual(seal.keyHash('key-1'));
    expect(seal.keyHash('key-1')).not.toEqual(seal.keyHash('key-2'));
    expect(seal.keyHash('key-1')).not.toEqual(new AnswerSeal('t'.repeat(48)).keyHash('key-1'));
    expect(seal.keyHash('key-1').toString('latin1')).not.toContain('key-1');
  });
});
