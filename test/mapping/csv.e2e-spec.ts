import { request as httpRequest } from 'node:http';
import { CsvParser } from '@app/http';
import { addMember, type Member, newOrganisation, type Org, sql } from '../identity/identity-helpers';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * CSV import and export of initiatives over real HTTP: the whole file checked before anything
 * is written, every bad row named, all or nothing, re-imports that do not duplicate, the 50 MB
 * limit, formula escaping, round trips, roles and tenancy.
 */

const HEADER =
  'external_ref,name,description,service_area,forms,participation,motivation,people_involved,public_body_input,status,contact,published';

interface Who {
  token: string;
  organisationId: string;
}

interface ImportAnswer {
  status: number;
  body: {
    created: number;
    updated: number;
    unchanged: number;
    rows: number;
    dryRun: boolean;
    errors: Array<{ row: number | null; line: number | null; column: string | null; message: string }>;
    errorCount?: number;
    code?: string;
    message?: string;
  };
}

/** A good row: `i` makes it unique. */
function goodRow(i: number, ref = `REF-${i}`): string {
  return `${ref},Initiative ${i},"Residents and staff, together",Health,co-design; co-delivery,collective,voluntary,${i},Room hire,active,team${i}@example.org,no`;
}

function rows(count: number, row: (i: number) => string = goodRow): string {
  return `${HEADER}\n${Array.from({ length: count }, (_, i) => row(i + 1)).join('\n')}\n`;
}

function parse(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(new TextEncoder().encode(text)), ...parser.end()].map((r) => r.fields);
}

