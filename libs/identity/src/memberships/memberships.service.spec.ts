import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ForbiddenError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { actingAs, addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { MembershipsService } from './memberships.service';

/** Members on a real database: an organisation always keeps an ADMIN, every change is in the history, and tenancy holds. */
describe('MembershipsService', () => {
  let module: TestingModule;
  let memberships: MembershipsService;
  let db: Database;

  beforeAll(async () => {
    module = await serviceTestingModule();
    memberships = module.get(MembershipsService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  const events = (organisationId: string) =>
    ownerQuery<{ type: string; payload: Record<string, unknown> }>(
      db,
      `SELECT type, payload FROM event WHERE organisation_id = $1 ORDER BY id`,
      [organisationId],
    );
  const membershipOf = async (ctx: RequestContext, userId = ctx.userId) =>
    (await ownerQuery(db, `SELECT id FROM membership WHERE organisation_id = $1 AND user_id = $2`, [ctx.tenantId, userId]))[0].id as string;

  it('never leaves an organisation without an ADMIN, naming the field', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const own = await membershipOf(admin);
    const demote = await memberships.changeRole(admin, own, Role.VIEWER).catch((e: unknown) => e);
    expect(demote).toBeInstanceOf(BadInputError);
    expect((demote as BadInputError).problems.map((p) => p.field)).toEqual(['input.role']);
    expect(((await memberships.remove(admin, own).catch((e: unknown) => e)) as BadInputError).problems.map((p) => p.field)).toEqual([
      'input.membershipId',
    ]);
    expect(((await memberships.leave(admin).catch((e: unknown) => e)) as BadInputError).problems.map((p) => p.field)).toEqual([
      'organisation',
    ]);
    expect(await events(admin.tenantId)).toEqual([]);
  });

  it('changes a role once there is another ADMIN, and records from and to; the same role changes nothing', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const second = (await newUser(db)).id;
    const secondMembership = await addMember(db, admin.tenantId, second, Role.ADMIN);
    const own = await membershipOf(admin);
    expect(await memberships.changeRole(admin, own, Role.ADMIN)).toMatchObject({ role: Role.ADMIN });
    expect(await memberships.changeRole(admin, own, Role.PROGRAMME_MANAGER)).toMatchObject({ role: Role.PROGRAMME_MANAGER });
    // Now the second is the last ADMIN.
    await expect(memberships.changeRole(admin, secondMembership, Role.VIEWER)).rejects.toThrow(BadInputError);
    expect(await events(admin.tenantId)).toEqual([
      { type: 'MEMBER_ROLE_CHANGED', payload: { membershipId: own, userId: admin.userId, from: 'ADMIN', to: 'PROGRAMME_MANAGER' } },
    ]);
  });

  it('tells removing someone from leaving in the history', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const [removed, leaver] = [(await newUser(db)).id, (await newUser(db)).id];
    const removedMembership = await addMember(db, admin.tenantId, removed, Role.CONTRIBUTOR);
    const leaverMembership = await addMember(db, admin.tenantId, leaver, Role.VIEWER);
    await memberships.remove(admin, removedMembership);
    await memberships.leave(actingAs(leaver, admin.tenantId, Role.VIEWER));
    expect(await events(admin.tenantId)).toEqual([
      { type: 'MEMBER_REMOVED', payload: { membershipId: removedMembership, userId: removed, role: 'CONTRIBUTOR' } },
      { type: 'MEMBER_LEFT', payload: { membershipId: leaverMembership, userId: leaver, role: 'VIEWER' } },
    ]);
    expect(await memberships.isMember(admin, removed)).toBe(false);
    expect(await memberships.isMember(admin, admin.userId)).toBe(true);
  });

  it('lets only a person leave, not an API key', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const key = new RequestContext(randomUUID());
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Key', organisationId: admin.tenantId };
    key.organisationId = admin.tenantId;
    key.role = Role.ADMIN;
    await expect(memberships.leave(key)).rejects.toThrow(ForbiddenError);
  });

  it('adds a person once: adding a member again answers the membership they have', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const joiner = (await newUser(db)).id;
    const added = await db.transaction(admin, () => memberships.add(admin, joiner, Role.CONSULTANT));
    const again = await db.transaction(admin, () => memberships.add(admin, joiner, Role.ADMIN));
    expect(again).toMatchObject({ id: added.id, role: Role.CONSULTANT });
    expect((await events(admin.tenantId)).map((e) => e.type)).toEqual(['MEMBER_ADDED']);
  });

  it("keeps another organisation's members out of reach, and lists a person's organisations across them", async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const other = await newOrganisation(db, Role.ADMIN);
    const theirs = await membershipOf(other);
    await expect(memberships.changeRole(admin, theirs, Role.VIEWER)).rejects.toThrow(NotFoundError);
    await expect(memberships.remove(admin, theirs)).rejects.toThrow(NotFoundError);
    expect(await memberships.isMember(admin, other.userId)).toBe(false);
    const [page, total] = await memberships.page(admin, { first: 10 });
    expect([page.map((m) => m.userId), total]).toEqual([[admin.userId], 1]);

    await addMember(db, other.tenantId, admin.userId, Role.VIEWER);
    expect((await memberships.forUser(admin, admin.userId)).map((m) => [m.organisationId, m.role])).toEqual([
      [admin.tenantId, Role.ADMIN],
      [other.tenantId, Role.VIEWER],
    ]);
  });
});
