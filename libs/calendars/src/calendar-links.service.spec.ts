import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { AppConfig, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { sha256 } from '@app/identity';
import { ProgrammesService } from '@app/programmes';
import { actingAs, eventsAbout, newOrganisation, newUser } from '../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../test/support/service-module';
import { CalendarsModule } from './calendars.module';
import { CalendarLinksService } from './calendar-links.service';

/** Calendar links on a real database: only hashes kept, a new link stopping the old at once, each owner's own. */
describe('CalendarLinksService', () => {
  let module: TestingModule;
  let links: CalendarLinksService;
  let programmes: ProgrammesService;
  let db: Database;
  const anyone = () => new RequestContext(randomUUID());
  const tokenOf = (url: string) => /\/calendars\/(.+)\.ics$/.exec(url)![1];

  beforeAll(async () => {
    module = await serviceTestingModule(CalendarsModule);
    links = module.get(CalendarLinksService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it("keeps only a person's token hash, answers who it opens, and forgets the old one on a reset", async () => {
    const ctx = await newOrganisation(db, Role.VIEWER);
    expect(await links.personal(ctx, ctx.userId)).toBeNull();
    const first = await links.resetPersonal(ctx);
    expect(first.url).toBe(`${module.get(AppConfig).publicUrl}/calendars/${tokenOf(first.url)}.ics`);
    const stored = await ownerQuery(db, `SELECT token_hash, issued_at FROM personal_calendar WHERE user_id = $1`, [ctx.userId]);
    expect(stored).toEqual([{ token_hash: sha256(tokenOf(first.url)), issued_at: first.issuedAt }]);
    expect(await links.ownerOf(anyone(), tokenOf(first.url))).toEqual({ kind: 'PERSON', userId: ctx.userId });

    const second = await links.resetPersonal(ctx);
    expect(await links.ownerOf(anyone(), tokenOf(first.url))).toBeNull();
    expect(await links.ownerOf(anyone(), tokenOf(second.url))).toEqual({ kind: 'PERSON', userId: ctx.userId });
    expect(await links.personal(ctx, ctx.userId)).toEqual({ issuedAt: second.issuedAt });
    // Another person's link is not theirs to see.
    expect(await links.personal(ctx, (await newUser(db)).id)).toBeNull();
  });

  it("makes a programme's link only in its own organisation, and records whether it replaced one", async () => {
    const ours = await newOrganisation(db, Role.PROGRAMME_MANAGER, 'Ours');
    const theirs = await newOrganisation(db, Role.ADMIN, 'Theirs');
    const programme = await programmes.create(ours, { name: 'Safer streets' });
    const first = await links.resetProgramme(ours, programme.id);
    const second = await links.resetProgramme(ours, programme.id);
    expect(await links.ownerOf(anyone(), tokenOf(first.url))).toBeNull();
    expect(await links.ownerOf(anyone(), tokenOf(second.url))).toEqual({
      kind: 'PROGRAMME',
      organisationId: ours.tenantId,
      programmeId: programme.id,
    });
    expect((await eventsAbout(db, 'programmeId', programme.id)).filter((e) => e.type === 'PROGRAMME_CALENDAR_ISSUED')).toEqual(
      [false, true].map((replaced) => ({
        type: 'PROGRAMME_CALENDAR_ISSUED',
        programmeId: programme.id,
        actorType: 'USER',
        actorUserId: ours.userId,
        payload: { programmeId: programme.id, replaced },
      })),
    );
    await expect(links.resetProgramme(theirs, programme.id)).rejects.toThrow(NotFoundError);
    expect((await links.ofProgrammes(ours, [programme.id])).get(programme.id)).toEqual({ issuedAt: second.issuedAt });
    expect((await links.ofProgrammes(theirs, [programme.id])).size).toBe(0);
    const [row] = await ownerQuery(db, `SELECT token_hash, issued_by FROM programme_calendar WHERE programme_id = $1`, [programme.id]);
    expect(row).toEqual({ token_hash: sha256(tokenOf(second.url)), issued_by: ours.userId });
  });

  it('looks nothing up for a token of the wrong shape', async () => {
    const someone = actingAs((await newUser(db)).id, randomUUID(), Role.VIEWER);
    const real = tokenOf((await links.resetPersonal(someone)).url);
    for (const token of [
      `cpcu_${randomBytes(32).toString('base64url')}`,
      `cpcp_${randomBytes(32).toString('base64url')}`,
      real.replace('cpcu_', 'cpcp_'),
      `${real}x`,
      real.slice(0, -1),
      'short',
      '',
      null,
    ]) {
      expect(await links.ownerOf(anyone(), token)).toBeNull();
    }
  });
});
