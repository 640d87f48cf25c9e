import { UnsubscribeTokens } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('a secret of at least thirty-two characters');
  const person = '0b6f3d2e-4a1c-4b8e-9f3a-2c5d7e9a1b3c';

  it('name the person they were signed for', () => {
    expect(tokens.verify(tokens.sign(person))).toBe(person);
  });

  it('refuse another person’s id with this signature, another secret’s signature, and what is not a token', () => {
    const [, mac] = tokens.sign(person).split('.');
    expect(tokens.verify(`1b6f3d2e-4a1c-4b8e-9f3a-2c5d7e9a1b3c.${mac}`)).toBeNull();
    expect(tokens.verify(new UnsubscribeTokens('another secret of thirty-two characters!').sign(person))).toBeNull();
    for (const bad of ['', person, `${person}.`, `${person}.${mac}x`, 'x'.repeat(200)]) expect(tokens.verify(bad)).toBeNull();
  });
});
