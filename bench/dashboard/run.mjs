#!/usr/bin/env node
/**
 * bench/dashboard: one organisation's dashboard, through the GraphQL server and through one
 * hand-written SQL query served by bare node:http, side by side in one run, with 10 and then
 * 10,000 programmes in the database.
 *
 *   npm run build                      # the bench builds nothing itself
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:dashboard
 *
 * It creates its own database `coprod_bench` on that server (dropping one left by an earlier
 * run) and drops it at the end. The schema comes from the server's own migrations: the built
 * server (dist/apps/api/src/main.js) starts first, as a child process on a free port, with
 * NODE_ENV=production. Seeding is set-based SQL (generate_series), in three stages:
 *   1. one organisation (the signed-in person's) with 10 programmes: 10 programmes in all;
 *   2. 999 more organisations with 10 programmes each: 10,000 programmes in all;
 *   3. 990 more programmes in the measured organisation: 1,000 there, 10,990 in all;
 * each programme with its five step rows, the default template's checklist items and
 * 20 tasks. The measured organisation is the same in every stage: in the second only the
 * others grow, in the third its own data does (the list shows its first 50 programmes, and the
 * counts of overdue tasks and of the person's work count all of them).
 *
 * Beside them all the while: a reference, the same build serving the first stage's organisation
 * from a database of its own (coprod_bench_reference) that never grows. The goals that compare
 * the dashboard at scale with itself at 10 programmes are read against it, in the same rounds:
 * measured minutes apart, stage against stage, the hand-written SQL's own p95 moved 1.1× to 1.9×
 * while its organisation stayed the same, so such ratios followed the machine, not the server.
 * In the first stage the two are the same data, and their ratio shows how far apart two equal
 * servers measure.
 *
 * Per stage and per server: warm-up, then rounds that alternate the servers (in one order, then in
 * reverse); each request is the whole dashboard; 10 requests in flight (plain fetch, a small
 * pool), bounded in count and in time. Printed: requests per second, p50 and p95 latency, their ratio, and SQL
 * statements per request (see `statementsPerRequest`). An aside, to show where the time goes:
 * the same GraphQL query without its programme list (so without the gates, whose checklists,
 * tasks and features' facts GatesService reads inside the dashboard's one statement); and the
 * same query listing at most 9 programmes, as the first stage does, so that the third stage's
 * growth can be told apart from its larger page (50 programmes listed).
 *
 * Environment: BENCH_REQUESTS (per server and stage, default 1800), BENCH_CONCURRENCY (10).
 * BENCH_STAGES=1 (or 2) stops after that many stages, e.g. to weigh the fixed costs at 10 programmes.
 * BENCH_PROFILE=<folder>: this build's server also runs under `node --cpu-prof` and writes its
 * profile there when the run ends (the profiler slows it: such a run's ratios are not the figures
 * to quote); `node bench/request/profile.mjs <file> 40 <seconds to skip>` says where the time went.
 *
 * To compare two builds of the server (a change's cost, e.g. the tenancy wall's), point
 * BENCH_COMPARE at another checkout with its own `npm run build` done: its server runs beside
 * this one on the same data, in the same alternating rounds, and each stage prints this build's
 * p50, p95 and throughput over that one's. A build from before the tenancy wall (it has no
 * dist/libs/database/src/tenancy) connects as the database's owner, as it was deployed then.
 *
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   (cd /tmp/before && npx nest build api)
 *   BENCH_COMPARE=/tmp/before DATABASE_URL=… npm run bench:dashboard
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createDatabase, pg, require, ROOT, serverUrlOrExit, startApi } from '../lib.mjs';

// `npm run bench` collects each bench's headline ratios through bench/results.mjs; alone, nothing is collected.
const { recordResult } = await import('../results.mjs').catch(() => ({ recordResult: () => undefined }));

const DATABASE = 'coprod_bench';
/** The reference's database: the first stage's data, for the whole run. */
const REFERENCE_DATABASE = 'coprod_bench_reference';
const PROGRAMMES_PER_ORG = 10;
/** The measured organisation's programmes in the third stage. */
const OWN_PROGRAMMES = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1800);
/** Even, so that each order is run as often as its reverse (see `measure`). */
const ROUNDS = 4;
const WARMUP = 800;
const STATS_SETTLE_MS = 11_000;
const MAX_SECONDS_PER_ROUND = 20;
const STATEMENT_SAMPLE = 200;
const LIST = { programmes: 50, overdue: 20, mine: 20 };
const COMPARE_ROOT = process.env.BENCH_COMPARE?.trim() || null;
const STAGES = Number(process.env.BENCH_STAGES ?? 3);
const PROFILE_DIR = process.env.BENCH_PROFILE?.trim() ? resolve(process.env.BENCH_PROFILE.trim()) : null;

// ---------------------------------------------------------------------------------------------
// The measured request, and the same JSON from one SQL statement.

const TASK_FIELDS = 'id title programmeId programmeName step cycle status priority dueDate assigneeId daysOverdue';
const DASHBOARD_QUERY = `query Dashboard {
  organisationDashboard {
    organisationId timeZone today programmeCount
    programmesByStep { step name total active paused completed archived }
    programmes(first: ${LIST.programmes}) { id name status currentStep cycle ownerId currentStepState currentStepTargetDate
      daysInCurrentStep gateOpen openRequiredItems tasksOpen tasksOverdue }
    overdueTasks(first: ${LIST.overdue}) { totalCount tasks { ${TASK_FIELDS} } }
    myWork(first: ${LIST.mine}) { totalCount overdueCount tasks { ${TASK_FIELDS} } }
  }
}`;

