/**
 * How a bench hands its headline figures to `npm run bench` (bench/run.mjs): each call appends one
 * JSON line to the file named by BENCH_RESULTS. Run alone, a bench prints its own tables and this
 * does nothing.
 */
import { appendFileSync } from 'node:fs';

/**
 * One row of the summary: `ratio` is coprod's figure over the anchor's, measured side by side in
 * the same run; `goal` says which way is good ('≥ 0.85' or '≤ 1.5'), and `detail` gives the raw
 * figures behind the ratio; `met`, for a goal that is not a bound on the ratio (memory in MB), says
 * whether it was met.
 */
export function recordResult({ bench, measure, ratio, anchor, goal, detail = '', met = undefined }) {
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ bench, measure, ratio, anchor, goal, detail, met })}\n`);
}

/** Whether `ratio` meets a goal written as '≥ x' or '≤ x'. */
export function meets(ratio, goal) {
  const match = /^([≥≤])\s*([\d.]+)/.exec(goal);
  if (!match) return null;
  const bound = Number(match[2]);
  return match[1] === '≥' ? ratio >= bound : ratio <= bound;
}
