import { DomainError, ErrorCode } from '@app/common';
import { newSecret, sha256 } from '@app/identity';

/** Survey response tokens start with this, so a leaked one is recognisable for what it is. */
export const SURVEY_TOKEN_PREFIX = 'cps_';

/** Personal single-use links start with this instead, so the link says which kind it is. */
export const RESPONDENT_TOKEN_PREFIX = 'cpr_';

/** What a response token can look like; anything else is not looked up at all. */
export const SURVEY_TOKEN_SHAPE = /^[\w-]{16,128}$/;

/** The path of the public response link. apps/api/src/server.ts masks `/responses/<token>` in request logs. */
export const RESPONSE_PATH = 'responses';

export interface IssuedLink {
  token: string;
  tokenHash: string;
}

/** A new link token (256 random bits) and the hash that is all the database keeps of it. */
export function issueLinkToken(prefix = SURVEY_TOKEN_PREFIX): IssuedLink {
  const token = newSecret(prefix);
  return { token, tokenHash: sha256(token) };
}

/** Whether a presented token is a personal single-use one (looked up among those, not surveys). */
export function isRespondentToken(token: unknown): boolean {
  return typeof token === 'string' && token.startsWith(RESPONDENT_TOKEN_PREFIX);
}

/** The hash to look a presented token up by, or null when it cannot be a token at all. */
export function linkTokenHash(token: unknown): string | null {
  return typeof token === 'string' && SURVEY_TOKEN_SHAPE.test(token) ? sha256(token) : null;
}

/** A personal link that has already answered: each takes one answer only. */
export class RespondentLinkUsedError extends DomainError {
  constructor() {
    super(
      ErrorCode.INVALID_TRANSITION,
      'This personal link has already been used to answer the survey, and each one takes a single answer. Thank you for taking part.',
    );
  }
}

/** The open link of a survey that takes answers through personal links only. */
export class RespondentTokenRequiredError extends DomainError {
  constructor() {
    super(
      ErrorCode.FORBIDDEN,
      'This survey takes answers only through the personal links sent to the people asked: please use the link you were given.',
    );
  }
}

export function responseUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/${RESPONSE_PATH}/${token}`;
}

/**
 * A closed survey takes no more responses, by any channel: its results are final. The HTTP
 * routes answer it with their own status (410 on the public link, 409 on an import).
 */
export class SurveyClosedError extends DomainError {
  constructor(message = 'This survey is closed and no longer takes responses') {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}
