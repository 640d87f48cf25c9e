/**
 * The room of a running workshop: guests who join with a code, and dot-voting.
 *
 * - A join code is 10 symbols of Crockford's base 32 (50 bits), shown as two groups of five.
 *   Typing is forgiving: case, spaces and dashes do not matter, and the letters people confuse
 *   with digits (O, I, L) read as the digits. Guessing is limited per client by the server.
 * - A round of dot-voting gives each voter the same number of dots, spread over the options as
 *   they like (several on one option is allowed: that is what dots are for). A ballot may be
 *   changed until the round closes; closing fixes the tally and becomes a DECISION output.
 * Only one round is open in a workshop at a time, so the room always knows what it votes on.
 */
import type { WorkshopStatus } from './workshop-lifecycle';

export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 10;
/** How long a join code and a guest's pass last at most; ending the workshop ends both sooner. */
export const JOIN_CODE_HOURS = 8;
export const GUEST_PASS_HOURS = 8;
export const GUEST_NAME_MAX_LENGTH = 40;
/** Notes one guest may add to a workshop: plenty for a room, too few to flood it. */
export const GUEST_NOTES_MAX = 50;

export const VOTE_ROUND_STATUSES = ['OPEN', 'CLOSED'] as const;
export type VoteRoundStatus = (typeof VOTE_ROUND_STATUSES)[number];
export const VOTE_DOTS_MAX = 20;
export const VOTE_OPTIONS_MIN = 2;
export const VOTE_OPTIONS_MAX = 30;
export const VOTE_QUESTION_MAX_LENGTH = 300;
export const VOTE_OPTION_LABEL_MAX_LENGTH = 200;

/** A code from `randomIndexes` (values 0..31, JOIN_CODE_LENGTH of them), e.g. from crypto.randomInt. */
export function joinCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== JOIN_CODE_LENGTH || randomIndexes.some((i) => !Number.isInteger(i) || i < 0 || i >= 32))
    throw new Error(`A join code takes ${JOIN_CODE_LENGTH} indexes from 0 to 31`);
  return randomIndexes.map((i) => JOIN_CODE_ALPHABET[i]).join('');
}

/** The code as shown and printed: ABCDE-FGHJK. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The code someone typed, as stored (uppercase, no separators, O/I/L read as 0/1/1); null if it cannot be a code. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== JOIN_CODE_LENGTH || [...code].some((c) => !JOIN_CODE_ALPHABET.includes(c))) return null;
  return code;
}

/** Why guests cannot join or take part in a workshop in `status`, or null while they can. */
export function workshopRoomRefusal(status: WorkshopStatus): string | null {
  if (status === 'RUNNING') return null;
  return status === 'PLANNED'
    ? 'The workshop has not started yet: guests join and vote once the facilitator starts it.'
    : 'The workshop is over, so its room is closed to guests and votes.';
}

export interface BallotLine {
  optionId: string;
  dots: number;
}

export interface BallotProblem {
  /** Index of the line at fault, or null for the ballot as a whole. */
  line: number | null;
  message: string;
}

/**
 * What is wrong with a voter's ballot in a round of `dotsPerVoter` over `optionIds`: each line an
 * option of the round, named once, with a whole number of dots from 1; no more dots than the
 * voter has. An empty ballot is allowed: it takes the voter's dots back.
 */
export function ballotProblems(ballot: readonly BallotLine[], optionIds: readonly string[], dotsPerVoter: number): BallotProblem[] {
  const problems: BallotProblem[] = [];
  const seen = new Set<string>();
  ballot.forEach((line, index) => {
    if (!optionIds.includes(line.optionId)) problems.push({ line: index, message: 'is not an option of this round' });
    else if (seen.has(line.optionId))
      problems.push({ line: index, message: 'names an option already on the ballot: put all its dots on one line' });
    seen.add(line.optionId);
    if (!Number.isInteger(line.dots) || line.dots < 1)
      problems.push({ line: index, message: 'must be a whole number of dots, at least 1' });
  });
  const total = ballot.reduce((sum, line) => sum + (Number.isInteger(line.dots) && line.dots > 0 ? line.dots : 0), 0);
  if (total > dotsPerVoter)
    problems.push({ line: null, message: `spends ${total} dots, but each voter has ${dotsPerVoter} in this round: take some back` });
  return problems;
}

export interface TallyOption {
  id: string;
  label: string;
  dots: number;
}

export interface TallyLine extends TallyOption {
  /** 1 for the most dots; options with equal dots share a rank. */
  rank: number;
  /** Share of all dots cast, 0..1 (0 when none were cast). */
  share: number;
}

/** The options by dots, most first (ties keep the round's order), with ranks and shares. */
export function tally(options: readonly TallyOption[]): TallyLine[] {
  const total = options.reduce((sum, o) => sum + o.dots, 0);
  const sorted = options.map((o, order) => ({ ...o, order })).sort((a, b) => b.dots - a.dots || a.order - b.order);
  let rank = 0;
  return sorted.map((o, index) => {
    if (index === 0 || o.dots !== sorted[index - 1].dots) rank = index + 1;
    return { id: o.id, label: o.label, dots: o.dots, rank, share: total ? o.dots / total : 0 };
  });
}

/** The decision a closed round records, in words the record can keep: the question, then each option's dots. */
export function voteDecisionText(question: string, lines: readonly TallyLine[], voters: number): string {
  const head = `Dot vote: ${question.trim()} (${voters} ${voters === 1 ? 'voter' : 'voters'})`;
  const body = lines.map((l) => `${l.rank}. ${l.label}: ${l.dots} ${l.dots === 1 ? 'dot' : 'dots'}`);
  return [head, ...body].join('\n');
}

/** The options that `top` selects: those ranked within the first `top` places (ties at the edge all go in). */
export function topRanked<T extends TallyLine>(lines: readonly T[], top: number): T[] {
  return lines.filter((l) => l.dots > 0 && l.rank <= top);
}
