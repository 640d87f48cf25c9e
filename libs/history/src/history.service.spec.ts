import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { actingAs, newOrganisation } from '../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../test/support/service-module';
import { EventKind } from './event-catalogue';
import type { EventEntity } from './event.entity';
import type { HistoryArgs } from './history.args';
import { type EventPayload, HistoryService } from './history.service';
import { LiveEvents } from './live-events';

/** The append-only history on a real database: who acted, programme sequences, filters, tenancy, and delivery only on commit. */
describe('HistoryService', () => {
  let module: TestingModule;
  let history: HistoryService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  const heard: EventEntity[] = [];
  let stopHearing: () => void;

  beforeAll(async () => {
    module = await serviceTestingModule();
    history = module.get(HistoryService);
    db = module.get(Database);
    stopHearing = module.get(LiveEvents).observe((event) => heard.push(event));
    ctx = await newOrganisation(db, Role.ADMIN);
    otherCtx = await newOrganisation(db, Role.ADMIN);
  });
  afterAll(async () => {
    stopHearing();
    await module.close();
  });

  const newProgramme = async (context = ctx): Promise<string> =>
    (
      await ownerQuery(
        db,
        `INSERT INTO programme (organisation_id, name, status, current_step, cycle, template_version, template_snapshot, version)
         VALUES ($1, 'P', 'ACTIVE', 'MAP', 1, 1, '{}', 1) RETURNING id`,
        [context.tenantId],
      )
    )[0].id;
  async function heardOf(id: string): Promise<boolean> {
    for (let i = 0; i < 50 && !heard.some((e) => e.id === id); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    return heard.some((e) => e.id === id);
  }

  // Payloads as the services write them: record refuses any other (event-catalogue.ts).
  const memberAdded = () => ({ membershipId: randomUUID(), userId: ctx.userId, role: Role.VIEWER });
  const organisationUpdated = { fields: ['name'] };
  const payloadOf = (type: string, programmeId: string): EventPayload => {
    const step = { step: 'MAP', cycle: 1 };
    const payloads: Record<string, EventPayload> = {
      PROGRAMME_CREATED: { programmeId, templateId: null, templateVersion: 1 },
      TASK_CREATED: { programmeId, taskId: randomUUID(), ...step, status: 'TODO', priority: 'MEDIUM', assigneeId: null },
      CHECKLIST_ITEM_TICKED: { programmeId, itemId: randomUUID(), key: 'map.owner', ...step },
      STEP_ADVANCED: { programmeId, from: 'MAP', to: 'FOCUS', cycle: 1, overridden: false, reason: null, gateRecordId: randomUUID() },
    };
    return payloads[type];
  };
  const task = (programmeId: string) => ({ type: 'TASK_CREATED', programmeId, payload: payloadOf('TASK_CREATED', programmeId) });

  it('refuses a type missing from the catalogue', async () => {
    await expect(history.record(ctx, { type: 'SOMETHING_HAPPENED' })).rejects.toThrow(/not in the event catalogue/);
  });

  it("refuses a payload its type's schema does not allow, naming the type and what is wrong, and writes nothing", async () => {
    const before = await ownerQuery(db, `SELECT count(*)::int AS n FROM event WHERE organisation_id = $1`, [ctx.tenantId]);
    await expect(history.record(ctx, { type: 'MEMBER_ADDED', payload: { ...memberAdded(), email: 'ann@example.org' } })).rejects.toThrow(
      'History event MEMBER_ADDED v1 has a payload its schema refuses (libs/history/src/event-catalogue.ts): payload has email, which the schema does not list',
    );
    await expect(history.record(ctx, { type: 'MEMBER_ADDED', payload: { ...memberAdded(), role: 'OWNER' } })).rejects.toThrow(
      /MEMBER_ADDED v1 .*: payload\.role must be equal to one of the allowed values: ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR, VIEWER$/,
    );
    await expect(history.record(ctx, { type: 'ORGANISATION_UPDATED' })).rejects.toThrow(/payload must have required property 'fields'/);
    expect(await ownerQuery(db, `SELECT count(*)::int AS n FROM event WHERE organisation_id = $1`, [ctx.tenantId])).toEqual(before);
  });

  it('records who acted: a person, a key by its name, or the system', async () => {
    const key = actingAs(ctx.userId, ctx.tenantId, Role.ADMIN);
    const apiKeyId = randomUUID();
    key.actor = { kind: 'apiKey', apiKeyId, name: 'Nightly sync', organisationId: ctx.tenantId };
    const system = RequestContext.system().within(ctx.tenantId);
    const added = memberAdded();
    const byPerson = await history.record(ctx, { type: 'MEMBER_ADDED', payload: added });
    const byKey = await history.record(key, { type: 'MEMBER_ADDED', payload: memberAdded() });
    const bySystem = await history.record(system, { type: 'MEMBER_ADDED', payload: memberAdded() });
    expect([byPerson, byKey, bySystem].map((e) => [e.actorType, e.actorUserId, e.actorApiKeyId, e.actorName])).toEqual([
      ['USER', ctx.userId, null, null],
      ['API_KEY', null, apiKeyId, 'Nightly sync'],
      ['SYSTEM', null, null, null],
    ]);
    expect(byPerson).toMatchObject({ organisationId: ctx.tenantId, programmeId: null, sequence: null, payload: added });
  });

  it("numbers a programme's events one after another, and only the organisation's own programme", async () => {
    const [first, second] = [await newProgramme(), await newProgramme()];
    const sequences = [];
    for (const programmeId of [first, first, second, first]) sequences.push((await history.record(ctx, task(programmeId))).sequence);
    expect(sequences).toEqual([1, 2, 1, 3]);
    expect((await ownerQuery(db, `SELECT last_sequence FROM event_sequence WHERE programme_id = $1`, [first]))[0].last_sequence).toBe(3);
    await expect(history.record(otherCtx, task(first))).rejects.toThrow(/not found/);
    expect(await ownerQuery(db, `SELECT 1 FROM event WHERE organisation_id = $1`, [otherCtx.tenantId])).toEqual([]);
  });

  it("answers each programme's last sequence number in one call: 0 before any event, nothing of another organisation's", async () => {
    const [busy, quiet] = [await newProgramme(), await newProgramme()];
    for (let i = 0; i < 4; i++) await history.record(ctx, task(busy));
    expect(Object.fromEntries(await history.lastSequences(ctx, [busy, quiet, busy]))).toEqual({ [busy]: 4, [quiet]: 0 });
    expect(Object.fromEntries(await history.lastSequences(otherCtx, [busy]))).toEqual({ [busy]: 0 });
    expect((await history.lastSequences(ctx, [])).size).toBe(0);
  });

  it('numbers concurrent events of one programme without gaps or repeats', async () => {
    const programmeId = await newProgramme();
    // A context per request, as the server makes them: a transaction binds itself to its context.
    const requests = Array.from({ length: 8 }, () => actingAs(ctx.userId, ctx.tenantId, Role.ADMIN));
    const written = await Promise.all(requests.map((request) => db.transaction(request, () => history.record(request, task(programmeId)))));
    expect(written.map((e) => e.sequence).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Object.fromEntries(await history.lastSequences(ctx, [programmeId]))).toEqual({ [programmeId]: 8 });
  });

  it("pages a programme's journey either way, between sequence numbers, by type and kind", async () => {
    const programmeId = await newProgramme();
    for (const type of ['PROGRAMME_CREATED', 'TASK_CREATED', 'CHECKLIST_ITEM_TICKED', 'STEP_ADVANCED', 'TASK_CREATED'])
      await history.record(ctx, { type, programmeId, payload: payloadOf(type, programmeId) });
    const sequences = async (args: Partial<HistoryArgs>, newestFirst: boolean, between: { after?: number; before?: number } = {}) => {
      const [rows, total] = await history.programmePage(ctx, programmeId, args as HistoryArgs, newestFirst, between);
      return [rows.map((e) => e.sequence), total];
    };
    expect(await sequences({ first: 2 }, false)).toEqual([[1, 2], 5]);
    expect(await sequences({ first: 2 }, true)).toEqual([[5, 4], 5]);
    expect(await sequences({ first: 10 }, true, { before: 4, after: 1 })).toEqual([[3, 2], 2]);
    expect(await sequences({ first: 10, types: ['TASK_CREATED'] }, false)).toEqual([[2, 5], 2]);
    expect(await sequences({ first: 10, kinds: [EventKind.MOVE, EventKind.EVIDENCE] }, false)).toEqual([[3, 4], 2]);
    // Kinds and types both narrow: none of these types is of that kind.
    expect(await sequences({ first: 10, kinds: [EventKind.MOVE], types: ['TASK_CREATED'] }, false)).toEqual([[], 0]);
    expect((await history.programmePage(otherCtx, programmeId, { first: 10 }, false))[1]).toBe(0);
  });

  it("pages the organisation's own history newest first, refusing filters that cannot match, naming the argument", async () => {
    const own = await history.record(otherCtx, { type: 'ORGANISATION_UPDATED', payload: organisationUpdated });
    const [rows, total] = await history.page(otherCtx, { first: 10 });
    expect([rows.map((e) => e.id), total]).toEqual([[own.id], 1]);
    const unknown = await history.page(otherCtx, { first: 10, types: ['NOPE'] }).catch((e: unknown) => e);
    expect((unknown as BadInputError).problems.map((p) => p.field)).toEqual(['types']);
    const at = new Date();
    const backwards = await history.page(otherCtx, { first: 10, since: at, until: at }).catch((e: unknown) => e);
    expect((backwards as BadInputError).problems.map((p) => p.field)).toEqual(['until']);
    expect((await history.page(otherCtx, { first: 10, since: new Date(Date.now() + 60_000) }))[1]).toBe(0);
  });

  it('tells subscribers of an event once its transaction commits, and never of one rolled back', async () => {
    const committed = await db.transaction(ctx, () => history.record(ctx, { type: 'ORGANISATION_UPDATED', payload: organisationUpdated }));
    expect(await heardOf(committed.id)).toBe(true);
    let rolledBack: EventEntity | undefined;
    await expect(
      db.transaction(ctx, async () => {
        rolledBack = await history.record(ctx, { type: 'ORGANISATION_UPDATED', payload: organisationUpdated });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // Events are heard in commit order: once a later one is, the rolled-back one never will be.
    const marker = await db.transaction(ctx, () => history.record(ctx, { type: 'ORGANISATION_UPDATED', payload: organisationUpdated }));
    expect(await heardOf(marker.id)).toBe(true);
    expect(heard.some((e) => e.id === rolledBack!.id)).toBe(false);
    expect(await ownerQuery(db, `SELECT 1 FROM event WHERE id = $1`, [rolledBack!.id])).toEqual([]);
  });
});