describe('mapping: CSV import and export of initiatives', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  let consultant: Member;
  let contributor: Member;
  let viewer: Member;

  beforeAll(async () => {
    t = await startTestApp();
    [org, other] = await Promise.all([newOrganisation(t.client, 'CSV Council'), newOrganisation(t.client, 'Elsewhere Council')]);
    consultant = await addMember(t.client, org, 'CONSULTANT');
    contributor = await addMember(t.client, org, 'CONTRIBUTOR');
    viewer = await addMember(t.client, org, 'VIEWER');
  });
  afterAll(() => t.close());

  const admin = (o: Org = org): Who => ({ token: o.admin.token, organisationId: o.id });
  const as = (m: Member): Who => ({ token: m.token, organisationId: org.id });
  const headers = (who: Who | null): Record<string, string> =>
    who ? { authorization: `Bearer ${who.token}`, 'x-organisation-id': who.organisationId } : {};

  async function importCsv(
    body: string | Uint8Array,
    who: Who | null = admin(),
    query = '',
    contentType = 'text/csv',
  ): Promise<ImportAnswer> {
    const response = await fetch(`${t.url}/imports/initiatives${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers(who) },
      body,
    });
    return { status: response.status, body: (await response.json()) as ImportAnswer['body'] };
  }

  /** The export as it comes, byte-order mark included (fetch's text() would drop it). */
  async function exportCsv(who: Who | null = admin()): Promise<{ status: number; text: string; contentType: string | null }> {
    const response = await fetch(`${t.url}/exports/initiatives.csv`, { headers: headers(who) });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { status: response.status, text, contentType: response.headers.get('content-type') };
  }

  const countOf = async (o: Org) =>
    Number((await sql<{ n: string }>(t, `SELECT count(*)::int AS n FROM initiative WHERE organisation_id = $1`, [o.id]))[0].n);
  const byRef = async (o: Org, ref: string) =>
    (await sql<Record<string, unknown>>(t, `SELECT * FROM initiative WHERE organisation_id = $1 AND external_ref = $2`, [o.id, ref]))[0];

  it('refuses a thousand rows with three bad ones, naming those three rows, and writes nothing', async () => {
    const before = await countOf(org);
    const file = rows(1000, (i) => {
      if (i === 17) return goodRow(i).replace(',Health,', ',Helth,');
      if (i === 500) return goodRow(i).replace(',active,', ',finished,');
      if (i === 999) return goodRow(i).replace(',999,', ',lots,');
      return goodRow(i);
    });
    const answer = await importCsv(file);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e) => [e.row, e.column])).toEqual([
      [17, 'service_area'],
      [500, 'status'],
      [999, 'people_involved'],
    ]);
    expect(answer.body.errors[0].message).toMatch(/"Helth" is not one of the organisation's service areas \(Community safety, .*Health/);
    expect(answer.body.errors[0].line).toBe(18); // the header is line 1
    expect(answer.body).toMatchObject({ created: 0, updated: 0, unchanged: 0, errorCount: 3, code: 'BAD_USER_INPUT' });
    expect(answer.body.message).toMatch(/3 rows have problems; nothing was imported/);
    expect(await countOf(org)).toBe(before);
  });

  it('lists the first thousand problems of a file full of them, and counts them all', async () => {
    const answer = await importCsv(rows(1500, (i) => goodRow(i).replace(',Health,', ',Nowhere,')));
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1000);
    expect(answer.body.errors[999].row).toBe(1000);
    expect(answer.body.errorCount).toBe(1500);
    expect(answer.body.message).toMatch(/^The file has 1,500 problems \(the first 1,000 are listed\); nothing was imported/);
  });

  it('imports quoting, commas, quotes and line breaks inside cells, and a re-import changes nothing', async () => {
    const file = [
      'name,service_area,description,forms,contact,external_ref',
      '"Smith, Jones & partners",health,"Line one\nline two, with a comma\r\nand ""quotes""","Co-planning of policy, co_design",someone@example.org,Q-1',
      'Plain one,Community  SAFETY,,,,Q-2',
      '',
    ].join('\r\n');
    const first = await importCsv(file);
    expect(first).toMatchObject({ status: 200, body: { created: 2, updated: 0, unchanged: 0, errors: [], rows: 2 } });
    const q1 = await byRef(org, 'Q-1');
    expect(q1).toMatchObject({
      name: 'Smith, Jones & partners',
      description: 'Line one\nline two, with a comma\r\nand "quotes"',
      forms: ['CO_COMMISSIONING', 'CO_PLANNING', 'CO_DESIGN'],
      participation: 'COLLECTIVE',
      motivation: 'VOLUNTARY',
      status: 'ACTIVE',
      published: false,
    });
    expect((await byRef(org, 'Q-2')).name).toBe('Plain one');

    const again = await importCsv(file);
    expect(again).toMatchObject({ status: 200, body: { created: 0, updated: 0, unchanged: 2 } });

    const edited = await importCsv(file.replace('Plain one,Community  SAFETY,,', 'Plain one,Community safety,Now described,'));
    expect(edited).toMatchObject({ status: 200, body: { created: 0, updated: 1, unchanged: 1 } });
    expect((await byRef(org, 'Q-2')).description).toBe('Now described');
  });

  it('accepts a byte-order mark and headers in any case and order', async () => {
    const file = `\uFEFFService Area,NAME,External-Ref,Published?\nEducation,With a BOM,BOM-1,no\n`;
    const answer = await importCsv(new TextEncoder().encode(file));
    expect(answer).toMatchObject({ status: 200, body: { created: 1, errors: [] } });
    expect((await byRef(org, 'BOM-1')).name).toBe('With a BOM');
  });

  it('refuses an empty file, and takes a header with no rows as nothing to do', async () => {
    for (const empty of ['', '\uFEFF', '\r\n\r\n']) {
      const answer = await importCsv(empty);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toBe('The file is empty');
      expect(answer.body.errors[0].message).toMatch(/^the file is empty/);
    }
    expect(await importCsv(`${HEADER}\r\n`)).toMatchObject({
      status: 200,
      body: { created: 0, updated: 0, unchanged: 0, rows: 0, errors: [] },
    });
  });

  it('names header problems: a missing required column, an unknown one', async () => {
    const answer = await importCsv('name,area\nA,Health\n');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ row: null, line: 1, column: 'area', message: expect.stringMatching(/is not a column of this format/) }),
      expect.objectContaining({ row: null, line: 1, column: 'service_area', message: expect.stringMatching(/is a required column/) }),
    ]);
  });

  it('names rows that repeat an external ref or another row’s initiative, and an unclosed quote', async () => {
    const answer = await importCsv(`name,service_area,external_ref\nA,Health,D-1\nB,Health,D-1\nC,Housing,\nc,housing,\n"D,Housing,D-2\n`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'external_ref'],
      [4, 'name'],
      [5, null],
    ]);
    expect(answer.body.errors[0].message).toMatch(/repeats the external ref of row 1/);
    expect(answer.body.errors[2].message).toMatch(/never closed/);
    expect(await byRef(org, 'D-1')).toBeUndefined();
  });

  it('checks everything and writes nothing on a dry run, saying what the import would do', async () => {
    const before = await countOf(org);
    const answer = await importCsv(
      rows(3, (i) => goodRow(i, `DRY-${i}`)),
      admin(),
      '?dryRun=true',
    );
    expect(answer).toMatchObject({ status: 200, body: { dryRun: true, created: 3, updated: 0, unchanged: 0, errors: [] } });
    expect(await countOf(org)).toBe(before);
    const bad = await importCsv(rows(2, (i) => goodRow(i, `DRY-${i}`)).replace('voluntary', 'keen'), admin(), '?dryRun=true');
    expect(bad).toMatchObject({ status: 400, body: { dryRun: true, errors: [expect.objectContaining({ row: 1, column: 'motivation' })] } });
  });

  it('exports the organisation’s initiatives, and the export imports back unchanged', async () => {
    const { status, text, contentType } = await exportCsv();
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/csv/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const table = parse(text);
    expect(table[0]).toEqual(HEADER.split(','));
    expect(table.length - 1).toBe(await countOf(org));
    const q1 = table.find((r) => r[0] === 'Q-1')!;
    expect(q1.slice(1, 6)).toEqual([
      'Smith, Jones & partners',
      'Line one\nline two, with a comma\r\nand "quotes"',
      'Health',
      'co-commissioning; co-planning; co-design',
      'collective',
    ]);

    const back = await importCsv(text);
    expect(back).toMatchObject({ status: 200, body: { created: 0, updated: 0, unchanged: table.length - 1, errors: [] } });
  });

  it('escapes cells a spreadsheet would run as formulas, and reads them back as they were', async () => {
    const nasty = {
      name: '=HYPERLINK("http://evil.example","click")',
      description: '+44 20 7946 0000',
      contact: '@someone',
      ref: '-7',
      publicBodyInput: "'=already quoted",
    };
    const file = `external_ref,name,description,service_area,contact,public_body_input\n${nasty.ref},"${nasty.name.replaceAll('"', '""')}",${nasty.description},Housing,${nasty.contact},${nasty.publicBodyInput}\n`;
    // The import takes one leading apostrophe off before a formula character: this file says what a spreadsheet would show.
    expect(await importCsv(file)).toMatchObject({ status: 200, body: { created: 1 } });
    const stored = await byRef(org, nasty.ref);
    expect(stored).toMatchObject({
      name: nasty.name,
      description: nasty.description,
      contact: nasty.contact,
      public_body_input: '=already quoted',
    });

    const { text } = await exportCsv();
    const row = parse(text).find((r) => r[0] === `'${nasty.ref}`)!;
    expect(row[1]).toBe(`'${nasty.name}`);
    expect(row[2]).toBe(`'${nasty.description}`);
    expect(row[8]).toBe(`'=already quoted`);
    expect(row[10]).toBe(`'${nasty.contact}`);

    expect(await importCsv(text)).toMatchObject({ status: 200, body: { created: 0, updated: 0, errors: [] } });
    expect(await byRef(org, nasty.ref)).toMatchObject({
      name: nasty.name,
      description: nasty.description,
      contact: nasty.contact,
      version: stored.version,
    });
  });

  it('keeps organisations apart: another organisation’s initiatives are never in the export', async () => {
    expect(await importCsv(`name,service_area,external_ref\nTheirs only,Health,OTHER-1\n`, admin(other))).toMatchObject({
      status: 200,
      body: { created: 1 },
    });
    const ours = await exportCsv();
    expect(ours.text).not.toContain('Theirs only');
    expect(ours.text).toContain('Smith, Jones & partners');
    const theirs = parse((await exportCsv(admin(other))).text);
    expect(theirs.slice(1).map((r) => r[1])).toEqual(['Theirs only']);
    // The same ref in two organisations is two initiatives.
    expect(await importCsv(`name,service_area,external_ref\nOurs too,Health,OTHER-1\n`)).toMatchObject({
      status: 200,
      body: { created: 1 },
    });
    // Asking for an organisation one does not belong to: not found, as in GraphQL.
    const stranger = await fetch(`${t.url}/exports/initiatives.csv`, {
      headers: headers({ token: org.admin.token, organisationId: other.id }),
    });
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets ADMIN, PROGRAMME_MANAGER and CONSULTANT import (PLAN), not CONTRIBUTOR or VIEWER; everyone may export (READ)', async () => {
    for (const m of [contributor, viewer]) {
      const answer = await importCsv(
        rows(1, (i) => goodRow(i, 'ROLE-1')),
        as(m),
      );
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/CSV import takes ADMIN or PROGRAMME_MANAGER or CONSULTANT/),
      });
    }
    expect(await byRef(org, 'ROLE-1')).toBeUndefined();
    expect(
      await importCsv(
        rows(1, (i) => goodRow(i, 'ROLE-1')),
        as(consultant),
      ),
    ).toMatchObject({ status: 200, body: { created: 1 } });
    // Publishing takes DECIDE_AND_PUBLISH, which a consultant lacks.
    const publishing = await importCsv(
      rows(1, (i) => goodRow(i, 'ROLE-2').replace(/,no$/, ',yes')),
      as(consultant),
    );
    expect(publishing.status).toBe(403);
    expect(publishing.body.message).toMatch(/may not publish initiatives .* as row 1 would/);
    expect((await exportCsv(as(viewer))).status).toBe(200);

    const anonymous = await importCsv(rows(1), null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await exportCsv(null)).status).toBe(401);
  });

  it('takes an API key like GraphQL does, and refuses a body that is not text/csv', async () => {
    const key = await t.client.ok(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'spreadsheet sync', role: 'CONSULTANT' } },
      admin(),
    );
    const response = await fetch(`${t.url}/imports/initiatives`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', 'x-api-key': key.createApiKey.secret },
      body: 'name,service_area,external_ref\nBy key,Transport,KEY-1\n',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ created: 1 });

    const json = await importCsv(JSON.stringify({ name: 'x' }), admin(), '', 'application/json');
    expect(json.status).toBe(415);
    expect(json.body.message).toMatch(/Content-Type: text\/csv/);
  });

  it('refuses a file over 50 MB with a clear message, reading no further, and stays up', async () => {
    const before = await countOf(org);
    const answer = await streamUpload(t.url, headers(admin()), 51 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/larger than the limit of 50 MB/),
    });
    expect(await countOf(org)).toBe(before);

    // Reading stops at the limit: sending on and on, the answer comes soon after 50 MB.
    const endless = await streamUpload(t.url, headers(admin()), 200 * 1024 * 1024);
    expect(endless.status).toBe(413);
    expect(endless.sentBytes).toBeLessThan(75 * 1024 * 1024);

    // A declared length over the limit is refused before reading anything.
    const declared = await streamUpload(t.url, { ...headers(admin()), 'content-length': String(60 * 1024 * 1024) }, 60 * 1024 * 1024);
    expect(declared.status).toBe(413);
    expect(declared.sentBytes).toBeLessThan(20 * 1024 * 1024);

    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await importCsv(`name,service_area\nAfter the big one,Health\n`)).toMatchObject({ status: 200, body: { created: 1 } });
  });
});

