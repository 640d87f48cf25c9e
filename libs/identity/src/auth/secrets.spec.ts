import { DEFAULT_PASSWORD_COST, hashPassword, verifyPassword } from './secrets';

describe('password hashes (scrypt)', () => {
  it('records the cost in each hash, so hashes made at another cost still verify', async () => {
    const cheap = await hashPassword('correct horse battery staple', 10);
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', cheap)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', cheap)).toBe(false);
    const standard = await hashPassword('correct horse battery staple');
    expect(standard.startsWith(`scrypt$${2 ** DEFAULT_PASSWORD_COST}$8$1$`)).toBe(true);
    expect(await verifyPassword('correct horse battery staple', standard)).toBe(true);
  });

  it('salts each hash: one password twice gives two hashes', async () => {
    expect(await hashPassword('same password', 10)).not.toBe(await hashPassword('same password', 10));
  });
});
