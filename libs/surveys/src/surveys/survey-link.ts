import { DomainError, ErrorCode } from '@app/common';
import { newSecret, sha256 } from '@app/identity';

/** Survey response tokens start with this, so a leaked one is recognisable for what it is. */
export const SURVEY_TOKEN_PREFIX = 'cps_';

/** What a response token can look like; anything else is not looked up at all. */
export const SURVEY_TOKEN_SHAPE = /^[\w-]{16,128}$/;

/** The path of the public response link. apps/api/src/server.ts masks `/responses/<token>` in request logs. */
export const RESPONSE_PATH = 'responses';

export interface IssuedLink {
  token: string;
  tokenHash: string;
}

/** A new link token (256 random bits) and the hash that is all the database keeps of it. */
export function issueLinkToken(): IssuedLink {
  const token = newSecret(SURVEY_TOKEN_PREFIX);
  return { token, tokenHash: sha256(token) };
}

/** The hash to look a presented token up by, or null when it cannot be a token at all. */
export function linkTokenHash(token: unknown): string | null {
  return typeof token === 'string' && SURVEY_TOKEN_SHAPE.test(token) ? sha256(token) : null;
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
