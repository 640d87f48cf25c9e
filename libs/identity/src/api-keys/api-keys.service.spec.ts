import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { ForbiddenError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { ApiKeysService } from './api-keys.service';

/** The key rules on a real, migrated database: a key never makes a stronger key, and its keys die with it. */
describe('ApiKeysService', () => {
  let module: TestingModule;
  let keys: ApiKeysService;
  let db: Database;
  let organisationId: string;

  /** A context acting as `role` through a key of that role, as the policy guard would set it. */
  async function asKey(role: Role): Promise<RequestContext> {
    const [key] = await ownerQuery(
      db,
      `INSERT INTO api_key (organisation_id, name, role, prefix, secret_hash) VALUES ($1, 'Parent', $2, 'cpk_x', $3) RETURNING id`,
      [organisationId, role, randomUUID().replace(/-/g, '').padEnd(64, '0')],
    );
    const ctx = new RequestContext(randomUUID());
    ctx.actor = { kind: 'apiKey', apiKeyId: key.id, name: 'Parent', organisationId };
    ctx.organisationId = organisationId;
    ctx.role = role;
    return ctx;
  }

  beforeAll(async () => {
    module = await serviceTestingModule();
    keys = module.get(ApiKeysService);
    db = module.get(Database);
    [{ id: organisationId }] = await ownerQuery(
      db,
      `INSERT INTO organisation (name, time_zone, currency, version) VALUES ('Keyed', 'Europe/London', 'GBP', 1) RETURNING id`,
    );
  });
  afterAll(() => module.close());

  it('lets a key create keys up to its own role, never above it', async () => {
    const ctx = await asKey(Role.CONSULTANT);
    for (const role of [Role.ADMIN, Role.PROGRAMME_MANAGER]) {
      await expect(keys.create(ctx, { name: 'Stronger', role })).rejects.toThrow(ForbiddenError);
    }
    for (const role of [Role.CONSULTANT, Role.CONTRIBUTOR, Role.VIEWER]) {
      const { apiKey } = await keys.create(ctx, { name: `As ${role}`, role });
      expect(apiKey).toMatchObject({ role, parentKeyId: ctx.actor.kind === 'apiKey' ? ctx.actor.apiKeyId : null });
    }
    expect(await ownerQuery(db, `SELECT 1 FROM api_key WHERE name = 'Stronger'`)).toEqual([]);
  });

  it('refuses to create a key from a key revoked meanwhile', async () => {
    const ctx = await asKey(Role.ADMIN);
    await ownerQuery(db, `UPDATE api_key SET revoked_at = now() WHERE id = $1`, [(ctx.actor as { apiKeyId: string }).apiKeyId]);
    await expect(keys.create(ctx, { name: 'Orphan', role: Role.VIEWER })).rejects.toThrow(ForbiddenError);
  });

  it('revokes every key made from a key, however deep, and nothing else', async () => {
    const root = await asKey(Role.ADMIN);
    const child = (await keys.create(root, { name: 'Child', role: Role.ADMIN })).apiKey;
    const childCtx = Object.assign(new RequestContext(randomUUID()), {
      actor: { kind: 'apiKey', apiKeyId: child.id, name: 'Child', organisationId },
      organisationId,
      role: Role.ADMIN,
    });
    const grandchild = (await keys.create(childCtx, { name: 'Grandchild', role: Role.VIEWER })).apiKey;
    const sibling = (await keys.create(await asKey(Role.ADMIN), { name: 'Unrelated', role: Role.VIEWER })).apiKey;

    const admin = new RequestContext(randomUUID());
    admin.actor = { kind: 'user', userId: randomUUID() };
    admin.organisationId = organisationId;
    admin.role = Role.ADMIN;
    await keys.revoke(admin, (root.actor as { apiKeyId: string }).apiKeyId);

    const rows = await ownerQuery(db, `SELECT id, revoked_at FROM api_key WHERE id = ANY($1)`, [[child.id, grandchild.id, sibling.id]]);
    const revoked = Object.fromEntries(rows.map((r: { id: string; revoked_at: Date | null }) => [r.id, r.revoked_at !== null]));
    expect(revoked).toEqual({ [child.id]: true, [grandchild.id]: true, [sibling.id]: false });
  });
});