/** Rows of ~800 bytes, as real ones with a paragraph of description are: 50 MB is ~65,000 of them. */
const DESCRIPTION = 'Residents, staff and volunteers meet monthly to plan and run the work together. '.repeat(8);

/**
 * Sends `total` bytes of valid CSV, generated a chunk at a time (never held whole), and stops
 * sending as soon as the server answers.
 */
function streamUpload(
  url: string,
  headers: Record<string, string>,
  total: number,
): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const target = new URL('/imports/initiatives', url);
    const req = httpRequest({
      hostname: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...headers },
    });
    let sent = 0;
    let answered = false;
    let n = 0;
    const chunk = () => {
      let text = '';
      while (text.length < 64 * 1024) {
        n++;
        text += `BIG-${n},Big initiative ${n},"${DESCRIPTION}",Health,co-design,collective,voluntary,${n},Staff time,active,big${n}@example.org,no\n`;
      }
      return Buffer.from(text);
    };
    const pump = () => {
      while (!answered && sent < total) {
        const buffer = sent === 0 ? Buffer.concat([Buffer.from(`${HEADER}\n`), chunk()]) : chunk();
        const piece = buffer.subarray(0, Math.min(buffer.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.on('response', (response) => {
      answered = true;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (d: string) => (body += d));
      response.on('end', () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBytes: sent });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server closes the connection after answering; a write racing that is expected.
      if (!answered) reject(error);
    });
    pump();
  });
}
