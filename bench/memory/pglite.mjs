#!/usr/bin/env node
/**
 * A bare PGlite for bench/memory, in a process of its own: the anchor that coprod's embedded
 * database is weighed against, and the subject of the settings' speed rounds.
 *
 *   node bench/memory/pglite.mjs <data folder> '<options as JSON>'
 *
 * Options: `startParams` (the whole list, PGlite.defaultStartParams included, as
 * libs/database/src/pglite/embedded-memory.ts builds it) and `initialMemory` (bytes), passed to
 * PGlite.create as they are. It opens the folder (running initdb if it holds no database), prints
 * `ready`, then answers commands on standard input, one per line, each with one line of JSON:
 * - `seed <rows>`: a table `item` of that many rows (about 200 bytes each) with two indexes;
 * - `work <rounds>`: that many rounds of a mix of reads and writes over it (see `work`), with the
 *   milliseconds each kind took;
 * - `busy <seconds>`: rounds of the same mix until that many seconds have passed, with how many ran;
 * - `exit` (or the end of the input): closes the database and exits.
 */
import { createInterface } from 'node:readline';
import { require } from '../lib.mjs';

const { PGlite } = require('@electric-sql/pglite');

const [dataDir, optionsJson = '{}'] = process.argv.slice(2);
const options = JSON.parse(optionsJson);
const db = await PGlite.create({ dataDir, ...options });

/** A fixed pseudo-random sequence, so that every process does the same work. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

let rows = 0;
let calls = 0;
async function seed(count) {
  rows = count;
  await db.exec(`DROP TABLE IF EXISTS item;
    CREATE TABLE item (id int PRIMARY KEY, org int NOT NULL, status int NOT NULL, due date, title text NOT NULL, body text NOT NULL);
    INSERT INTO item SELECT g, g % 100, g % 4, date '2026-01-01' + g % 365, 'Item ' || g, repeat(md5(g::text), 5) FROM generate_series(1, ${count}) g;
    CREATE INDEX item_org ON item (org, due);`);
  await db.exec(`VACUUM ANALYZE item`); // on its own: VACUUM cannot run in the block exec makes of several statements
  const [{ size }] = (await db.query(`SELECT pg_total_relation_size('item')::int AS size`)).rows;
  return { rows: count, megabytes: Math.round(size / 1048576) };
}

/**
 * One round: 500 reads of one row by key at random (an index and a heap page each, spread over
 * the whole table, so a small buffer pool misses), 20 lists of one organisation's next 50 items
 * by due date, 5 counts by status over the whole table (sequential scans), and 50 transactions
 * that each update two rows. The timings per kind add up over the rounds.
 */
async function work(rounds) {
  // A folder seeded by another process: count what is there.
  if (rows === 0) rows = (await db.query(`SELECT count(*)::int AS n FROM item`)).rows[0].n;
  // Each call reads other rows, the same in every process that gets the same commands.
  const next = random(++calls * 7919 + rows);
  const ms = { point: 0, list: 0, scan: 0, write: 0 };
  const pick = () => 1 + Math.floor(next() * rows);
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    for (let i = 0; i < 500; i++) await db.query(`SELECT title, status FROM item WHERE id = $1`, [pick()]);
    ms.point += performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 20; i++)
      await db.query(`SELECT id, title, due FROM item WHERE org = $1 ORDER BY due, id LIMIT 50`, [Math.floor(next() * 100)]);
    ms.list += performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 5; i++) await db.query(`SELECT status, count(*) FROM item GROUP BY status`);
    ms.scan += performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 50; i++)
      await db.transaction(async (tx) => {
        await tx.query(`UPDATE item SET status = (status + 1) % 4 WHERE id = $1`, [pick()]);
        await tx.query(`UPDATE item SET due = due + 1 WHERE id = $1`, [pick()]);
      });
    ms.write += performance.now() - t;
  }
  return ms;
}

async function busy(seconds) {
  const until = performance.now() + seconds * 1000;
  let rounds = 0;
  while (performance.now() < until) {
    await work(1);
    rounds++;
  }
  return { rounds };
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument] = line.trim().split(/\s+/);
  if (command === 'exit') break;
  try {
    const answer =
      command === 'seed'
        ? await seed(Number(argument))
        : command === 'work'
          ? await work(Number(argument))
          : command === 'busy'
            ? await busy(Number(argument))
            : null;
    if (!answer) throw new Error(`unknown command ${command}`);
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  } catch (error) {
    // One line, not PGlite's minified source around a stack trace.
    process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
  }
}
await db.close();
process.stdin.destroy(); // the bench may keep its end of the pipe open