/** The same dashboard without its programme list: what the rest costs, gates (GatesService) aside. */
const WITHOUT_LIST_QUERY = DASHBOARD_QUERY.replace(/\n {4}programmes\(first[^}]*\}/, '');

/**
 * The programmes the first stage lists (one of its 10 is archived). The same dashboard listing at
 * most that many: with 1,000 programmes the page itself is larger (50 programmes and their gates
 * against 9), so this page, the same size in every stage, shows what the data's growth alone costs.
 */
const SAME_PAGE = PROGRAMMES_PER_ORG - 1;
const SAME_PAGE_QUERY = DASHBOARD_QUERY.replace(`programmes(first: ${LIST.programmes})`, `programmes(first: ${SAME_PAGE})`);

/**
 * The same rules as libs/programmes/src/dashboards (and GatesService for the gate), written as
 * one statement. $1 org, $2 user. Evidenced rules over other features' records (the map, pilots,
 * engagement plans…) are false here: this data set holds none of those records, and the server,
 * which does read them, must agree (the bench checks that both answer the same JSON).
 */
const BASELINE_SQL = `
WITH org AS (
  SELECT o.id, o.time_zone, (now() AT TIME ZONE o.time_zone)::date AS today FROM organisation o WHERE o.id = $1
),
steps(step, name, ord) AS (VALUES ('MAP', 'Map it', 1), ('FOCUS', 'Focus it', 2), ('PEOPLE', 'People it', 3), ('MARKET', 'Market it', 4), ('GROW', 'Grow it', 5)),
progs AS (SELECT p.id, p.name, p.status, p.current_step, p.cycle, p.owner_id FROM programme p WHERE p.organisation_id = $1),
by_step AS (
  SELECT s.ord, json_build_object('step', s.step, 'name', s.name, 'total', count(p.id),
           'active', count(p.id) FILTER (WHERE p.status = 'ACTIVE'), 'paused', count(p.id) FILTER (WHERE p.status = 'PAUSED'),
           'completed', count(p.id) FILTER (WHERE p.status = 'COMPLETED'), 'archived', count(p.id) FILTER (WHERE p.status = 'ARCHIVED')) AS j
    FROM steps s LEFT JOIN progs p ON p.current_step = s.step
   GROUP BY s.ord, s.step, s.name
),
listed AS (
  SELECT p.*, CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END AS so
    FROM progs p WHERE p.status <> 'ARCHIVED'
   ORDER BY so, p.name, p.id LIMIT ${LIST.programmes}
),
listed_full AS (
  SELECT l.*, ps.state, ps.target_date,
         CASE WHEN ps.started_at IS NULL THEN NULL ELSE GREATEST(0,
           ((CASE WHEN ps.state = 'COMPLETED' AND ps.completed_at IS NOT NULL THEN ps.completed_at ELSE now() END) AT TIME ZONE org.time_zone)::date
           - (ps.started_at AT TIME ZONE org.time_zone)::date) END AS days,
         tl.open, tl.overdue, g.required_total, g.required_satisfied
    FROM listed l
    CROSS JOIN org
    LEFT JOIN programme_step ps ON ps.programme_id = l.id AND ps.cycle = l.cycle AND ps.step = l.current_step
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE t.status <> 'DONE') AS open,
             count(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < org.today) AS overdue,
             count(*) FILTER (WHERE t.cycle = l.cycle AND t.step = l.current_step) AS step_total,
             count(*) FILTER (WHERE t.cycle = l.cycle AND t.step = l.current_step AND t.status = 'DONE') AS step_done
        FROM task t WHERE t.programme_id = l.id AND t.organisation_id = $1
    ) tl ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ci.required) AS required_total,
             count(*) FILTER (WHERE ci.required AND CASE ci.kind
               WHEN 'MANUAL' THEN ci.ticked_at IS NOT NULL
               ELSE CASE ci.rule WHEN 'STEP_HAS_OWNER' THEN ps.owner_id IS NOT NULL
                                 WHEN 'STEP_TASKS_DONE' THEN tl.step_total > 0 AND tl.step_done = tl.step_total
                                 ELSE false END END) AS required_satisfied
        FROM checklist_item ci WHERE ci.programme_step_id = ps.id AND ci.organisation_id = $1
    ) g ON true
),
overdue AS (
  SELECT t.*, p.name AS programme_name, org.today - t.due_date AS days_overdue,
         count(*) OVER () AS total,
         row_number() OVER (ORDER BY t.due_date, CASE t.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, t.id) AS rn
    FROM task t JOIN programme p ON p.id = t.programme_id CROSS JOIN org
   WHERE t.organisation_id = $1 AND t.status <> 'DONE' AND t.due_date < org.today AND p.status IN ('ACTIVE', 'PAUSED')
),
mine AS (
  SELECT t.*, p.name AS programme_name, CASE WHEN t.due_date < org.today THEN org.today - t.due_date ELSE 0 END AS days_overdue,
         count(*) OVER () AS total, count(*) FILTER (WHERE t.due_date < org.today) OVER () AS overdue_total,
         row_number() OVER (ORDER BY t.due_date NULLS LAST, CASE t.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, t.id) AS rn
    FROM task t JOIN programme p ON p.id = t.programme_id CROSS JOIN org
   WHERE t.organisation_id = $1 AND t.assignee_id = $2 AND t.status <> 'DONE' AND p.status IN ('ACTIVE', 'PAUSED')
)
SELECT json_build_object('data', json_build_object('organisationDashboard', json_build_object(
  'organisationId', org.id, 'timeZone', org.time_zone, 'today', org.today,
  'programmeCount', (SELECT count(*) FROM progs),
  'programmesByStep', (SELECT json_agg(j ORDER BY ord) FROM by_step),
  'programmes', coalesce((SELECT json_agg(json_build_object(
      'id', id, 'name', name, 'status', status, 'currentStep', current_step, 'cycle', cycle, 'ownerId', owner_id,
      'currentStepState', state, 'currentStepTargetDate', target_date, 'daysInCurrentStep', days,
      'gateOpen', coalesce(required_satisfied = required_total, false), 'openRequiredItems', coalesce(required_total - required_satisfied, 0),
      'tasksOpen', open, 'tasksOverdue', overdue) ORDER BY so, name, id) FROM listed_full), '[]'),
  'overdueTasks', json_build_object(
      'totalCount', coalesce((SELECT max(total) FROM overdue), 0),
      'tasks', coalesce((SELECT json_agg(json_build_object(
          'id', id, 'title', title, 'programmeId', programme_id, 'programmeName', programme_name, 'step', step, 'cycle', cycle,
          'status', status, 'priority', priority, 'dueDate', due_date, 'assigneeId', assignee_id, 'daysOverdue', days_overdue) ORDER BY rn)
        FROM overdue WHERE rn <= ${LIST.overdue}), '[]')),
  'myWork', json_build_object(
      'totalCount', coalesce((SELECT max(total) FROM mine), 0),
      'overdueCount', coalesce((SELECT max(overdue_total) FROM mine), 0),
      'tasks', coalesce((SELECT json_agg(json_build_object(
          'id', id, 'title', title, 'programmeId', programme_id, 'programmeName', programme_name, 'step', step, 'cycle', cycle,
          'status', status, 'priority', priority, 'dueDate', due_date, 'assigneeId', assignee_id, 'daysOverdue', days_overdue) ORDER BY rn)
        FROM mine WHERE rn <= ${LIST.mine}), '[]'))
)))::text AS body
FROM org`;

