import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, InvalidTransitionError, NotFoundError, RequestContext, Role, UnauthenticatedError } from '@app/common';
import { Database } from '@app/database';
import { sha256 } from '@app/identity';
import { ProgrammesService } from '@app/programmes';
import { GUEST_NOTES_MAX, GUEST_PASS_HOURS, JOIN_CODE_HOURS, normaliseJoinCode } from '@app/workflow';
import { actingAs, eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { serverUrl } from '../../../../test/support/databases';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopsModule } from '../workshops.module';
import type { Workshop } from '../workshops/workshop.model';
import { WorkshopsService } from '../workshops/workshops.service';
import { WorkshopGuestsService } from './workshop-guests.service';

const HOUR_MS = 3_600_000;

/** Guests on a real database: codes typed loosely, replaced, expired or closed; passes kept as hashes and ended with the workshop; notes capped; tenancy. */
describe('WorkshopGuestsService', () => {
  let module: TestingModule;
  let guests: WorkshopGuestsService;
  let workshops: WorkshopsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopsModule);
    guests = module.get(WorkshopGuestsService);
    workshops = module.get(WorkshopsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.CONSULTANT);
    otherCtx = await newOrganisation(db, Role.ADMIN);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Streets together' })).id;
  });
  afterAll(() => module.close());

  /** Someone without an account, as a request of theirs would arrive: no organisation, their own network. */
  const stranger = (address = '198.51.100.20') => {
    const c = new RequestContext(randomUUID());
    c.clientAddress = address;
    return c;
  };
  const planned = (): Promise<Workshop> =>
    workshops.plan(ctx, {
      programmeId,
      startsAt: new Date('2027-05-06T09:30:00Z'),
      endsAt: new Date('2027-05-06T12:00:00Z'),
      facilitatorUserId: ctx.userId,
    });
  const running = async (): Promise<Workshop> => workshops.move(ctx, { workshopId: (await planned()).id, version: 1 }, 'START');
  const end = async (workshopId: string) =>
    workshops.move(ctx, { workshopId, version: (await workshops.get(ctx, workshopId)).version }, 'END');
  const join = (code: string, displayName = 'Sam') => guests.join(stranger(), { code, displayName });
  const codeRefusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems.map((p) => p.field)).toEqual(['input.code']);
    return (error as BadInputError).problems[0].message;
  };
  const guestRow = async (id: string) =>
    (
      await ownerQuery(
        db,
        `SELECT pass_hash AS "passHash", pass_expires_at AS "passExpiresAt", display_name AS "displayName" FROM workshop_guest WHERE id = $1`,
        [id],
      )
    )[0];

  it('shows a code good for eight hours, kept only as its hash, which works typed in lower case with spaces', async () => {
    const workshop = await running();
    const before = Date.now();
    const shown = await guests.openJoining(ctx, workshop.id);
    expect(shown.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(shown.expiresAt.getTime()).toBeGreaterThanOrEqual(before + JOIN_CODE_HOURS * HOUR_MS - 1000);
    expect(shown.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + JOIN_CODE_HOURS * HOUR_MS);
    const [stored] = await ownerQuery(
      db,
      `SELECT join_code_hash AS "hash", to_jsonb(workshop)::text AS "row" FROM workshop WHERE id = $1`,
      [workshop.id],
    );
    const bare = normaliseJoinCode(shown.code)!;
    expect(stored.hash).toBe(sha256(bare));
    expect(stored.row).not.toContain(bare);

    const typed = `  ${shown.code.slice(0, 5).toLowerCase()} ${shown.code.slice(6).toLowerCase()} `;
    const { pass, guest } = await join(typed, '  Sam from number 12 ');
    expect(guest).toMatchObject({ workshopId: workshop.id, programmeId, displayName: 'Sam from number 12' });
    expect(guest.ctx.tenantId).toBe(ctx.tenantId);
    expect(guest.expiresAt.getTime()).toBeGreaterThan(Date.now() + GUEST_PASS_HOURS * HOUR_MS - 60_000);
    expect((await guests.guestFor(stranger(), pass)).id).toBe(guest.id);
    expect(await guests.passValid(stranger(), pass)).toBe(true);

    const [event] = (await eventsAbout(db, 'workshopId', workshop.id)).filter((e) => e.type === 'WORKSHOP_GUEST_JOINED');
    expect(event.payload).toMatchObject({ guestId: guest.id });
    expect(JSON.stringify(event.payload)).not.toContain('Sam');
  });

  it('keeps the pass only as its hash', async () => {
    const workshop = await running();
    const { pass, guest } = await join((await guests.openJoining(ctx, workshop.id)).code, 'Robin');
    expect(pass).toMatch(/^wsg_/);
    expect((await guestRow(guest.id)).passHash).toBe(sha256(pass));
    const [whole] = await ownerQuery(db, `SELECT to_jsonb(g)::text AS "row" FROM workshop_guest g WHERE id = $1`, [guest.id]);
    expect(whole.row).not.toContain(pass);
    expect(whole.row).not.toContain(pass.slice(4));
  });

  it('lets a room full of guests join at the same moment, each with a pass of their own', async () => {
    const workshop = await running();
    const { code } = await guests.openJoining(ctx, workshop.id);
    const joined = await Promise.all(
      Array.from({ length: 12 }, (_, i) => guests.join(stranger(`198.51.100.${i + 100}`), { code, displayName: `Guest ${i + 1}` })),
    );
    expect(new Set(joined.map((j) => j.pass)).size).toBe(12);
    const listed = await guests.guestsOf(ctx, [workshop.id]);
    expect(listed.map((g) => g.displayName).sort()).toEqual(joined.map((j) => j.guest.displayName).sort());
    for (const { pass, guest } of joined) expect((await guests.guestFor(stranger(), pass)).id).toBe(guest.id);
  });

  it('refuses a code that was replaced, one that expired, one closed, and text that is no code, naming input.code', async () => {
    const workshop = await running();
    const first = await guests.openJoining(ctx, workshop.id);
    const second = await guests.openJoining(ctx, workshop.id);
    expect(await codeRefusal(join(first.code))).toMatch(/matches no workshop open to guests/);
    const early = await join(second.code, 'Early');

    await ownerQuery(db, `UPDATE workshop SET join_code_expires_at = now() - interval '1 minute' WHERE id = $1`, [workshop.id]);
    expect(await codeRefusal(join(second.code))).toMatch(/matches no workshop open to guests/);

    const third = await guests.openJoining(ctx, workshop.id);
    await guests.closeJoining(ctx, workshop.id);
    expect(await codeRefusal(join(third.code))).toMatch(/matches no workshop open to guests/);
    expect(await codeRefusal(join('not a code'))).toMatch(/is not a join code/);
    // Guests already in keep their passes when joining closes.
    expect((await guests.guestFor(stranger(), early.pass)).id).toBe(early.guest.id);
    expect((await eventsAbout(db, 'workshopId', workshop.id)).map((e) => e.type)).toContain('WORKSHOP_JOINING_CLOSED');
  });

  // The embedded database runs one transaction at a time, so a join can only straddle a close on PostgreSQL.
  (serverUrl() ? it : it.skip)('refuses a join whose code was closed while the join waited for the workshop', async () => {
    const workshop = await running();
    const { code } = await guests.openJoining(ctx, workshop.id);
    const waiting = async () =>
      (
        await ownerQuery(
          db,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n as number;
    // The facilitator's close, holding the workshop as closeJoining does, committed only once the join has found the code.
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((resolve) => (locked = resolve));
    const closing = db.opened.asOwner(async (query) => {
      await query('BEGIN');
      await query(`SELECT 1 FROM workshop WHERE id = $1 FOR UPDATE`, [workshop.id]);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
      await query(`UPDATE workshop SET join_code_hash = NULL, join_code_expires_at = NULL WHERE id = $1`, [workshop.id]);
      await query('COMMIT');
    });
    await held;
    let done = false;
    const joining = join(code, 'Late').then(
      (joined) => ((done = true), joined),
      (error: unknown) => {
        done = true;
        throw error;
      },
    );
    for (let i = 0; i < 500 && !done && (await waiting()) < 1; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await closing;
    expect(await codeRefusal(joining)).toMatch(/matches no workshop open to guests/);
    expect(await ownerQuery(db, `SELECT id FROM workshop_guest WHERE workshop_id = $1`, [workshop.id])).toEqual([]);
  });

  it("records a guest as no one, even when the request also carries a member of another organisation's credentials", async () => {
    const workshop = await running();
    const { code } = await guests.openJoining(ctx, workshop.id);
    const outsider = () => {
      const c = actingAs(otherCtx.userId, otherCtx.tenantId, Role.ADMIN);
      c.clientAddress = '198.51.100.77';
      return c;
    };
    const { pass, guest } = await guests.join(outsider(), { code, displayName: 'Visitor' });
    expect([guest.ctx.userIdOrNull, guest.ctx.role, guest.ctx.tenantId]).toEqual([null, null, ctx.tenantId]);
    const note = await guests.addNote(await guests.guestFor(outsider(), pass), { pass, text: 'From the back row' });
    const [output] = await ownerQuery(db, `SELECT created_by AS "createdBy", guest_id AS "guestId" FROM workshop_output WHERE id = $1`, [
      note.id,
    ]);
    expect(output).toEqual({ createdBy: null, guestId: guest.id });
    const events = (await eventsAbout(db, 'workshopId', workshop.id)).filter((e) =>
      ['WORKSHOP_GUEST_JOINED', 'WORKSHOP_OUTPUTS_CAPTURED'].includes(e.type),
    );
    expect(events.map((e) => [e.type, e.actorUserId])).toEqual([
      ['WORKSHOP_GUEST_JOINED', null],
      ['WORKSHOP_OUTPUTS_CAPTURED', null],
    ]);
  });

  it('refuses joining a planned or ended workshop', async () => {
    const plannedOne = await planned();
    await expect(guests.openJoining(ctx, plannedOne.id)).rejects.toThrow(InvalidTransitionError);
    // A code that reached a planned workshop all the same (written here as the owner) still lets no one in.
    const code = 'ABCDE12345';
    await ownerQuery(db, `UPDATE workshop SET join_code_hash = $2, join_code_expires_at = now() + interval '1 hour' WHERE id = $1`, [
      plannedOne.id,
      sha256(code),
    ]);
    await expect(join(code)).rejects.toThrow(/has not started yet/);

    const workshop = await running();
    const shown = await guests.openJoining(ctx, workshop.id);
    await end(workshop.id);
    expect(await codeRefusal(join(shown.code))).toMatch(/matches no workshop open to guests/);
    expect((await ownerQuery(db, `SELECT join_code_hash AS "hash" FROM workshop WHERE id = $1`, [workshop.id]))[0].hash).toBeNull();
    await ownerQuery(db, `UPDATE workshop SET join_code_hash = $2, join_code_expires_at = now() + interval '1 hour' WHERE id = $1`, [
      workshop.id,
      sha256(normaliseJoinCode(shown.code)!),
    ]);
    const refused = await join(shown.code).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect((refused as Error).message).toMatch(/is over/);
    expect(await guests.guestsOf(ctx, [workshop.id])).toEqual([]);
  });

  it('ends a pass when it expires and when the workshop ends, keeping the name for the record', async () => {
    const workshop = await running();
    const code = (await guests.openJoining(ctx, workshop.id)).code;
    const expiring = await join(code, 'Alex');
    const staying = await join(code, 'Jo');
    await ownerQuery(db, `UPDATE workshop_guest SET pass_expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.guest.id]);
    await expect(guests.guestFor(stranger(), expiring.pass)).rejects.toThrow(UnauthenticatedError);
    expect(await guests.passValid(stranger(), expiring.pass)).toBe(false);
    expect((await guests.guestFor(stranger(), staying.pass)).displayName).toBe('Jo');

    await end(workshop.id);
    await expect(guests.guestFor(stranger(), staying.pass)).rejects.toThrow(UnauthenticatedError);
    expect(await guests.passValid(stranger(), staying.pass)).toBe(false);
    expect((await guestRow(staying.guest.id)).passHash).toBeNull();
    expect((await guests.guestsOf(ctx, [workshop.id])).map((g) => g.displayName)).toEqual(['Alex', 'Jo']);
    // A note from a guest object held since before the end is refused too.
    await expect(guests.addNote(staying.guest, { pass: staying.pass, text: 'One more thing' })).rejects.toThrow(/is over/);
  });

  it('refuses a pass that was never given, or one of the right shape that matches no guest', async () => {
    await expect(guests.guestFor(stranger(), 'hello there')).rejects.toThrow(UnauthenticatedError);
    await expect(guests.guestFor(stranger(), `wsg_${'x'.repeat(40)}`)).rejects.toThrow(UnauthenticatedError);
  });

  it('lists guests in the order they joined, names them by id, and shows another organisation none of them', async () => {
    const workshop = await running();
    const code = (await guests.openJoining(ctx, workshop.id)).code;
    const ana = await join(code, 'Ana');
    const ben = await join(code, 'Ben');
    const listed = await guests.guestsOf(ctx, [workshop.id, workshop.id]);
    expect(listed.map((g) => [g.id, g.workshopId, g.displayName])).toEqual([
      [ana.guest.id, workshop.id, 'Ana'],
      [ben.guest.id, workshop.id, 'Ben'],
    ]);
    expect(listed[0].joinedAt).toBeInstanceOf(Date);
    expect(await guests.namesOf(ctx, [ben.guest.id, ana.guest.id])).toEqual(
      new Map([
        [ana.guest.id, 'Ana'],
        [ben.guest.id, 'Ben'],
      ]),
    );
    expect(await guests.guestsOf(ctx, [])).toEqual([]);

    expect(await guests.guestsOf(otherCtx, [workshop.id])).toEqual([]);
    expect((await guests.namesOf(otherCtx, [ana.guest.id])).size).toBe(0);
    await expect(guests.openJoining(otherCtx, workshop.id)).rejects.toThrow(NotFoundError);
    await expect(guests.closeJoining(otherCtx, workshop.id)).rejects.toThrow(NotFoundError);
    // The pass answers with the workshop's own organisation, never the caller's.
    const asked = stranger();
    asked.organisationId = otherCtx.tenantId;
    expect((await guests.guestFor(asked, ana.pass)).ctx.tenantId).toBe(ctx.tenantId);
  });

  it("adds a guest's note as a NOTE output with the guest as its author", async () => {
    const workshop = await running();
    const { pass, guest } = await join((await guests.openJoining(ctx, workshop.id)).code, 'Kim');
    const note = await guests.addNote(await guests.guestFor(stranger(), pass), { pass, text: ' The crossing needs a second light ' });
    expect(note.text).toBe('The crossing needs a second light');
    const [row] = await ownerQuery(
      db,
      `SELECT kind, text, guest_id AS "guestId", created_by AS "createdBy", workshop_id AS "workshopId" FROM workshop_output WHERE id = $1`,
      [note.id],
    );
    expect(row).toEqual({
      kind: 'NOTE',
      text: 'The crossing needs a second light',
      guestId: guest.id,
      createdBy: null,
      workshopId: workshop.id,
    });
    expect((await ownerQuery(db, `SELECT id FROM workshop_output WHERE workshop_id = $1`, [workshop.id])).map((o) => o.id)).toEqual([
      note.id,
    ]);
  });

  it(`stops a guest at ${GUEST_NOTES_MAX} notes, even when the last ones arrive at once, and not the others`, async () => {
    const workshop = await running();
    const code = (await guests.openJoining(ctx, workshop.id)).code;
    const busy = await join(code, 'Busy');
    const quiet = await join(code, 'Quiet');
    // Notes written straight into the table, to come near the cap quickly.
    await ownerQuery(
      db,
      `INSERT INTO workshop_output (organisation_id, workshop_id, position, kind, text, guest_id, version)
       SELECT $1, $2, n, 'NOTE', 'Note ' || n, $3, 1 FROM generate_series(1, $4::int) AS n`,
      [ctx.tenantId, workshop.id, busy.guest.id, GUEST_NOTES_MAX - 2],
    );
    const burst = await Promise.allSettled(
      Array.from({ length: 5 }, async (_, i) =>
        guests.addNote(await guests.guestFor(stranger(), busy.pass), { pass: busy.pass, text: `Late note ${i}` }),
      ),
    );
    expect(burst.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const r of burst.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(InvalidTransitionError);
      expect((r as PromiseRejectedResult).reason.message).toMatch(new RegExp(`added ${GUEST_NOTES_MAX} notes`));
    }
    const [{ n }] = await ownerQuery(db, `SELECT count(*)::int AS n FROM workshop_output WHERE guest_id = $1`, [busy.guest.id]);
    expect(n).toBe(GUEST_NOTES_MAX);
    await expect(guests.addNote(busy.guest, { pass: busy.pass, text: 'Still more' })).rejects.toThrow(InvalidTransitionError);
    expect((await guests.addNote(quiet.guest, { pass: quiet.pass, text: 'My first' })).text).toBe('My first');
  });
});
