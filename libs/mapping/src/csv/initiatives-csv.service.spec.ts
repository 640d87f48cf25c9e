import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { ForbiddenError, Role } from '@app/common';
import { Database } from '@app/database';
import { CsvParser } from '@app/http';
import { actingAs, addMember, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { MappingModule } from '../mapping.module';
import { InitiativesCsvService } from './initiatives-csv.service';

/**
 * The initiatives' CSV import and export on a real database, below HTTP: a body streamed in
 * pieces, the file's problems and the shared upsert's reported together with nothing written
 * (history included), a role that may not publish, reading that stops at a runaway row, and an
 * export of many rows streamed a page at a time. What only HTTP shows (status codes, the 50 MB
 * limit, credentials, formula escaping round trips) is test/mapping/csv.e2e-spec.ts's.
 */
describe('InitiativesCsvService', () => {
  let module: TestingModule;
  let csv: InitiativesCsvService;
  let db: Database;

  /** A fresh organisation per test, with two service areas, as a PROGRAMME_MANAGER (who may publish). */
  async function organisation() {
    const ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const parks = await newServiceArea(db, ctx.tenantId, 'Parks', 0);
    const roads = await newServiceArea(db, ctx.tenantId, 'Roads', 1);
    return { ctx, parks, roads };
  }

  /** The file as a request body brings it: bytes in pieces of `size`, cut anywhere (inside a character too). */
  async function* streamed(text: string, size = 7): AsyncGenerator<Uint8Array> {
    const bytes = encode(text);
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const encode = (text: string) => new TextEncoder().encode(text);

  const stored = (organisationId: string) =>
    ownerQuery(
      db,
      `SELECT external_ref, name, description, forms, people_involved, published, status, version
         FROM initiative WHERE organisation_id = $1 ORDER BY name`,
      [organisationId],
    );
  const imports = (organisationId: string) =>
    ownerQuery(
      db,
      `SELECT actor_user_id AS "actorUserId", payload FROM event WHERE organisation_id = $1 AND type = 'INITIATIVES_IMPORTED' ORDER BY id`,
      [organisationId],
    );

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    csv = module.get(InitiativesCsvService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it('writes a file that arrives in small pieces whole, with its values read as the format says, and records one import', async () => {
    const { ctx } = await organisation();
    const file = [
      'External ref,Name,SERVICE-AREA,Forms,People involved,Published?,Description',
      'CAFE-1,Café des réparations,parks,"co-design, CO_DELIVERY","1,200",yes,"Fix it together,\non Saturdays"',
      '',
      'CAFE-2,Tree wardens,ROADS,,,no,',
    ].join('\r\n');
    const outcome = await csv.importInitiatives(ctx, streamed(file));
    expect(outcome).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await stored(ctx.tenantId)).toEqual([
      {
        external_ref: 'CAFE-1',
        name: 'Café des réparations',
        description: 'Fix it together,\non Saturdays',
        forms: ['CO_DESIGN', 'CO_DELIVERY'],
        people_involved: 1200,
        published: true,
        status: 'ACTIVE',
        version: 1,
      },
      {
        external_ref: 'CAFE-2',
        name: 'Tree wardens',
        description: '',
        forms: [],
        people_involved: null,
        published: false,
        status: 'ACTIVE',
        version: 1,
      },
    ]);
    expect(await imports(ctx.tenantId)).toEqual([{ actorUserId: ctx.userId, payload: { created: 2, updated: 0, programmeId: null } }]);
  });

  it("reports the file's problems and the upsert's together, by row, line and column, and writes nothing", async () => {
    const { ctx } = await organisation();
    const file = [
      'external_ref,name,service_area,status,description',
      'R-1,Litter pickers,Parks,active,"Two lines,\nof description"', // row 1, lines 2–3
      'R-2,Pond dippers,Parks,finished,', // row 2: a status that is none
      'R-1,Litter pickers again,Roads,planned,', // row 3: repeats row 1's ref (the upsert's check)
      'R-4,,Lanes,active,', // row 4: no name, and an area the organisation does not have
    ].join('\n');
    const outcome = await csv.importInitiatives(ctx, streamed(file, 64));
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', dryRun: false, rows: 4, created: 0, updated: 0, unchanged: 0, errorCount: 4 });
    expect(outcome.message).toBe('3 rows have problems; nothing was imported: fix them and send the whole file again');
    expect(outcome.errors.map((e) => [e.row, e.line, e.column])).toEqual([
      [2, 4, 'status'],
      [3, 5, 'external_ref'],
      [4, 6, 'name'],
      [4, 6, 'service_area'],
    ]);
    expect(outcome.errors[0].message).toBe('"finished" is not one of planned, active, ended');
    expect(outcome.errors[1].message).toMatch(/repeats the external ref of row 1/);
    expect(outcome.errors[3].message).toMatch(/^"Lanes" is not one of the organisation's service areas \(Parks, Roads\)/);
    expect(await stored(ctx.tenantId)).toEqual([]);
    expect(await imports(ctx.tenantId)).toEqual([]);
  });

  it('says on a dry run what the import would create, update and leave, then leaves the initiatives and history as they were', async () => {
    const { ctx } = await organisation();
    const first = 'external_ref,name,service_area\nD-1,Walking bus,Roads\nD-2,Park run,Parks\n';
    expect(await csv.importInitiatives(ctx, streamed(first))).toMatchObject({ created: 2, errors: [] });
    const before = await stored(ctx.tenantId);

    const next = 'external_ref,name,service_area,people_involved\nD-1,Walking bus,Roads,\nD-2,Park run,Parks,40\nD-3,Bike club,Roads,\n';
    const dry = await csv.importInitiatives(ctx, streamed(next), { dryRun: true });
    expect(dry).toEqual({ dryRun: true, rows: 3, created: 1, updated: 1, unchanged: 1, errors: [] });
    expect(await stored(ctx.tenantId)).toEqual(before);
    expect(await imports(ctx.tenantId)).toHaveLength(1);

    // A dry run with a problem is the same refusal, marked as a dry run.
    const bad = await csv.importInitiatives(ctx, streamed(next.replace(',40', ',forty')), { dryRun: true });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', dryRun: true, errors: [{ row: 2, column: 'people_involved' }] });
  });

  it('refuses a file that would publish to a role that may not publish, and lists that refusal beside the rows at fault', async () => {
    const { ctx } = await organisation();
    const person = await newUser(db);
    await addMember(db, ctx.tenantId, person.id, Role.CONSULTANT);
    const consultant = actingAs(person.id, ctx.tenantId, Role.CONSULTANT);

    const publishing = 'name,service_area,published\nGreen gym,Parks,yes\n';
    await expect(csv.importInitiatives(consultant, streamed(publishing))).rejects.toThrow(ForbiddenError);

    const alsoBad = `${publishing}Night watch,Parks,perhaps\n`;
    const outcome = await csv.importInitiatives(consultant, streamed(alsoBad));
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 2 });
    expect(outcome.errors).toEqual([
      {
        row: null,
        line: null,
        column: null,
        message: expect.stringMatching(/^Your role \(CONSULTANT\) may not publish initiatives .* as row 1 would/),
      },
      { row: 2, line: 3, column: 'published', message: '"perhaps" is not yes or no' },
    ]);
    expect(await stored(ctx.tenantId)).toEqual([]);

    // Unpublished, the same rows are the consultant's to import.
    expect(await csv.importInitiatives(consultant, streamed(publishing.replace(',yes', ',no')))).toMatchObject({ created: 1, errors: [] });
  });

  it('stops reading at a row that never ends or at bytes that are not UTF-8, naming where, and writes nothing', async () => {
    const { ctx } = await organisation();
    let pulled = 0;
    /** A good row, then a quote that is never closed, sent on and on. */
    async function* runaway(): AsyncGenerator<Uint8Array> {
      yield encode('name,service_area\nFine,Parks\n"Never closed,');
      const more = encode('x'.repeat(16 * 1024));
      while (pulled < 1000) {
        pulled++;
        yield more;
      }
      throw new Error('the import read on past the runaway row');
    }
    const outcome = await csv.importInitiatives(ctx, runaway());
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', rows: 1, created: 0, errorCount: 1 });
    expect(outcome.errors).toEqual([
      { row: 2, line: 3, column: null, message: expect.stringMatching(/^The row starting on line 3 is longer than 100000 characters/) },
    ]);
    expect(pulled).toBeLessThan(10);

    // A spreadsheet's Latin-1 "Café": the é is one byte that UTF-8 never has alone.
    async function* latin1(): AsyncGenerator<Uint8Array> {
      yield encode('name,service_area\nFine,Parks\nCaf');
      yield new Uint8Array([0xe9, ...encode(',Parks\n')]);
    }
    const notUtf8 = await csv.importInitiatives(ctx, latin1());
    expect(notUtf8.errors).toEqual([{ row: 2, line: 3, column: null, message: expect.stringMatching(/is not UTF-8 text/) }]);
    expect(await stored(ctx.tenantId)).toEqual([]);
  });

  it("reads names against the organisation's own service areas and initiatives only", async () => {
    const ours = await organisation();
    const theirs = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    await newServiceArea(db, theirs.tenantId, 'Libraries');
    await newServiceArea(db, theirs.tenantId, 'Parks');
    expect(
      await csv.importInitiatives(theirs, streamed('external_ref,name,service_area\nSHARED-1,Their reading group,Libraries\n')),
    ).toMatchObject({
      created: 1,
    });

    const refused = await csv.importInitiatives(ours.ctx, streamed('external_ref,name,service_area\nSHARED-1,Reading group,Libraries\n'));
    expect(refused.errors).toEqual([
      {
        row: 1,
        line: 2,
        column: 'service_area',
        message: `"Libraries" is not one of the organisation's service areas (Parks, Roads); add it first, then import`,
      },
    ]);
    // Their ref is not ours to update: the row creates our own initiative.
    expect(await csv.importInitiatives(ours.ctx, streamed('external_ref,name,service_area\nSHARED-1,Reading group,Parks\n'))).toMatchObject(
      {
        created: 1,
        updated: 0,
      },
    );
    expect((await stored(theirs.tenantId)).map((r) => [r.name, r.version])).toEqual([['Their reading group', 1]]);
  });

  it("streams an export of many rows a page at a time, each of the organisation's initiatives once, in area and name order", async () => {
    const { ctx, parks, roads } = await organisation();
    const other = await organisation();
    const insert = (organisationId: string, areaId: string, prefix: string, count: number) =>
      ownerQuery(
        db,
        `INSERT INTO initiative (organisation_id, service_area_id, name, description, participation, motivation, status, version)
         SELECT $1, $2, $3::text || lpad(n::text, 4, '0'), 'Residents and staff, together', 'COLLECTIVE', 'VOLUNTARY', 'ACTIVE', 1 FROM generate_series(1, $4::int) n`,
        [organisationId, areaId, prefix, count],
      );
    await insert(ctx.tenantId, roads, 'Road ', 1200);
    await insert(ctx.tenantId, parks, 'Park ', 1300);
    await insert(other.ctx.tenantId, other.parks, 'Elsewhere ', 5);

    const pieces: string[] = [];
    for await (const piece of (await csv.exportInitiatives(ctx)).stream) pieces.push(String(piece));
    expect(pieces.length).toBeGreaterThan(1);
    const text = pieces.join('');
    expect(text.startsWith('\uFEFFexternal_ref,name,description,service_area,')).toBe(true);
    const parser = new CsvParser();
    const table = [...parser.push(text), ...parser.end()].map((r) => r.fields);
    const rows = table.slice(1);
    expect(rows).toHaveLength(2500);
    const expected = [
      ...Array.from({ length: 1300 }, (_, i) => ['Park', `Park ${String(i + 1).padStart(4, '0')}`]),
      ...Array.from({ length: 1200 }, (_, i) => ['Road', `Road ${String(i + 1).padStart(4, '0')}`]),
    ];
    expect(rows.map((r) => [r[3].slice(0, 4), r[1]])).toEqual(expected);
    expect(rows[0]).toEqual([
      '',
      'Park 0001',
      'Residents and staff, together',
      'Parks',
      '',
      'collective',
      'voluntary',
      '',
      '',
      'active',
      '',
      'no',
    ]);
    expect(text).not.toContain('Elsewhere');
  });
});