// ---------------------------------------------------------------------------------------------
// The baseline server: bare node:http in a worker thread of this process (its own event loop,
// as the GraphQL server has its own process), one pool of 10 connections like the server's.

if (!isMainThread) {
  const { url, organisationId, userId } = workerData;
  pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: 'coprod-bench-baseline' });
  const server = createHttpServer(async (_req, res) => {
    try {
      const { rows } = await pool.query(BASELINE_SQL, [organisationId, userId]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(rows[0].body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error.message));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', async (message) => {
    if (message === 'close') {
      server.close();
      await pool.end();
      parentPort.postMessage('closed');
    }
  });
}

// ---------------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function startBaseline(url, organisationId, userId) {
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { url, organisationId, userId } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ port }) =>
      resolve({
        endpoint: `http://127.0.0.1:${port}/dashboard`,
        stop: () =>
          new Promise((done) => {
            worker.once('message', () => worker.terminate().then(() => done()));
            worker.postMessage('close');
          }),
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Seeding: set-based SQL, the same shape for both stages.

/**
 * Seeds `organisations` new organisations numbered from `firstOrg`, each with `programmes`
 * programmes numbered from 0; or, given `into` (an organisation and its member), programmes
 * numbered `firstProgramme` to `firstProgramme + programmes - 1` in that organisation.
 */
async function seedStage(
  client,
  { organisations = 1, template, firstOrg = 0, programmes = PROGRAMMES_PER_ORG, firstProgramme = 0, into = null },
) {
  // The organisations of this stage, each with one member (user ids known in advance).
  await client.query(`DROP TABLE IF EXISTS seed_orgs`);
  if (into) {
    await client.query(`CREATE TEMP TABLE seed_orgs AS SELECT 0 AS n, $1::uuid AS org_id, $2::uuid AS user_id`, [
      into.org_id,
      into.user_id,
    ]);
  } else {
    await client.query(
      `CREATE TEMP TABLE seed_orgs AS
      SELECT g AS n, gen_random_uuid() AS org_id, gen_random_uuid() AS user_id FROM generate_series($1::int, $2::int) g`,
      [firstOrg, firstOrg + organisations - 1],
    );
  }
  const { rows } = await client.query(`SELECT org_id, user_id FROM seed_orgs WHERE n = 0`);
  // A programme's rows are seeded once: those already there (an earlier stage's) are left out below.
  await client.query(`CREATE TEMP TABLE seed_before AS SELECT id FROM programme WHERE organisation_id IN (SELECT org_id FROM seed_orgs)`);
  if (!into) {
    await client.query(`INSERT INTO organisation (id, name, time_zone, currency, version)
      SELECT org_id, CASE WHEN n = 0 THEN 'Bench Council' ELSE 'Bench Organisation ' || n END,
             (ARRAY['Europe/London', 'Europe/Paris', 'America/New_York', 'Pacific/Auckland'])[1 + n % 4], 'GBP', 1
        FROM seed_orgs`);
    await client.query(`INSERT INTO app_user (id, email, display_name, password_hash, tokens_valid_after)
      SELECT user_id, 'bench-' || n || '@example.org', 'Bench Person ' || n, 'not-a-hash', 'epoch' FROM seed_orgs WHERE n > 0`);
    await client.query(
      `INSERT INTO membership (organisation_id, user_id, role) SELECT org_id, user_id, 'PROGRAMME_MANAGER' FROM seed_orgs WHERE n > 0`,
    );
  }

  await client.query(
    `INSERT INTO programme (organisation_id, name, description, owner_id, status, current_step, cycle, template_version, template_snapshot, created_by, version)
     SELECT s.org_id, 'Programme ' || lpad(g::text, 2, '0'), '', s.user_id,
            CASE g % 10 WHEN 7 THEN 'PAUSED' WHEN 8 THEN 'COMPLETED' WHEN 9 THEN 'ARCHIVED' ELSE 'ACTIVE' END,
            CASE WHEN g % 10 = 8 THEN 'GROW' ELSE (ARRAY['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'])[1 + g % 5] END,
            1, $1::int, $2::jsonb, s.user_id, 1
       FROM seed_orgs s CROSS JOIN generate_series($3::int, $4::int) g`,
    [template.version, JSON.stringify(template), firstProgramme, firstProgramme + programmes - 1],
  );
  const STEP_ORDER = `(VALUES ('MAP', 1), ('FOCUS', 2), ('PEOPLE', 3), ('MARKET', 4), ('GROW', 5))`;
  await client.query(`INSERT INTO programme_step (organisation_id, programme_id, cycle, step, state, owner_id, target_date, started_at, completed_at)
    SELECT p.organisation_id, p.id, 1, st.step, x.state,
           CASE WHEN st.ord <= cur.ord THEN p.owner_id END,
           current_date + (st.ord - cur.ord) * 30 + 10,
           CASE WHEN st.ord <= cur.ord THEN now() - make_interval(days => (cur.ord - st.ord) * 20 + 5) END,
           CASE WHEN x.state = 'COMPLETED' THEN now() - make_interval(days => GREATEST((cur.ord - st.ord) * 20 - 15, 1)) END
      FROM programme p
      JOIN seed_orgs s ON s.org_id = p.organisation_id
      CROSS JOIN ${STEP_ORDER} st(step, ord)
      JOIN ${STEP_ORDER} cur(step, ord) ON cur.step = p.current_step
      CROSS JOIN LATERAL (SELECT CASE WHEN p.status = 'COMPLETED' OR st.ord < cur.ord THEN 'COMPLETED'
                                      WHEN st.ord = cur.ord THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END AS state) x
     WHERE p.id NOT IN (SELECT id FROM seed_before)`);
  const items = template.items.map((item) => ({
    ...item,
    rule: item.rule ?? null,
    position: template.items.filter((i) => i.step === item.step).indexOf(item),
  }));
  await client.query(
    `INSERT INTO checklist_item (organisation_id, programme_id, programme_step_id, cycle, step, key, position, title, guidance, required, kind, rule, source,
                                 ticked_at, ticked_by, evidence_text)
     SELECT ps.organisation_id, ps.programme_id, ps.id, ps.cycle, ps.step, it.key, it.position, it.title, it.guidance, it.required, it.kind, it.rule, it.source,
            CASE WHEN x.ticked THEN now() - interval '1 day' END, CASE WHEN x.ticked THEN ps.owner_id END, CASE WHEN x.ticked THEN 'Seeded' END
       FROM programme_step ps
       JOIN seed_orgs s ON s.org_id = ps.organisation_id
       JOIN jsonb_to_recordset($1::jsonb) AS it(key text, step text, position int, title text, guidance text, required boolean, kind text, rule text, source text)
         ON it.step = ps.step
       CROSS JOIN LATERAL (SELECT it.kind = 'MANUAL' AND (ps.state = 'COMPLETED' OR (ps.state = 'IN_PROGRESS' AND it.position % 2 = 0)) AS ticked) x
      WHERE ps.programme_id NOT IN (SELECT id FROM seed_before)`,
    [JSON.stringify(items)],
  );
  await client.query(`INSERT INTO task (organisation_id, programme_id, cycle, step, title, description, status, priority, assignee_id, due_date, created_by, completed_at, version)
    SELECT ps.organisation_id, ps.programme_id, ps.cycle, ps.step, initcap(ps.step) || ' task ' || k, '', x.status,
           (ARRAY['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + (k + length(ps.step)) % 4],
           CASE WHEN k % 2 = 1 THEN s.user_id END,
           CASE WHEN k = 3 THEN NULL ELSE current_date + ((k * 7 + ascii(ps.step) + length(ps.programme_id::text)) % 25) - 12 END,
           s.user_id, CASE WHEN x.status = 'DONE' THEN now() END, 1
      FROM programme_step ps
      JOIN seed_orgs s ON s.org_id = ps.organisation_id
      CROSS JOIN generate_series(0, 3) k
      CROSS JOIN LATERAL (SELECT CASE WHEN ps.state = 'COMPLETED' THEN 'DONE'
                                      WHEN ps.state = 'IN_PROGRESS' THEN (ARRAY['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'])[1 + k % 4]
                                      ELSE 'TODO' END AS status) x
     WHERE ps.programme_id NOT IN (SELECT id FROM seed_before)`);
  await client.query(`DROP TABLE seed_orgs, seed_before`);
  await client.query(`VACUUM ANALYZE`); // fresh statistics for the planner, and nothing left for autovacuum
  return rows[0];
}

// ---------------------------------------------------------------------------------------------
// Load and figures.

async function load(endpoint, init, requests, concurrency = CONCURRENCY) {
  const latencies = [];
  let started = 0;
  let errors = 0;
  let firstError = null;
  const deadline = performance.now() + MAX_SECONDS_PER_ROUND * 1000;
  const begin = performance.now();
  async function worker() {
    while (started < requests && performance.now() < deadline) {
      started++;
      const t0 = performance.now();
      try {
        const response = await fetch(endpoint, init);
        const body = await response.text();
        if (!response.ok || body.startsWith('{"errors"') || body.includes('"errors":[')) {
          errors++;
          firstError ??= body.slice(0, 300);
        }
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, seconds: (performance.now() - begin) / 1000, errors, firstError };
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function summarise(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return {
    requests: latencies.length,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
  };
}

/**
 * SQL statements per request, from PostgreSQL's own counters: every statement either server
 * sends outside an explicit transaction (the dashboard opens none) commits on its own, so the
 * growth of xact_commit + xact_rollback in pg_stat_database for coprod_bench over a batch of
 * requests, less this bench's own readings, divided by the requests, is the statements per
 * request. A backend publishes its counters when it goes idle, but at most once a second, and
 * otherwise 10 s later (PostgreSQL 15+): hence the pause before each reading. Nothing else uses
 * coprod_bench meanwhile (the bench vacuums after seeding, so autovacuum has nothing to do).
 */
async function statementsPerRequest(admin, sides) {
  const read = async () => {
    await sleep(STATS_SETTLE_MS);
    const { rows } = await admin.query(`SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = $1`, [
      DATABASE,
    ]);
    return Number(rows[0].n);
  };
  const result = [];
  let before = await read();
  for (const { endpoint, init } of sides) {
    const run = await load(endpoint, init, STATEMENT_SAMPLE);
    const after = await read();
    result.push((after - before - 1) / run.latencies.length); // -1: the previous reading's own transaction
    before = after;
  }
  return result;
}

function dashboardRequest(token, query = DASHBOARD_QUERY) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, operationName: 'Dashboard' }),
  };
}

async function measure(stage, admin, gql, base, other, reference) {
  const gqlInit = dashboardRequest(gql.token);
  const referenceInit = dashboardRequest(reference.token);
  // The reference serves the same mix as this build's server (the page, without the list, 9 listed),
  // so that neither runs with the other's warmth: with the page alone it came out 14% to 27% slower
  // than this build on the same data.
  const referenceMix = [WITHOUT_LIST_QUERY, SAME_PAGE_QUERY].map((query) => dashboardRequest(reference.token, query));
  const baseInit = { method: 'GET' };
  // For the reader: the same query without the programme list, so without gates (GatesService).
  const partInit = dashboardRequest(gql.token, WITHOUT_LIST_QUERY);
  const pageInit = dashboardRequest(gql.token, SAME_PAGE_QUERY);
  const otherInit = other && dashboardRequest(other.token);

  // Same JSON from both (else the comparison means nothing).
  const fromGraphql = await (await fetch(gql.endpoint, gqlInit)).json();
  const fromBaseline = await (await fetch(base.endpoint, baseInit)).json();
  if (fromGraphql.errors) throw new Error(`GraphQL errors: ${JSON.stringify(fromGraphql.errors)}`);
  const same = isDeepStrictEqual(fromGraphql, fromBaseline);
  if (!same) {
    console.error('The two servers disagree:');
    console.error(' GraphQL :', JSON.stringify(fromGraphql).slice(0, 2000));
    console.error(' baseline:', JSON.stringify(fromBaseline).slice(0, 2000));
  }
  if (other) {
    const fromOther = await (await fetch(other.endpoint, otherInit)).json();
    if (!isDeepStrictEqual(fromOther, fromGraphql))
      throw new Error(`The compared build answers otherwise: ${JSON.stringify(fromOther).slice(0, 600)}`);
  }
  const fromReference = await (await fetch(reference.endpoint, referenceInit)).json();
  if (fromReference.errors) throw new Error(`The reference's GraphQL errors: ${JSON.stringify(fromReference.errors)}`);
  const dash = fromGraphql.data.organisationDashboard;
  const bytes = JSON.stringify(fromGraphql).length;

  // Warm-up: the JIT, Apollo's document cache, both pools.
  await load(gql.endpoint, gqlInit, WARMUP);
  await load(gql.endpoint, partInit, WARMUP / 4);
  await load(gql.endpoint, pageInit, WARMUP / 4);
  await load(base.endpoint, baseInit, WARMUP);
  if (other) await load(other.endpoint, otherInit, WARMUP);
  await load(reference.endpoint, referenceInit, WARMUP);
  for (const init of referenceMix) await load(reference.endpoint, init, WARMUP / 4);
  const runs = { graphql: [], partial: [], page: [], baseline: [], other: [], reference: [], referenceMix: [] };
  const sides = [
    ['graphql', gql.endpoint, gqlInit],
    ['partial', gql.endpoint, partInit],
    ['page', gql.endpoint, pageInit],
    ['baseline', base.endpoint, baseInit],
    ...(other ? [['other', other.endpoint, otherInit]] : []),
    ['reference', reference.endpoint, referenceInit],
    ...referenceMix.map((init) => ['referenceMix', reference.endpoint, init]),
  ];
  // Every other round runs the servers in reverse order, so that none always follows the same one.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [side, endpoint, init] of round % 2 ? [...sides].reverse() : sides) {
      runs[side].push(await load(endpoint, init, Math.ceil(REQUESTS / ROUNDS)));
    }
  }
  const [gqlStatements, baseStatements, otherStatements] = await statementsPerRequest(admin, [
    { endpoint: gql.endpoint, init: gqlInit },
    { endpoint: base.endpoint, init: baseInit },
    ...(other ? [{ endpoint: other.endpoint, init: otherInit }] : []),
  ]);
  const result = {
    stage,
    same,
    bytes,
    listed: dash.programmes.length,
    overdue: dash.overdueTasks.totalCount,
    mine: dash.myWork.totalCount,
    graphql: { ...summarise(runs.graphql), statements: gqlStatements },
    partial: { ...summarise(runs.partial), statements: null },
    page: { ...summarise(runs.page), statements: null },
    baseline: { ...summarise(runs.baseline), statements: baseStatements },
    other: other ? { ...summarise(runs.other), statements: otherStatements } : null,
    reference: { ...summarise(runs.reference), statements: null },
  };
  // Every side must succeed: the asides and the reference's other requests (not printed: they give
  // it the measured server's mix of work) as much as the measured ones.
  const summaries = [
    ...Object.entries(result).filter(([, value]) => value?.requests !== undefined),
    ['referenceMix', summarise(runs.referenceMix)],
  ];
  for (const [side, summary] of summaries) {
    if (summary.errors) throw new Error(`${side}: ${summary.errors} failed requests, e.g. ${summary.firstError}`);
  }
  printStage(result);
  return result;
}

