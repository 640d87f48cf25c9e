import { randomUUID } from 'node:crypto';
import { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { SkillEntity } from '../../libs/people/src/participants/skill.entity';
import type { TestingModule } from '@nestjs/testing';
import { ownerQuery, serviceTestingModule } from '../support/service-module';

/**
 * The scoped repository (libs/database/src/tenancy/tenant-repository.ts): reads filtered to the
 * request's organisation and writes stamped with it, whatever the caller passes. Run here with
 * row-level security on, so what it filters out it would not have seen anyway: the point is
 * that the filter is in the query, where the planner uses it and a reader of the code sees it.
 */
describe('the tenant repository', () => {
  let module: TestingModule;
  let db: Database;
  let a: RequestContext;
  let b: RequestContext;

  async function organisation(name: string): Promise<RequestContext> {
    const [{ id }] = await ownerQuery<{ id: string }>(
      db,
      `INSERT INTO organisation (name, time_zone, currency, version) VALUES ($1, 'Europe/London', 'GBP', 1) RETURNING id`,
      [name],
    );
    return RequestContext.system(randomUUID()).within(id);
  }

  beforeAll(async () => {
    module = await serviceTestingModule();
    db = module.get(Database);
    a = await organisation('Alpha');
    b = await organisation('Beta');
    await db.tenant(a, SkillEntity).insert([
      { name: 'First aid', nameKey: 'first aid' },
      { name: 'Cooking', nameKey: 'cooking' },
    ]);
    await db.tenant(b, SkillEntity).save(db.tenant(b, SkillEntity).create({ name: 'Gardening', nameKey: 'gardening' }));
  });
  afterAll(() => module.close());

  it("stamps writes with the request's organisation, whatever the values say", async () => {
    await db.tenant(a, SkillEntity).insert({ name: 'Driving', nameKey: 'driving', organisationId: b.tenantId });
    const rows = await ownerQuery<{ organisation_id: string }>(db, `SELECT organisation_id FROM skill WHERE name_key = 'driving'`);
    expect(rows).toEqual([{ organisation_id: a.tenantId }]);
  });

  it("reads only the request's organisation, in every kind of read", async () => {
    const skills = db.tenant(a, SkillEntity);
    const theirs = (await ownerQuery<{ id: string }>(db, `SELECT id FROM skill WHERE organisation_id = $1`, [b.tenantId]))[0].id;
    expect((await skills.find({ order: { nameKey: 'ASC' } })).map((s) => s.name)).toEqual(['Cooking', 'Driving', 'First aid']);
    expect(await skills.findOneBy({ id: theirs })).toBeNull();
    expect(await skills.findBy([{ id: theirs }, { nameKey: 'cooking' }])).toEqual([expect.objectContaining({ name: 'Cooking' })]);
    expect(await skills.existsBy({ id: theirs })).toBe(false);
    expect(await skills.countBy()).toBe(3);
    await expect(skills.get({ id: theirs }, 'Skill')).rejects.toThrow(`Skill ${theirs} was not found`);
    // A builder's `where` narrows further; it cannot replace the organisation's condition.
    const built = await skills.queryBuilder('s').where('s.id = :id OR s.name_key = :key', { id: theirs, key: 'cooking' }).getMany();
    expect(built.map((s) => s.name)).toEqual(['Cooking']);
  });

  it("changes and deletes only the request's organisation's rows", async () => {
    const skills = db.tenant(a, SkillEntity);
    expect(await skills.update({ nameKey: 'gardening' }, { name: 'Taken over' })).toBe(0);
    expect(await skills.delete({ nameKey: 'gardening' })).toBe(0);
    expect(await db.tenant(b, SkillEntity).findOneBy({ nameKey: 'gardening' })).toEqual(expect.objectContaining({ name: 'Gardening' }));
    expect(await skills.update({ nameKey: 'cooking' }, { name: 'Cooking for groups' })).toBe(1);
  });

  it('runs work for several organisations joined to one transaction, all at once, each in its own scope', async () => {
    // One connection and transaction; the scope goes with each statement (tenancy/scoped-session.ts),
    // so interleaved reads and writes for two organisations never run in each other's.
    const opener = RequestContext.system(randomUUID());
    const names = (rows: SkillEntity[]) => rows.map((s) => s.nameKey).sort();
    const results = await db.transaction(opener, () =>
      Promise.all(
        Array.from({ length: 12 }, async (_, n) => {
          const ctx = opener.within((n % 2 ? b : a).tenantId);
          const skills = db.tenant(ctx, SkillEntity);
          await skills.insert({ name: `Joined ${n}`, nameKey: `joined ${n}` });
          return { n, seen: names(await skills.find()) };
        }),
      ),
    );
    for (const { n, seen } of results) {
      expect(seen).toContain(`joined ${n}`);
      expect(seen.some((key) => key.startsWith('joined ') && Number(key.slice(7)) % 2 !== n % 2)).toBe(false);
    }
    const stamped = await ownerQuery<{ name_key: string; organisation_id: string }>(
      db,
      `SELECT name_key, organisation_id FROM skill WHERE name_key LIKE 'joined %'`,
    );
    expect(stamped).toHaveLength(12);
    for (const row of stamped) expect(row.organisation_id).toBe(Number(row.name_key.slice(7)) % 2 ? b.tenantId : a.tenantId);
  });

  it('rolls back a transaction whose joined work for another organisation failed, and the connection serves on', async () => {
    // The rollback must not wait on a switch of scope, which an aborted transaction refuses.
    const failed = await db
      .transaction(a, async () => {
        await db.tenant(a, SkillEntity).insert({ name: 'Rolled back', nameKey: 'rolled back' });
        await db.query(a.within(b.tenantId), `SELECT 1/0`);
      })
      .catch((error: Error) => error);
    expect(String(failed)).toMatch(/division by zero/);
    for (let n = 0; n < 12; n++) {
      expect(await db.tenant(a, SkillEntity).findOneBy({ nameKey: 'rolled back' })).toBeNull();
      expect(await db.tenant(b, SkillEntity).countBy({ nameKey: 'gardening' })).toBe(1);
    }
  });

  it('keeps a transaction’s own runner for its opening organisation when work for another joins it', async () => {
    await db.transaction(a, async (em) => {
      const joined = db.manager(a.within(b.tenantId));
      expect(joined).not.toBe(em);
      expect(em.queryRunner!.manager).toBe(em);
      const setting = `SELECT current_setting('app.organisation_id') AS organisation`;
      expect(await em.query(setting)).toEqual([{ organisation: a.tenantId }]);
      expect(await joined.query(setting)).toEqual([{ organisation: b.tenantId }]);
      expect(await em.query(setting)).toEqual([{ organisation: a.tenantId }]);
    });
  });
});
