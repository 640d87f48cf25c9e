import { ErrorCode } from './errors';
import { ERROR_STATUS, errorCodeOfStatus } from './error-status';

describe('ERROR_STATUS', () => {
  it('gives every code a status, client errors in the 4xx range', () => {
    for (const code of Object.values(ErrorCode)) expect([code, ERROR_STATUS[code] >= 400]).toEqual([code, true]);
    expect(ERROR_STATUS[ErrorCode.INTERNAL_SERVER_ERROR]).toBe(500);
  });

  it('reads back to the first code of each client-error status, and to none for a server error', () => {
    expect([400, 401, 403, 404, 409, 413, 429].map(errorCodeOfStatus)).toEqual([
      ErrorCode.BAD_USER_INPUT,
      ErrorCode.UNAUTHENTICATED,
      ErrorCode.FORBIDDEN,
      ErrorCode.NOT_FOUND,
      ErrorCode.CONFLICT,
      ErrorCode.PAYLOAD_TOO_LARGE,
      ErrorCode.TOO_MANY_ATTEMPTS,
    ]);
    expect(errorCodeOfStatus(500)).toBeUndefined();
    expect(errorCodeOfStatus(418)).toBeUndefined();
  });
});
