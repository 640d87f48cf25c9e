/**
 * Ranks participants for a pilot by fit (People it; Table 13.1 of the chapter: recruit people
 * with the right skills, motivation and time at the design stage).
 *
 *   score = 50 × skills + 25 × motivation + 25 × time, rounded to a whole number (0–100)
 *   skills     = share of the needed skills the person has (case and spacing ignored); 1 when none are needed
 *   motivation = (motivation − 1) / 4, so 1 → 0 and 5 → 1
 *   time       = min(1, hours available / hours needed a month); 1 when no hours are needed
 *
 * Skills weigh most because a pilot cannot run without them; motivation and time can both be
 * raised by what the body offers (recognition, flexible hours). Equal scores are ordered by id so
 * the same input always gives the same list.
 *
 * Self-efficacy is deliberately not an input: it is an outcome the body tries to raise by involving
 * people, so ranking on it would shut out exactly those who stand to gain most. The types below
 * refuse it (`selfEfficacy?: never`), which forces callers to map their records to a candidate.
 */

export const MATCH_WEIGHTS = { skills: 50, motivation: 25, time: 25 } as const;

export interface ParticipantNeed {
  skills: readonly string[];
  hoursPerMonth: number;
  selfEfficacy?: never;
}

export interface MatchCandidate {
  id: string;
  skills: readonly string[];
  /** How keen the person is, 1 (reluctant) to 5 (very keen). */
  motivation: number;
  hoursPerMonth: number;
  /** Never a matching criterion; see the note at the top of this file. */
  selfEfficacy?: never;
}

export interface ParticipantMatch {
  id: string;
  score: number;
  /** Each criterion's share met, 0–1, before weighting. */
  parts: { skills: number; motivation: number; time: number };
  explanation: string[];
}

function skillKey(skill: string): string {
  return skill.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Needed skills once each, in the order given, keeping the first spelling for display. */
function distinctSkills(skills: readonly string[]): Array<{ key: string; label: string }> {
  const seen = new Map<string, string>();
  for (const s of skills) {
    const key = skillKey(s);
    if (key && !seen.has(key)) seen.set(key, s.trim().replace(/\s+/g, ' '));
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

function roundShare(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function hours(n: number): string {
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}

export function scoreParticipant(need: ParticipantNeed, candidate: MatchCandidate): ParticipantMatch {
  if (!Number.isInteger(candidate.motivation) || candidate.motivation < 1 || candidate.motivation > 5) {
    throw new RangeError(`Motivation of ${candidate.id} must be a whole number from 1 to 5`);
  }
  if (!Number.isFinite(candidate.hoursPerMonth) || candidate.hoursPerMonth < 0) {
    throw new RangeError(`Hours a month of ${candidate.id} must be 0 or more`);
  }
  if (!Number.isFinite(need.hoursPerMonth) || need.hoursPerMonth < 0) {
    throw new RangeError('Hours a month needed must be 0 or more');
  }

  const explanation: string[] = [];

  const needed = distinctSkills(need.skills);
  const held = new Set(candidate.skills.map(skillKey));
  const matched = needed.filter((s) => held.has(s.key));
  const missing = needed.filter((s) => !held.has(s.key));
  const skills = needed.length === 0 ? 1 : matched.length / needed.length;
  if (needed.length === 0) {
    explanation.push('no particular skills needed');
  } else {
    const list = (xs: typeof needed) => xs.map((s) => s.label).join(', ');
    let line = `has ${matched.length} of ${needed.length} needed skills`;
    if (matched.length > 0) line += ` (${list(matched)})`;
    if (missing.length > 0) line += `; missing: ${list(missing)}`;
    explanation.push(line);
  }

  const motivation = (candidate.motivation - 1) / 4;
  explanation.push(`motivation ${candidate.motivation} of 5`);

  let time: number;
  if (need.hoursPerMonth === 0) {
    time = 1;
    explanation.push('no set time commitment needed');
  } else {
    time = Math.min(1, candidate.hoursPerMonth / need.hoursPerMonth);
    explanation.push(
      candidate.hoursPerMonth >= need.hoursPerMonth
        ? `available ${hours(candidate.hoursPerMonth)} a month, enough for the ${hours(need.hoursPerMonth)} needed`
        : `available ${candidate.hoursPerMonth} of the ${hours(need.hoursPerMonth)} a month needed`,
    );
  }

  const score = Math.round(MATCH_WEIGHTS.skills * skills + MATCH_WEIGHTS.motivation * motivation + MATCH_WEIGHTS.time * time);
  return {
    id: candidate.id,
    score,
    parts: { skills: roundShare(skills), motivation: roundShare(motivation), time: roundShare(time) },
    explanation,
  };
}

/** Best fit first; equal scores by id. The input array is left as it was. */
export function rankParticipants(need: ParticipantNeed, participants: readonly MatchCandidate[]): ParticipantMatch[] {
  return participants.map((p) => scoreParticipant(need, p)).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
