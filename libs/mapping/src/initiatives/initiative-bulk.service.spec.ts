import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ForbiddenError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { actingAs, addMember, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { MappingModule } from '../mapping.module';
import { type InitiativeExportRow, InitiativeBulkService, UPSERT_CHUNK } from './initiative-bulk.service';
import type { NormalisedInitiativeRow } from './initiative-upsert';

/**
 * Imports and exports on a real database: what only the service shows (history per programme,
 * versions, who imported, tenancy, the export's keyset paging). The matching rules themselves are
 * initiative-upsert.spec.ts's; the CSV round trip is the end-to-end suite's.
 */
describe('InitiativeBulkService', () => {
  let module: TestingModule;
  let bulk: InitiativeBulkService;
  let programmes: ProgrammesService;
  let db: Database;

  /** A fresh organisation per test, so that counts and exports are its own. */
  async function organisation(role = Role.PROGRAMME_MANAGER) {
    const ctx = await newOrganisation(db, role);
    const parks = await newServiceArea(db, ctx.tenantId, 'Parks', 0);
    const roads = await newServiceArea(db, ctx.tenantId, 'Roads', 1);
    return { ctx, parks, roads };
  }
  const imported = (organisationId: string) =>
    ownerQuery<{
      programmeId: string | null;
      actorType: string;
      actorUserId: string | null;
      actorApiKeyId: string | null;
      payload: Record<string, unknown>;
    }>(
      db,
      `SELECT programme_id AS "programmeId", actor_type AS "actorType", actor_user_id AS "actorUserId", actor_api_key_id AS "actorApiKeyId", payload
         FROM event WHERE organisation_id = $1 AND type = 'INITIATIVES_IMPORTED' ORDER BY id`,
      [organisationId],
    );
  const exportAll = async (ctx: RequestContext, options: Parameters<InitiativeBulkService['findForExport']>[1] = {}) => {
    const rows: InitiativeExportRow[] = [];
    for await (const row of bulk.findForExport(ctx, options)) rows.push(row);
    return rows;
  };

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    bulk = module.get(InitiativeBulkService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it('does nothing for no rows', async () => {
    const { ctx } = await organisation();
    expect(await bulk.upsertMany(ctx, [])).toEqual({ created: 0, updated: 0, unchanged: 0, initiativeIds: [] });
    expect(await imported(ctx.tenantId)).toEqual([]);
  });

  it('records one event per programme touched, with the counts and who imported; nothing when nothing changed', async () => {
    const { ctx, parks } = await organisation();
    const { id: programmeId } = await programmes.create(ctx, { name: 'Mapped' });
    const rows: NormalisedInitiativeRow[] = [
      { name: 'Friends of the park', serviceAreaId: parks, programmeId },
      { name: 'Tree wardens', serviceAreaName: ' PARKS ', programmeId },
      { name: 'Pond dippers', serviceAreaName: 'parks' },
    ];
    const first = await bulk.upsertMany(ctx, rows);
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(await imported(ctx.tenantId)).toEqual([
      { programmeId, actorType: 'USER', actorUserId: ctx.userId, actorApiKeyId: null, payload: { created: 2, updated: 0, programmeId } },
      {
        programmeId: null,
        actorType: 'USER',
        actorUserId: ctx.userId,
        actorApiKeyId: null,
        payload: { created: 1, updated: 0, programmeId: null },
      },
    ]);
    expect(await bulk.upsertMany(ctx, rows)).toEqual({ created: 0, updated: 0, unchanged: 3, initiativeIds: first.initiativeIds });
    expect(await imported(ctx.tenantId)).toHaveLength(2);

    // An API key imports too, and is named as the one who did.
    const key = new RequestContext(randomUUID());
    const apiKeyId = randomUUID();
    key.actor = { kind: 'apiKey', apiKeyId, name: 'Nightly sync', organisationId: ctx.tenantId };
    key.organisationId = ctx.tenantId;
    key.role = Role.CONSULTANT;
    const changed = await bulk.upsertMany(key, [{ ...rows[2], peopleInvolved: 12 }]);
    expect(changed).toEqual({ created: 0, updated: 1, unchanged: 0, initiativeIds: [first.initiativeIds[2]] });
    expect((await imported(ctx.tenantId)).at(-1)).toEqual({
      programmeId: null,
      actorType: 'API_KEY',
      actorUserId: null,
      actorApiKeyId: apiKeyId,
      payload: { created: 0, updated: 1, programmeId: null },
    });
    const [row] = await ownerQuery(db, `SELECT people_involved, version, created_by FROM initiative WHERE id = $1`, [
      first.initiativeIds[2],
    ]);
    expect(row).toEqual({ people_involved: 12, version: 2, created_by: ctx.userId });
  });

  it("never matches, reads or names another organisation's areas, programmes or initiatives", async () => {
    const ours = await organisation();
    const theirs = await organisation();
    const { id: theirProgramme } = await programmes.create(theirs.ctx, { name: 'Theirs' });
    await bulk.upsertMany(theirs.ctx, [{ externalRef: 'SHARED', name: 'Their initiative', serviceAreaId: theirs.parks }]);

    const error = await bulk
      .upsertMany(ours.ctx, [
        { name: 'Wrong area', serviceAreaId: theirs.parks },
        { name: 'Wrong programme', serviceAreaId: ours.parks, programmeId: theirProgramme },
      ])
      .catch((e: unknown) => e);
    expect((error as BadInputError).problems.map((p) => p.field)).toEqual(['rows[0].serviceAreaId', 'rows[1].programmeId']);
    // The same ref in another organisation is another initiative: ours is created, theirs untouched.
    expect(await bulk.upsertMany(ours.ctx, [{ externalRef: 'SHARED', name: 'Our initiative', serviceAreaName: 'Parks' }])).toMatchObject({
      created: 1,
    });
    expect((await exportAll(theirs.ctx)).map((r) => [r.name, r.version])).toEqual([['Their initiative', 1]]);
    expect((await exportAll(ours.ctx)).map((r) => r.name)).toEqual(['Our initiative']);
  });

  it('refuses publishing to a role that may not, naming the first rows and counting the rest', async () => {
    const { ctx, parks } = await organisation();
    const person = await newUser(db);
    await addMember(db, ctx.tenantId, person.id, Role.CONSULTANT);
    const consultant = actingAs(person.id, ctx.tenantId, Role.CONSULTANT);
    const rows = Array.from({ length: 7 }, (_, i): NormalisedInitiativeRow => ({
      name: `Published ${i}`,
      serviceAreaId: parks,
      published: i !== 1,
    }));
    const error = await bulk.upsertMany(consultant, rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toContain('rows[0], rows[2], rows[3], rows[4], rows[5] and 1 more');
    expect(await exportAll(ctx)).toEqual([]);
  });

  it('checks rows across chunks: a ref repeated in a later chunk refuses them all, after earlier chunks were written', async () => {
    const { ctx, parks } = await organisation();
    const rows = Array.from({ length: UPSERT_CHUNK + 10 }, (_, i): NormalisedInitiativeRow => ({
      externalRef: `C-${i}`,
      name: `Chunked ${i}`,
      serviceAreaId: parks,
    }));
    rows[UPSERT_CHUNK + 5] = { ...rows[UPSERT_CHUNK + 5], externalRef: 'C-3' };
    const error = await bulk.upsertMany(ctx, rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems).toEqual([
      { field: `rows[${UPSERT_CHUNK + 5}].externalRef`, message: 'repeats the external ref of rows[3]' },
    ]);
    expect(await exportAll(ctx)).toEqual([]);

    rows[UPSERT_CHUNK + 5] = { ...rows[UPSERT_CHUNK + 5], externalRef: `C-${UPSERT_CHUNK + 5}` };
    const first = await bulk.upsertMany(ctx, rows);
    expect(first).toMatchObject({ created: rows.length, updated: 0, unchanged: 0 });
    expect(new Set(first.initiativeIds).size).toBe(rows.length);
    // Again, with the last row renamed: matched by ref in the second chunk, the rest unchanged.
    rows[rows.length - 1] = { ...rows[rows.length - 1], name: 'Renamed' };
    expect(await bulk.upsertMany(ctx, rows)).toEqual({
      created: 0,
      updated: 1,
      unchanged: rows.length - 1,
      initiativeIds: first.initiativeIds,
    });
  });

  it('exports by area order then name, a page at a time, past ties of name; one programme when asked', async () => {
    const { ctx, parks, roads } = await organisation();
    const { id: programmeId } = await programmes.create(ctx, { name: 'Exported' });
    await bulk.upsertMany(ctx, [
      { name: 'zebra crossing patrol', serviceAreaId: roads },
      { externalRef: 'T-1', name: 'Twin', serviceAreaId: parks },
      { externalRef: 'T-2', name: 'twin', serviceAreaId: parks, programmeId },
      { name: 'Allotments', serviceAreaId: parks, programmeId, contact: 'allot@example.org' },
    ]);
    const names = (rows: InitiativeExportRow[]) => rows.map((r) => `${r.name}${r.externalRef ? ` ${r.externalRef}` : ''}`);
    const everything = await exportAll(ctx, { pageSize: 500 });
    expect(names(everything).slice(0, 1)).toEqual(['Allotments']);
    expect(names(everything).slice(1, 3).sort()).toEqual(['Twin T-1', 'twin T-2']);
    expect(names(everything)[3]).toBe('zebra crossing patrol');
    // A page of one walks the same order, never repeating or skipping a row of the same name.
    expect(await exportAll(ctx, { pageSize: 1 })).toEqual(everything);
    expect(everything[0]).toMatchObject({
      serviceAreaName: 'Parks',
      contact: 'allot@example.org',
      programmeId,
      published: false,
      version: 1,
    });
    expect(names(await exportAll(ctx, { programmeId, pageSize: 1 }))).toEqual(['Allotments', 'twin T-2']);
  });
});
