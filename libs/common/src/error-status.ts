import { ErrorCode } from './errors';

/**
 * The HTTP status of each error code: the one table the plain-HTTP JSON errors
 * (`libs/http/src/json-errors.ts`) answer with and the GraphQL error formatter
 * (`apps/api/src/graphql/format-error.ts`) reads backwards to name Nest's HTTP exceptions.
 * A rule of the workflow refusing a step is a conflict with the record's state, not bad input.
 */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.GATE_NOT_MET]: 409,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT]: 409,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 422,
  [ErrorCode.IDEMPOTENCY_KEY_NOT_ACCEPTED]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/** The first code the table gives each client-error status (4xx): the code an HTTP exception of that status is reported as. */
const CODE_OF_STATUS: ReadonlyMap<number, ErrorCode> = new Map(
  (Object.entries(ERROR_STATUS) as Array<[ErrorCode, number]>)
    // The Idempotency-Key's codes name the header's own refusals (libs/idempotency), never another 422.
    .filter(([code, status]) => status >= 400 && status < 500 && !code.startsWith('IDEMPOTENCY_KEY_'))
    .reverse()
    .map(([code, status]) => [status, code]),
);

export function errorCodeOfStatus(status: number): ErrorCode | undefined {
  return CODE_OF_STATUS.get(status);
}
