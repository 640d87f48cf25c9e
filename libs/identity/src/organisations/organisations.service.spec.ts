import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { ConflictError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { OrganisationDefaultsRegistry } from './organisation-defaults';
import { OrganisationsService } from './organisations.service';

/** Organisations on a real database: their creation with a first ADMIN and the features' defaults, versions, and who sees which. */
describe('OrganisationsService', () => {
  let module: TestingModule;
  let organisations: OrganisationsService;
  let db: Database;
  /** What the fake feature was asked to set up, and whether it was inside the creating transaction. */
  const defaults: Array<{ organisationId: string; inTransaction: boolean }> = [];
  let failDefaults = false;

  beforeAll(async () => {
    module = await serviceTestingModule();
    await module.init(); // the time zone's cache starts listening for events
    organisations = module.get(OrganisationsService);
    db = module.get(Database);
    module.get(OrganisationDefaultsRegistry).register({
      writeDefaults: async (ctx, organisationId) => {
        defaults.push({ organisationId, inTransaction: ctx.entityManager !== null });
        if (failDefaults) throw new Error('defaults failed');
      },
    });
  });
  afterAll(() => module.close());

  const signedIn = async () => {
    const ctx = new RequestContext(randomUUID());
    ctx.actor = { kind: 'user', userId: (await newUser(db)).id };
    return ctx;
  };

  it("creates an organisation with the caller as its first ADMIN and the features' defaults, in one transaction", async () => {
    const caller = await signedIn();
    const organisation = await organisations.create(caller, { name: 'Riverside Council', timeZone: 'Europe/London', currency: 'GBP' });
    expect(organisation).toMatchObject({ name: 'Riverside Council', timeZone: 'Europe/London', currency: 'GBP', version: 1 });
    expect(caller.organisationId).toBeNull(); // the caller's own context is left as it was
    expect(defaults.at(-1)).toEqual({ organisationId: organisation.id, inTransaction: true });
    const [membership] = await ownerQuery(db, `SELECT id, user_id, role FROM membership WHERE organisation_id = $1`, [organisation.id]);
    expect(membership).toMatchObject({ user_id: caller.userId, role: 'ADMIN' });
    expect(await ownerQuery(db, `SELECT type, payload FROM event WHERE organisation_id = $1`, [organisation.id])).toEqual([
      { type: 'ORGANISATION_CREATED', payload: { organisationId: organisation.id, membershipId: membership.id, role: 'ADMIN' } },
    ]);
  });

  it('leaves nothing behind when a feature cannot set up its defaults', async () => {
    const caller = await signedIn();
    failDefaults = true;
    try {
      await expect(organisations.create(caller, { name: 'Half made', timeZone: 'Europe/London', currency: 'GBP' })).rejects.toThrow(
        'defaults failed',
      );
    } finally {
      failDefaults = false;
    }
    expect(await ownerQuery(db, `SELECT 1 FROM organisation WHERE name = 'Half made'`)).toEqual([]);
    expect(await ownerQuery(db, `SELECT 1 FROM membership WHERE user_id = $1`, [caller.userId])).toEqual([]);
  });

  it('updates at the version seen, recording which fields changed', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const updated = await organisations.update(admin, { version: 1, timeZone: 'Europe/Dublin' });
    expect(updated).toMatchObject({ timeZone: 'Europe/Dublin', version: 2 });
    await expect(organisations.update(admin, { version: 1, name: 'Stale' })).rejects.toThrow(ConflictError);
    expect((await organisations.current(admin)).name).toBe('Org');
    expect(await ownerQuery(db, `SELECT type, payload FROM event WHERE organisation_id = $1`, [admin.tenantId])).toEqual([
      { type: 'ORGANISATION_UPDATED', payload: { fields: ['timeZone'] } },
    ]);
  });

  it('keeps the time zone that other libraries reckon dates in, and forgets it when the organisation changes', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const before = await organisations.timeZone(admin);
    // Kept: a change that bypasses the service (and so records no event) is not read again at once.
    await ownerQuery(db, `UPDATE organisation SET time_zone = 'Asia/Tokyo' WHERE id = $1`, [admin.tenantId]);
    expect(await organisations.timeZone(admin)).toBe(before);
    // ORGANISATION_UPDATED, heard at the commit, lets it go.
    const { version } = await organisations.current(admin);
    await organisations.update(admin, { version, timeZone: 'Pacific/Auckland' });
    expect(await organisations.timeZone(admin)).toBe('Pacific/Auckland');
    expect(await organisations.today(admin)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows a person the organisations they belong to and the request's own; an API key only its own", async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const joined = await newOrganisation(db, Role.ADMIN);
    const stranger = await newOrganisation(db, Role.ADMIN);
    await addMember(db, joined.tenantId, admin.userId, Role.VIEWER);
    const seen = await organisations.byIds(admin, [admin.tenantId, joined.tenantId, stranger.tenantId]);
    expect(seen.map((o) => o.id).sort()).toEqual([admin.tenantId, joined.tenantId].sort());

    const key = new RequestContext(randomUUID());
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Key', organisationId: admin.tenantId };
    key.organisationId = admin.tenantId;
    expect((await organisations.byIds(key, [admin.tenantId, joined.tenantId])).map((o) => o.id)).toEqual([admin.tenantId]);
    expect(await organisations.byIds(admin, [])).toEqual([]);
  });
});
