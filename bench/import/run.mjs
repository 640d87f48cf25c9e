#!/usr/bin/env node
/**
 * bench/import: 10,000 initiatives through the CSV import endpoint, against a bare `COPY` of
 * the same rows, side by side in one run.
 *
 *   npm run build                      # the bench builds nothing itself
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:import
 *
 * It creates its own database `coprod_bench_import` on that server (dropping one left by an
 * earlier run) and drops it at the end. The built server (dist/apps/api/src/main.js) starts as
 * a child process on a free port with NODE_ENV=production and runs the migrations.
 *
 * Each round, on fresh organisations (so every row is a create):
 *   - import: `POST /imports/initiatives` with the 10,000-row file (~3 MB) as a text/csv body,
 *     timed from the first byte sent to the JSON answer: streaming, parsing, checking every
 *     row, the spool, the shared upsert (matching, one transaction), history;
 *   - re-import: the same file again (every row `unchanged`), for scale;
 *   - COPY: `\copy initiative (…) FROM STDIN (FORMAT csv)` through a psql subprocess, fed the
 *     same rows already normalised (service area ids, form keys), timed from spawn to exit, so
 *     it includes psql's start and connection (printed on its own as "psql start");
 *   - INSERT … SELECT FROM unnest(…): one statement through `pg`, the same rows, for a second
 *     bare baseline without a subprocess.
 * The stored rows of the import and of COPY are compared (a checksum over every stored
 * field), so both baselines load exactly what the import does.
 *
 * Environment: BENCH_ROWS (default 10000), BENCH_ROUNDS (default 3).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createDatabase, pg, serverUrlOrExit, startApi } from '../lib.mjs';

// `npm run bench` collects each bench's headline ratios through bench/results.mjs; alone, nothing is collected.
const { recordResult } = await import('../results.mjs').catch(() => ({ recordResult: () => undefined }));

const DATABASE = 'coprod_bench_import';
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const AREAS = [
  'Community safety',
  'Local environment',
  'Health',
  'Social care',
  'Education',
  'Housing',
  'Transport',
  'Culture and leisure',
];
/** Form sets with every sub-form's form already present (as the import stores them), and how the file writes them. */
const FORM_SETS = [
  { keys: ['CO_DESIGN'], cell: 'co-design' },
  { keys: ['CO_DESIGN', 'CO_DELIVERY', 'CO_PERFORMING'], cell: 'Co-design; co-performing' },
  { keys: ['CO_COMMISSIONING', 'CO_PLANNING', 'CO_PRIORITISATION'], cell: 'co-planning, co-prioritisation' },
  { keys: ['CO_DELIVERY', 'CO_MANAGING', 'CO_ASSESSMENT', 'CO_MONITORING'], cell: 'CO_MANAGING; co-monitoring' },
  { keys: [], cell: '' },
];
const PARTICIPATION = ['INDIVIDUAL', 'COLLECTIVE', 'BOTH'];
const MOTIVATION = ['VOLUNTARY', 'COMPLIANCE'];
const STATUS = ['PLANNED', 'ACTIVE', 'ENDED'];

const COPY_COLUMNS = [
  'organisation_id',
  'external_ref',
  'name',
  'description',
  'service_area_id',
  'forms',
  'participation',
  'motivation',
  'people_involved',
  'public_body_input',
  'status',
  'contact',
  'published',
  'version',
];

/** Row `n` as stored: the same values whichever way it is loaded. */
function initiative(n) {
  const forms = FORM_SETS[n % FORM_SETS.length];
  return {
    externalRef: `R-${String(n).padStart(6, '0')}`,
    name: `Initiative ${n}`,
    description:
      n % 10 === 0
        ? `Residents and the council run it together, "as equals".\nMeets weekly, ${n % 7} volunteers on rota.`
        : `Residents and the council run it together: meets weekly, with ${n % 7} volunteers on rota.`,
    area: AREAS[n % AREAS.length],
    forms,
    participation: PARTICIPATION[n % 3],
    motivation: MOTIVATION[n % 2],
    peopleInvolved: n % 11 === 0 ? null : n % 500,
    publicBodyInput: n % 9 === 0 ? '' : 'Room hire and a community worker, two days a week',
    status: STATUS[n % 3],
    contact: `organiser${n}@example.org`,
    published: n % 10 === 3,
  };
}

