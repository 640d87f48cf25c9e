import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as LanguageCommon from '@zxcvbn-ts/language-common';
import { ValidateBy } from 'class-validator';

/**
 * About 49,000 passwords found most often in published breaches, from zxcvbn-ts's common
 * dictionary (MIT), kept lower-cased; loaded and built on first use, as the package's
 * dictionaries hold about 10 MB that a server nobody signs up to never needs. Required from the
 * program that runs (dist/apps/api/src/main.js, or Jest's worker), as this module may be ESM.
 */
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = createRequire(resolve(process.argv[1] ?? 'index.js'))('@zxcvbn-ts/language-common') as typeof LanguageCommon;
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common;
}

/**
 * True for a password on the list, whatever its case, and for a listed word of four or more
 * characters dressed up with digits and symbols at the end ("Manchester2024!"), which
 * guessing tools try first.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  if (list.has(lower)) return true;
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return stem.length >= 4 && stem !== lower && list.has(stem);
}

/** Refuses a password that breach lists make easy to guess; length is Length's to report. */
export function IsNotCommonPassword(minLength: number) {
  return ValidateBy({
    name: 'isNotCommonPassword',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || value.length < minLength || !isCommonPassword(value),
      defaultMessage: () => 'is one of the most common passwords, which are tried first when guessing; choose another',
    },
  });
}
