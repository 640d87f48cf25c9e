import { ERROR_STATUS, ErrorCode } from '@app/common';

/** What a request answered: kept under its key when final, and sent again to each retry. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Codes GraphQL answers for a request it refused as written (Apollo's, see apps/api/src/graphql/format-error.ts): final. */
const GRAPHQL_REFUSALS = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'];

/**
 * The codes whose answer a retry would get again: refusals of the request as it stands (4xx in
 * libs/common/src/error-status.ts). Not TOO_MANY_ATTEMPTS (429), which passes with time, nor any
 * server-side failure (5xx: INTERNAL_SERVER_ERROR, the database away), nor a code not known here.
 */
const FINAL_CODES: ReadonlySet<string> = new Set([
  ...(Object.entries(ERROR_STATUS) as Array<[ErrorCode, number]>)
    .filter(([, status]) => status < 500 && status !== 429)
    .map(([code]) => code),
  ...GRAPHQL_REFUSALS,
]);

/**
 * Whether an answer is final, so that it is kept and what the request changed committed; and if
 * not, the code of the failure that makes it not so. A GraphQL answer carries its errors in a 200,
 * so their codes are read too: one transient error anywhere undoes the whole request.
 */
export function judgeAnswer(status: number, body: string): { final: true } | { final: false; code: string } {
  if (status >= 500) return { final: false, code: ErrorCode.INTERNAL_SERVER_ERROR };
  if (status === 429) return { final: false, code: ErrorCode.TOO_MANY_ATTEMPTS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { final: false, code: ErrorCode.INTERNAL_SERVER_ERROR };
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return { final: true };
  for (const error of errors as Array<{ extensions?: { code?: unknown } }>) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || !FINAL_CODES.has(code)) {
      return { final: false, code: typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR };
    }
  }
  return { final: true };
}

/**
 * A GraphQL answer whose request was undone whole: any field it reports as done is not, so the
 * data goes and one more error says so; an answer with no data left stands as it is.
 */
export function undoneAnswer(body: string, code: string): string {
  let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return body;
  }
  const data = parsed?.data;
  if (!data || Object.values(data).every((value) => value === null)) return body;
  return JSON.stringify({
    errors: [
      ...(Array.isArray(parsed.errors) ? parsed.errors : []),
      {
        message:
          'Nothing in this request was kept: part of it failed on the server, so all of it was undone. Send it again with the same Idempotency-Key.',
        extensions: { code },
      },
    ],
    data: null,
  });
}

/** An error answer shaped as GraphQL's, with its code. */
export function graphqlErrorBody(message: string, code: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
}