function csvCell(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The import's file: the documented format, as a consultant's spreadsheet would hold it. */
function importFile(rows) {
  const header =
    'external_ref,name,description,service_area,forms,participation,motivation,people_involved,public_body_input,status,contact,published';
  const lines = rows.map((r) =>
    [
      r.externalRef,
      r.name,
      r.description,
      r.area.toLowerCase(),
      r.forms.cell,
      r.participation.toLowerCase(),
      r.motivation.toLowerCase(),
      r.peopleInvolved ?? '',
      r.publicBodyInput,
      r.status.toLowerCase(),
      r.contact,
      r.published ? 'yes' : 'no',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${header}\r\n${lines.join('\r\n')}\r\n`;
}

/** COPY's input: the same rows, normalised (ids, keys, array literals); null is NULL, "" an empty string. */
function copyFile(rows, organisationId, areaIds) {
  const cell = (v) => (v === null ? '' : v === '' ? '""' : csvCell(v));
  return rows
    .map((r) =>
      [
        organisationId,
        r.externalRef,
        r.name,
        r.description,
        areaIds.get(r.area),
        `{${r.forms.keys.join(',')}}`,
        r.participation,
        r.motivation,
        r.peopleInvolved,
        r.publicBodyInput,
        r.status,
        r.contact,
        r.published ? 't' : 'f',
        1,
      ]
        .map(cell)
        .join(','),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------

async function graphql(api, query, variables, as = {}) {
  const headers = { 'content-type': 'application/json' };
  if (as.token) headers.authorization = `Bearer ${as.token}`;
  if (as.organisationId) headers['x-organisation-id'] = as.organisationId;
  const response = await fetch(api.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function newOrganisation(api, token, name) {
  const { createOrganisation } = await graphql(
    api,
    `
      mutation ($input: CreateOrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    { input: { name } },
    { token },
  );
  // Reading the list writes the default service areas.
  const { serviceAreas } = await graphql(
    api,
    `
      query {
        serviceAreas {
          id
          name
        }
      }
    `,
    {},
    { token, organisationId: createOrganisation.id },
  );
  return { id: createOrganisation.id, areaIds: new Map(serviceAreas.map((a) => [a.name, a.id])) };
}

async function timedImport(api, token, organisationId, file) {
  const began = performance.now();
  const response = await fetch(`${api.url}/imports/initiatives`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, 'x-organisation-id': organisationId },
    body: file,
  });
  const body = await response.json();
  const ms = performance.now() - began;
  if (response.status !== 200) throw new Error(`import answered ${response.status}: ${JSON.stringify(body).slice(0, 2000)}`);
  return { ms, body };
}

function runPsql(url, args, input) {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.stdout.resume();
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - began) : reject(new Error(`psql exited ${code}: ${errors}`))));
    child.stdin.end(input ?? '');
  });
}

async function timedCopy(url, data) {
  return runPsql(url, ['-c', `\\copy initiative (${COPY_COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv)`], data);
}

async function timedUnnest(client, rows, organisationId, areaIds) {
  const col = (f) => rows.map(f);
  const began = performance.now();
  await client.query(
    `INSERT INTO initiative (organisation_id, external_ref, name, description, service_area_id, forms, participation, motivation,
                             people_involved, public_body_input, status, contact, published, version)
     SELECT $1, r.ref, r.name, r.description, r.area, r.forms::text[], r.participation, r.motivation, r.people, r.input, r.status, r.contact, r.published, 1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[], $12::text[], $13::boolean[])
            AS r(ref, name, description, area, forms, participation, motivation, people, input, status, contact, published)`,
    [
      organisationId,
      col((r) => r.externalRef),
      col((r) => r.name),
      col((r) => r.description),
      col((r) => areaIds.get(r.area)),
      col((r) => `{${r.forms.keys.join(',')}}`),
      col((r) => r.participation),
      col((r) => r.motivation),
      col((r) => r.peopleInvolved),
      col((r) => r.publicBodyInput),
      col((r) => r.status),
      col((r) => r.contact),
      col((r) => r.published),
    ],
  );
  return performance.now() - began;
}

