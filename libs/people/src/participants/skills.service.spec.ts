import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { PeopleModule } from '../people.module';
import { SkillsService } from './skills.service';

/** The organisation's skill list on a real database: one name however it is typed, per organisation, with history. */
describe('SkillsService', () => {
  let module: TestingModule;
  let skills: SkillsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    skills = module.get(SkillsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  it('keeps a name tidied, refuses the same name in any case or spacing (naming input.name), and records who added it', async () => {
    const skill = await skills.create(ctx, { name: '  First   aid ' });
    expect(skill.name).toBe('First aid');
    for (const name of ['first aid', 'FIRST  AID', ' First aid']) {
      const error = await skills.create(ctx, { name }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).problems).toEqual([{ field: 'input.name', message: expect.stringContaining('is already a skill') }]);
    }
    // The refusal did not spoil anything: the next name in the same organisation is taken.
    await skills.create(ctx, { name: 'Art therapy' });
    expect((await skills.list(ctx)).map((s) => s.name)).toEqual(['Art therapy', 'First aid']);
    expect(await eventsAbout(db, 'skillId', skill.id)).toEqual([
      { type: 'SKILL_CREATED', programmeId: null, actorType: 'USER', actorUserId: ctx.userId, payload: { skillId: skill.id } },
    ]);
  });

  it("keeps each organisation to its own list: the same name elsewhere is another skill, and others' ids are not found", async () => {
    const ours = await skills.create(ctx, { name: 'Gardening' });
    const theirs = await skills.create(otherCtx, { name: 'gardening' });
    expect((await skills.list(otherCtx)).map((s) => s.id)).toEqual([theirs.id]);
    expect(await skills.byIds(ctx, [ours.id, theirs.id])).toEqual([ours]);
    const error = await skills.requireAll(ctx, [ours.id, theirs.id, ours.id], 'input.skillIds').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'input.skillIds', ids: [theirs.id] } });
    expect(await skills.requireAll(ctx, [ours.id, ours.id], 'input.skillIds')).toEqual([ours]);
  });
});