const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);

function printStage(r) {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `\n${r.stage}: one organisation's dashboard (${r.listed} programmes listed, ${r.overdue} overdue tasks, ${r.mine} in "my work"; ${r.bytes} bytes of JSON; same JSON from both: ${r.same ? 'yes' : 'NO'})`,
  );
  console.log(
    `  ${'server'.padEnd(28)}${'requests'.padStart(7)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'SQL/request'.padStart(13)}`,
  );
  for (const [name, s] of [
    ['GraphQL (coprod server)', r.graphql],
    ['baseline (1 SQL, node:http)', r.baseline],
    ['(GraphQL without the list)', r.partial],
    [`(GraphQL, ${SAME_PAGE} listed at most)`, r.page],
    ...(r.other ? [['compared build (GraphQL)', r.other]] : []),
    ['reference (GraphQL, at 10)', r.reference],
  ]) {
    const statements = s.statements === null ? 'not counted' : f1(s.statements);
    console.log(
      `  ${name.padEnd(28)}${String(s.requests).padStart(7)}${f1(s.rps).padStart(9)}${f2(s.p50).padStart(9)}${f2(s.p95).padStart(9)}${statements.padStart(13)}`,
    );
  }
  console.log(
    `  ratio GraphQL / baseline: p50 ${f2(r.graphql.p50 / r.baseline.p50)}×, p95 ${f2(r.graphql.p95 / r.baseline.p95)}×, throughput ${f2(r.graphql.rps / r.baseline.rps)}×  (load average now ${load})`,
  );
  console.log(
    `  without the programme list and its gates, GraphQL / baseline: p95 ${f2(r.partial.p95 / r.baseline.p95)}×, throughput ${f2(r.partial.rps / r.baseline.rps)}× (an aside: the baseline still lists them)`,
  );
  console.log(
    `  against the reference at 10 programmes, same rounds: p95 ${f2(r.graphql.p95 / r.reference.p95)}×; listing ${SAME_PAGE} at most: p95 ${f2(r.page.p95 / r.reference.p95)}×`,
  );
  if (r.other) console.log(`  ${compareLine(r)}`);
}