/** A checksum over every stored field of an organisation's initiatives (ids and times aside). */
async function checksum(client, organisationId) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n, md5(string_agg(concat_ws('|', i.external_ref, i.name, i.description, sa.name, i.forms::text, i.participation, i.motivation,
            i.people_involved, i.public_body_input, i.status, i.contact, i.published, i.version), E'\\n' ORDER BY i.external_ref)) AS sum
       FROM initiative i JOIN service_area sa ON sa.id = i.service_area_id WHERE i.organisation_id = $1`,
    [organisationId],
  );
  return rows[0];
}

/** The process's resident memory now (VmRSS) or at its peak (VmHWM), from /proc where there is one. */
function rssMb(pid, field = 'VmHWM') {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return kb ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmtMs = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
const fmtRate = (ms) =>
  `${Math.round(ROWS / (ms / 1000))
    .toLocaleString('en-GB')
    .padStart(9)} rows/s`;

async function main() {
  const serverUrl = serverUrlOrExit('bench/import', DATABASE);
  const { benchUrl, cleanups, cleanup } = await createDatabase(serverUrl, DATABASE);

  try {
    console.log(
      `bench/import on ${new URL(serverUrl).host}: ${ROWS.toLocaleString('en-GB')} rows, ${ROUNDS} rounds; starting the built server…`,
    );
    const api = await startApi(benchUrl);
    cleanups.push(api.stop);
    const client = new pg.Client({ connectionString: benchUrl, application_name: 'coprod-bench-import' });
    await client.connect();
    cleanups.push(() => client.end());

    const email = `bench.${randomBytes(4).toString('hex')}@example.org`;
    // Signing up answers only a message (it never says whether an address has an account); the token comes from signing in.
    const password = 'bench correct horse battery';
    await graphql(
      api,
      `
        mutation ($input: SignUpInput!) {
          signUp(input: $input) {
            message
          }
        }
      `,
      { input: { email, password, displayName: 'Bench Person' } },
    );
    const { signIn } = await graphql(
      api,
      `
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            token
          }
        }
      `,
      { input: { email, password } },
    );
    const token = signIn.token;
    const rows = Array.from({ length: ROWS }, (_, i) => initiative(i + 1));
    const file = importFile(rows);
    console.log(`the file: ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(1)} MB; COPY's input holds the same rows normalised`);

    // Warm-up (JIT, connection pools, plans): a small import and a small COPY, not counted.
    const warm = await newOrganisation(api, token, 'Warm-up');
    await timedImport(api, token, warm.id, importFile(rows.slice(0, 500)));
    const warmCopy = await newOrganisation(api, token, 'Warm-up COPY');
    await timedCopy(benchUrl, copyFile(rows.slice(0, 500), warmCopy.id, warmCopy.areaIds));
    const psqlStart = median([
      await runPsql(benchUrl, ['-c', 'SELECT 1']),
      await runPsql(benchUrl, ['-c', 'SELECT 1']),
      await runPsql(benchUrl, ['-c', 'SELECT 1']),
    ]);
    const rssBefore = rssMb(api.pid, 'VmRSS');

    const results = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const target = await newOrganisation(api, token, `Import ${round}`);
      const copyTarget = await newOrganisation(api, token, `COPY ${round}`);
      const unnestTarget = await newOrganisation(api, token, `unnest ${round}`);
      const imported = await timedImport(api, token, target.id, file);
      if (imported.body.created !== ROWS) throw new Error(`expected ${ROWS} created, got ${JSON.stringify(imported.body)}`);
      const again = await timedImport(api, token, target.id, file);
      if (again.body.unchanged !== ROWS) throw new Error(`expected ${ROWS} unchanged, got ${JSON.stringify(again.body)}`);
      const copyMs = await timedCopy(benchUrl, copyFile(rows, copyTarget.id, copyTarget.areaIds));
      const unnestMs = await timedUnnest(client, rows, unnestTarget.id, unnestTarget.areaIds);
      const a = await checksum(client, target.id);
      const b = await checksum(client, copyTarget.id);
      const c = await checksum(client, unnestTarget.id);
      if (a.n !== ROWS || a.sum !== b.sum || a.sum !== c.sum)
        throw new Error(`the loads differ: import ${JSON.stringify(a)}, COPY ${JSON.stringify(b)}, unnest ${JSON.stringify(c)}`);
      results.push({ importMs: imported.ms, reimportMs: again.ms, copyMs, unnestMs });
      console.log(
        `round ${round}: import ${fmtMs(imported.ms)}   re-import ${fmtMs(again.ms)}   COPY ${fmtMs(copyMs)}   unnest ${fmtMs(unnestMs)}   ratio import/COPY ${(imported.ms / copyMs).toFixed(1)}×`,
      );
    }

    const m = (key) => median(results.map((r) => r[key]));
    const copyMs = m('copyMs');
    console.log(
      `\nmedian of ${ROUNDS} rounds, ${ROWS.toLocaleString('en-GB')} rows each (the stored rows of all three loads checked identical):`,
    );
    console.log(
      `  CSV import (POST /imports/initiatives)       ${fmtMs(m('importMs'))}  ${fmtRate(m('importMs'))}   ${(m('importMs') / copyMs).toFixed(1)}× COPY`,
    );
    console.log(
      `  CSV re-import, every row unchanged           ${fmtMs(m('reimportMs'))}  ${fmtRate(m('reimportMs'))}   ${(m('reimportMs') / copyMs).toFixed(1)}× COPY`,
    );
    console.log(`  bare COPY via psql (incl. its start)         ${fmtMs(copyMs)}  ${fmtRate(copyMs)}   1.0×`);
    console.log(
      `  INSERT … SELECT FROM unnest(…) via pg        ${fmtMs(m('unnestMs'))}  ${fmtRate(m('unnestMs'))}   ${(m('unnestMs') / copyMs).toFixed(1)}× COPY`,
    );
    console.log(
      `  (psql's start and connection alone: ${psqlStart.toFixed(0)} ms; the server's memory: ${rssBefore ?? '?'} MB RSS after the warm-up, ${rssMb(api.pid) ?? '?'} MB at its peak)`,
    );
    const speed = copyMs / m('importMs');
    console.log(`\n  Goal: the import at least 0.5× the speed of COPY: ${speed >= 0.5 ? 'met' : 'NOT met'} (${speed.toFixed(2)}×)`);
    recordResult({
      bench: 'import',
      measure: `speed, ${ROWS.toLocaleString('en-GB')} initiatives`,
      ratio: speed,
      anchor: 'bare COPY (psql)',
      goal: '≥ 0.5',
      detail: `import ${m('importMs').toFixed(0)} ms, COPY ${copyMs.toFixed(0)} ms; re-import ${m('reimportMs').toFixed(0)} ms`,
    });
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
