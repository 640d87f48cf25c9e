import { SecretBox } from './client-secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a root secret of at least thirty-two characters', 'oidc client secret');

  it('opens what it sealed, and never shows the secret in the sealed text', () => {
    const sealed = box.seal('s3cret-value');
    expect(sealed).not.toContain('s3cret');
    expect(box.open(sealed)).toBe('s3cret-value');
    // A fresh nonce each time: the same secret seals differently.
    expect(box.seal('s3cret-value')).not.toBe(sealed);
  });

  it('refuses what another key or purpose sealed, or anything tampered with', () => {
    const sealed = box.seal('s3cret-value');
    expect(new SecretBox('another root secret of at least thirty-two chars', 'oidc client secret').open(sealed)).toBeNull();
    expect(new SecretBox('a root secret of at least thirty-two characters', 'oidc sign-in state').open(sealed)).toBeNull();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    expect(box.open([...parts.slice(0, 3), body.toString('base64url')].join('.'))).toBeNull();
    expect(box.open('not sealed')).toBeNull();
  });
});
