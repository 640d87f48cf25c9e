/**
 * Expected failures, each with a code that the GraphQL error formatter turns into
 * `extensions.code`. Services throw these; nothing else reaches a client as-is.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  GATE_NOT_MET = 'GATE_NOT_MET',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A request with this Idempotency-Key is still running (README, "Safe retries"). */
  IDEMPOTENCY_KEY_IN_FLIGHT = 'IDEMPOTENCY_KEY_IN_FLIGHT',
  /** This Idempotency-Key was used for another request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** This request or field cannot take an Idempotency-Key. */
  IDEMPOTENCY_KEY_NOT_ACCEPTED = 'IDEMPOTENCY_KEY_NOT_ACCEPTED',
  /** PostgreSQL cannot be reached or did not answer in time: the same request may succeed a moment later. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}

export interface FieldProblem {
  /** Path of the input field at fault, e.g. `input.email` or `rows[3].serviceArea`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      problems.length === 1
        ? `Invalid ${problems[0].field}: ${problems[0].message}`
        : `Invalid input: ${problems.map((p) => `${p.field} (${p.message})`).join('; ')}`,
      { fields: problems },
    );
  }

  static field(field: string, message: string): BadInputError {
    return new BadInputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send a valid token in the Authorization header') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** A write that was based on a stale version: nothing changed; the client re-reads and retries. */
export class ConflictError extends DomainError {
  constructor(what: string, currentVersion?: number, message?: string) {
    super(
      ErrorCode.CONFLICT,
      message ?? `${what} was changed by someone else (now at version ${currentVersion}); reload it and try again`,
      currentVersion === undefined ? {} : { currentVersion },
    );
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-in attempts; try again in ${retryAfterSeconds} seconds`, {
      retryAfterSeconds,
    });
  }
}

/** A lifecycle move that the current state does not allow (the message says why and what to do). */
export class InvalidTransitionError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}

export class GateNotMetError extends DomainError {
  constructor(message: string, openItems: Array<{ key: string; title: string; explanation: string }>) {
    super(ErrorCode.GATE_NOT_MET, message, { openItems });
  }
}

/**
 * The database could not be reached, or did not answer in time. Made at the edges (the GraphQL
 * and plain-HTTP error filters) from the driver's own error (`isDatabaseUnavailable`), never thrown
 * by services: a service that caught it as a DomainError could take it for a refusal.
 */
export class DatabaseUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds = 2) {
    super(ErrorCode.DATABASE_UNAVAILABLE, 'The database cannot be reached just now; try again in a few seconds.', { retryAfterSeconds });
  }
}
