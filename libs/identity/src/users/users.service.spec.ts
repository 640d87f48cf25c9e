import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { RequestContext, Role, UnauthenticatedError } from '@app/common';
import { Database } from '@app/database';
import { addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { UsersService } from './users.service';

/** People's accounts on a real database: one's own account by id, and the members of the caller's organisation, never strangers. */
describe('UsersService', () => {
  let module: TestingModule;
  let users: UsersService;
  let db: Database;

  beforeAll(async () => {
    module = await serviceTestingModule();
    users = module.get(UsersService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  /** The ids `membersByIds` answers, sorted (it promises no order). */
  const memberIds = async (ctx: RequestContext, ids: string[]) => (await users.membersByIds(ctx, ids)).map((u) => u.id).sort();

  it("answers a person's own account by id before they have chosen an organisation, and null for an id nobody has", async () => {
    const person = await newUser(db, 'Ada Lovelace');
    const signedIn = new RequestContext(randomUUID());
    signedIn.actor = { kind: 'user', userId: person.id };
    expect(await users.get(signedIn, person.id)).toMatchObject({ id: person.id, email: person.email, displayName: 'Ada Lovelace' });
    expect(await users.get(signedIn, randomUUID())).toBeNull();
  });

  it("answers only the members of the caller's organisation, each once: a member elsewhere and someone in no organisation are left out", async () => {
    const ours = await newOrganisation(db, Role.ADMIN);
    const colleague = (await newUser(db, 'Colleague')).id;
    await addMember(db, ours.tenantId, colleague, Role.VIEWER);
    const elsewhere = (await newOrganisation(db, Role.ADMIN)).userId;
    const nobodys = (await newUser(db, 'Loner')).id;

    expect(await memberIds(ours, [colleague, elsewhere, nobodys, ours.userId, colleague])).toEqual([colleague, ours.userId].sort());
    const [found] = await users.membersByIds(ours, [colleague]);
    expect(found).toMatchObject({ id: colleague, displayName: 'Colleague' });
  });

  it('shows someone in two organisations to both, and no longer to the one they have left', async () => {
    const first = await newOrganisation(db, Role.ADMIN);
    const second = await newOrganisation(db, Role.ADMIN);
    const both = (await newUser(db, 'In both')).id;
    await addMember(db, first.tenantId, both, Role.CONTRIBUTOR);
    await addMember(db, second.tenantId, both, Role.VIEWER);
    expect(await memberIds(first, [both])).toEqual([both]);
    expect(await memberIds(second, [both])).toEqual([both]);

    await ownerQuery(db, `DELETE FROM membership WHERE organisation_id = $1 AND user_id = $2`, [second.tenantId, both]);
    expect(await memberIds(second, [both, second.userId])).toEqual([second.userId]);
    expect(await memberIds(first, [both])).toEqual([both]);
  });

  it('answers nobody when asked about no one', async () => {
    const ours = await newOrganisation(db, Role.ADMIN);
    expect(await users.membersByIds(ours, [])).toEqual([]);
  });

  it('refuses to list members until an organisation is chosen', async () => {
    const person = await newOrganisation(db, Role.ADMIN);
    const noOrganisation = new RequestContext(randomUUID());
    noOrganisation.actor = { kind: 'user', userId: person.userId };
    await expect(users.membersByIds(noOrganisation, [person.userId])).rejects.toThrow(UnauthenticatedError);
  });
});
