import type { FieldProblem } from '@app/common';
import { LawfulBasis } from './participant.entity';
import type { LawfulBasisInput } from './participant.inputs';

/** The participant columns that record the basis. */
export interface BasisColumns {
  lawfulBasis: LawfulBasis | null;
  consentGivenAt: Date | null;
  consentPurposes: string | null;
  consentMethod: string | null;
  basisNote: string | null;
}

/** A clock a few minutes ahead of the server's is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const text = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);

/**
 * What each basis needs, checked together: consent needs when, for what and by what means, and
 * not in the future; another basis must be named; fields that belong to another basis are
 * refused rather than silently dropped. Problems name `field` and the part at fault.
 */
export function readLawfulBasis(input: LawfulBasisInput, field: string, now: Date): { columns: BasisColumns; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const at = (part: string, message: string) => problems.push({ field: `${field}.${part}`, message });
  const columns: BasisColumns = {
    lawfulBasis: input.basis,
    consentGivenAt: input.consentGivenAt ?? null,
    consentPurposes: text(input.consentPurposes),
    consentMethod: text(input.consentMeans),
    basisNote: text(input.otherBasis),
  };
  if (input.basis === LawfulBasis.CONSENT) {
    if (!columns.consentGivenAt) at('consentGivenAt', 'is needed with CONSENT: when was it given?');
    else if (columns.consentGivenAt.getTime() > now.getTime() + CLOCK_SKEW_MS) at('consentGivenAt', 'cannot be in the future');
    if (!columns.consentPurposes) at('consentPurposes', 'is needed with CONSENT: what was it given for?');
    if (!columns.consentMethod) at('consentMeans', 'is needed with CONSENT: how was it given (a signed form, an email…)?');
  } else {
    for (const part of ['consentGivenAt', 'consentPurposes', 'consentMeans'] as const) {
      if (input[part] !== undefined && input[part] !== null) at(part, `belongs to CONSENT only, not to ${input.basis}`);
    }
  }
  if (input.basis === LawfulBasis.OTHER) {
    if (!columns.basisNote) at('otherBasis', 'is needed with OTHER: name the basis');
  } else if (input.otherBasis !== undefined && input.otherBasis !== null) {
    at('otherBasis', `belongs to OTHER only, not to ${input.basis}`);
  }
  return { columns, problems };
}

export const NO_BASIS_MESSAGE =
  'is needed before anything personal (a name, contact or notes) is held: record CONSENT (when, what for, by what means), PUBLIC_TASK or OTHER (named)';
