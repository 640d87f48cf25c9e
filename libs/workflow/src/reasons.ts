/**
 * The reason rule. Some moves are recorded with the words of the person who made them (a gate
 * overridden, a step reopened, a pilot rejected or decided): those words must say something,
 * because others read them later in the history. One rule for every lifecycle; the web client
 * imports this file to warn before sending.
 */

/** Whether a move needs a reason (REQUIRED), may take one (OPTIONAL) or takes none (NONE). */
export const REASON_RULES = ['REQUIRED', 'OPTIONAL', 'NONE'] as const;
export type ReasonRule = (typeof REASON_RULES)[number];

export const REASON_MIN_WORDS = 3;
export const REASON_MIN_CHARACTERS = 12;

/** A word has a letter or a digit: dashes and dots between spaces are padding, not words. */
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/**
 * At least REASON_MIN_WORDS words with REASON_MIN_CHARACTERS characters between them, spaces
 * and padding not counted.
 */
export function isSufficientReason(reason: string | null | undefined): boolean {
  if (typeof reason !== 'string') return false;
  const words = reason.trim().split(/\s+/).filter(isWord);
  return words.length >= REASON_MIN_WORDS && words.join('').length >= REASON_MIN_CHARACTERS;
}