function compareLine(r) {
  return `this build / compared build (${COMPARE_ROOT}): p50 ${f2(r.graphql.p50 / r.other.p50)}×, p95 ${f2(r.graphql.p95 / r.other.p95)}×, throughput ${f2(r.graphql.rps / r.other.rps)}×`;
}

function printSummary(small, large, own) {
  const rows = [small, large, own];
  console.log(
    '\nSummary (concurrency ' + CONCURRENCY + ', ' + REQUESTS + ' requests per server and stage, in ' + ROUNDS + ' alternating rounds)',
  );
  console.log(
    `  ${'database holds'.padEnd(20)}${'GraphQL req/s'.padStart(14)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'SQL/req'.padStart(9)}  |${'baseline req/s'.padStart(15)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'SQL/req'.padStart(9)}  |${'p95 ratio'.padStart(10)}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.stage.padEnd(20)}${f1(r.graphql.rps).padStart(14)}${f2(r.graphql.p50).padStart(8)}${f2(r.graphql.p95).padStart(8)}${f1(r.graphql.statements).padStart(9)}  |${f1(r.baseline.rps).padStart(15)}${f2(r.baseline.p50).padStart(8)}${f2(r.baseline.p95).padStart(8)}${f1(r.baseline.statements).padStart(9)}  |${(f2(r.graphql.p95 / r.baseline.p95) + '×').padStart(10)}`,
    );
  }
  // At scale against the reference at 10, measured in the same rounds (see the head of this file).
  const scale = large.graphql.p95 / large.reference.p95;
  const ownScale = own.graphql.p95 / own.reference.p95;
  const ownPageScale = own.page.p95 / own.reference.p95;
  const twins = small.graphql.p95 / small.reference.p95;
  const within = Math.max(...rows.map((r) => r.graphql.p95 / r.baseline.p95));
  const constant = rows.every((r) => Math.round(r.graphql.statements) === Math.round(small.graphql.statements));
  console.log(`\n  Against the reference at 10 programmes, in the same rounds (the first stage, the same data in both: ${f2(twins)}×):`);
  console.log(`    GraphQL dashboard p95 at 10,000 programmes / at 10: ${f2(scale)}×`);
  console.log(`    GraphQL dashboard p95 with 1,000 programmes in the organisation / at 10: ${f2(ownScale)}×`);
  console.log(
    `    The same page (${SAME_PAGE} programmes listed at most) with 1,000 programmes in the organisation / at 10: ${f2(ownPageScale)}× (p95 ${f2(own.page.p95)} ms against ${f2(own.reference.p95)} ms)`,
  );
  console.log(
    `  Stage against stage, minutes apart (the hand-written SQL's own in brackets): 10,000 / 10 ${f2(large.graphql.p95 / small.graphql.p95)}× (${f2(large.baseline.p95 / small.baseline.p95)}×), 1,000 in the organisation / 10 ${f2(own.graphql.p95 / small.graphql.p95)}× (${f2(own.baseline.p95 / small.baseline.p95)}×)`,
  );
  console.log(`  Goal: p95 within 1.5× the hand-written baseline: ${within <= 1.5 ? 'met' : 'NOT met'} (worst ${f2(within)}×)`);
  console.log(`  Goal: p95 at 10,000 no more than 1.2× p95 at 10: ${scale <= 1.2 ? 'met' : 'NOT met'} (${f2(scale)}×)`);
  console.log(
    `  Goal: p95 with 1,000 in the organisation no more than 1.2× p95 at 10: ${ownScale <= 1.2 ? 'met' : 'NOT met'} (${f2(ownScale)}×)`,
  );
  console.log(
    `  Goal: SQL statements per request the same in every stage: ${constant ? 'met' : 'NOT met'} (${rows.map((r) => f1(r.graphql.statements)).join(', ')})`,
  );
  for (const r of rows) if (r.other) console.log(`  ${r.stage}: ${compareLine(r)}`);
  const figures = (r) => `p95 ${f2(r.graphql.p95)} ms against ${f2(r.baseline.p95)} ms, ${f1(r.graphql.statements)} SQL/request`;
  for (const r of rows) {
    recordResult({
      bench: 'dashboard',
      measure: `p95, ${r.stage}`,
      ratio: r.graphql.p95 / r.baseline.p95,
      anchor: 'hand-written SQL',
      goal: '≤ 1.5',
      detail: figures(r),
    });
  }
  recordResult({
    bench: 'dashboard',
    measure: 'p95 at 10,000 programmes / at 10',
    ratio: scale,
    anchor: 'itself at 10, same rounds',
    goal: '≤ 1.2',
    detail: `${f2(large.graphql.p95)} ms against ${f2(large.reference.p95)} ms`,
  });
  recordResult({
    bench: 'dashboard',
    measure: 'p95 at 1,000 in the org / at 10',
    ratio: ownScale,
    anchor: 'itself at 10, same rounds',
    goal: '≤ 1.2',
    detail: `${f2(own.graphql.p95)} ms against ${f2(own.reference.p95)} ms (50 listed against 9)`,
  });
  recordResult({
    bench: 'dashboard',
    measure: `the same, both listing ${SAME_PAGE} programmes`,
    ratio: ownPageScale,
    anchor: 'itself at 10, same rounds',
    goal: '',
    detail: `${f2(own.page.p95)} ms against ${f2(own.reference.p95)} ms`,
  });
  console.log(
    '\n  SQL/request is counted by PostgreSQL itself: the growth of pg_stat_database.xact_commit + xact_rollback for coprod_bench\n' +
      '  (each statement sent outside an explicit transaction is one transaction) over ' +
      STATEMENT_SAMPLE +
      ' further requests per server and\n' +
      '  stage, read after the backends have published their counters. The GraphQL figure includes whatever the sign-in check\n' +
      "  costs and the gates with every feature that supplies facts (read in the dashboard's one statement); the baseline does\n" +
      '  no authentication (it serves a fixed organisation and person) and reads only the records this data set holds.',
  );
}

async function main() {
  const serverUrl = serverUrlOrExit('bench/dashboard', DATABASE);
  const { hashPassword } = require(join(ROOT, 'dist/libs/identity/src/auth/secrets.js'));
  const { DEFAULT_TEMPLATE } = require(join(ROOT, 'dist/libs/workflow/src/default-template.js'));
  const began = performance.now();
  const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
  const { benchUrl, cleanups, cleanup: dropBench } = await createDatabase(serverUrl, DATABASE);
  const referenceDatabase = await createDatabase(serverUrl, REFERENCE_DATABASE).catch(async (error) => {
    await dropBench();
    throw error;
  });
  const cleanup = () => dropBench().finally(referenceDatabase.cleanup);

  try {
    console.log(
      `bench/dashboard on ${new URL(serverUrl).host}, ${availableParallelism()} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('starting the built server (it runs the migrations)…');
    // --cpu-prof writes when the process exits by itself: the preload ends it on SIGUSR2.
    const profiling = PROFILE_DIR
      ? (mkdirSync(PROFILE_DIR, { recursive: true }),
        ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, '--require', join(ROOT, 'bench/request/exit-on-sigusr2.cjs')])
      : [];
    const api = await startApi(benchUrl, { nodeArgs: profiling });
    cleanups.push(api.stop);
    const writeProfile = async () => {
      if (!PROFILE_DIR) return;
      process.kill(api.pid, 'SIGUSR2');
      while (await new Promise((done) => setTimeout(() => done(isAlive(api.pid)), 100)));
      console.log(`\nCPU profile of this build's server (pid ${api.pid}) in ${PROFILE_DIR}:`);
      for (const file of readdirSync(PROFILE_DIR).filter((f) => f.includes(`.${api.pid}.`))) console.log(`  ${file}`);
    };
    const admin = new pg.Client({ connectionString: benchUrl, application_name: 'coprod-bench-admin' });
    await admin.connect();
    cleanups.push(() => admin.end());

    // Stage 1: the signed-in person's organisation, 10 programmes in all; the same in the reference's database.
    const password = 'bench correct horse battery';
    const seedSignedIn = async (client) => {
      const seeded = await seedStage(client, { organisations: 1, template: DEFAULT_TEMPLATE, firstOrg: 0 });
      await client.query(
        `INSERT INTO app_user (id, email, display_name, password_hash, tokens_valid_after) VALUES ($1, 'bench@example.org', 'Bench Person', $2, 'epoch')`,
        [seeded.user_id, await hashPassword(password)],
      );
      await client.query(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'PROGRAMME_MANAGER')`, [
        seeded.org_id,
        seeded.user_id,
      ]);
      return seeded;
    };
    const { org_id: organisationId, user_id: userId } = await seedSignedIn(admin);
    const signIn = async (endpoint) => {
      const answer = await (
        await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
            variables: { input: { email: 'bench@example.org', password } },
          }),
        })
      ).json();
      if (!answer.data) throw new Error(`sign-in failed on ${endpoint}: ${JSON.stringify(answer.errors)}`);
      return { endpoint, token: answer.data.signIn.token };
    };
    const gql = await signIn(api.endpoint);
    let other = null;
    if (COMPARE_ROOT) {
      const before = await startApi(benchUrl, {
        root: COMPARE_ROOT,
        asOwner: !existsSync(join(COMPARE_ROOT, 'dist/libs/database/src/tenancy')),
      });
      cleanups.push(before.stop);
      other = await signIn(before.endpoint);
    }
    const referenceApi = await startApi(referenceDatabase.benchUrl);
    cleanups.push(referenceApi.stop);
    const referenceAdmin = new pg.Client({ connectionString: referenceDatabase.benchUrl, application_name: 'coprod-bench-admin' });
    await referenceAdmin.connect();
    await seedSignedIn(referenceAdmin).finally(() => referenceAdmin.end());
    const reference = await signIn(referenceApi.endpoint);
    const base = await startBaseline(benchUrl, organisationId, userId);
    cleanups.push(base.stop);
    console.log(`seeded 10 programmes, here and in the reference's database (${elapsed()})`);

    const small = await measure('10 programmes', admin, gql, base, other, reference);
    if (STAGES < 2) return await writeProfile();

    // Stage 2: 999 more organisations, 10,000 programmes in all.
    const seeded = async (t0) => {
      const { rows } = await admin.query(
        `SELECT (SELECT count(*) FROM programme) AS programmes, (SELECT count(*) FROM organisation) AS organisations,
        (SELECT count(*) FROM programme WHERE organisation_id = $1) AS own,
        (SELECT count(*) FROM programme_step) AS steps, (SELECT count(*) FROM checklist_item) AS items, (SELECT count(*) FROM task) AS tasks`,
        [organisationId],
      );
      const c = rows[0];
      console.log(
        `\nseeded up to ${c.programmes} programmes in ${c.organisations} organisations (${c.own} in the measured one), ${c.steps} steps, ${c.items} checklist items, ${c.tasks} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s (${elapsed()})`,
      );
    };
    let t0 = performance.now();
    await seedStage(admin, { organisations: 999, template: DEFAULT_TEMPLATE, firstOrg: 1 });
    await seeded(t0);
    const large = await measure('10,000 programmes', admin, gql, base, other, reference);
    if (STAGES < 3) return await writeProfile();

    // Stage 3: the measured organisation's own data grows, to 1,000 programmes.
    t0 = performance.now();
    await seedStage(admin, {
      template: DEFAULT_TEMPLATE,
      into: { org_id: organisationId, user_id: userId },
      firstProgramme: PROGRAMMES_PER_ORG,
      programmes: OWN_PROGRAMMES - PROGRAMMES_PER_ORG,
    });
    await seeded(t0);
    const own = await measure('1,000 in the org', admin, gql, base, other, reference);

    printSummary(small, large, own);
    await writeProfile();
    console.log(`\nfinished in ${elapsed()}`);
  } finally {
    await cleanup();
  }
}

if (isMainThread) await main();
