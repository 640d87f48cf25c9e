import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError, DomainError, ErrorCode, errorCodeOfStatus, isDatabaseUnavailable } from '@app/common';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/** Codes whose messages come from GraphQL itself (parsing, validation, variables): safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Over WebSocket: a person or organisation already has as many subscriptions as allowed.
  'TOO_MANY_SUBSCRIPTIONS',
]);

/**
 * The one place errors become responses: domain errors keep their code and details,
 * GraphQL's own errors keep their message, everything else is logged and masked, so no
 * stack trace or SQL ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const where = { locations: formatted.locations, path: formatted.path };

  // Also where no filter ran (a subscription's stream failing): the database's own error never shows.
  if (!(original instanceof DomainError) && isDatabaseUnavailable(original)) {
    const unavailable = new DatabaseUnavailableError();
    return { message: unavailable.message, ...where, extensions: { code: unavailable.code, ...unavailable.details } };
  }
  if (original instanceof DomainError) {
    return { message: original.message, ...where, extensions: { code: original.code, ...original.details } };
  }
  // Nest's own HTTP exceptions keep their message when their status names a client error (libs/common/src/error-status.ts).
  if (original instanceof HttpException) {
    const code = errorCodeOfStatus(original.getStatus());
    if (code) return { message: original.message, ...where, extensions: { code } };
  }
  // Two transactions that each waited for the other: one was cancelled and changed nothing.
  const sqlState = (original as { driverError?: { code?: string } } | undefined)?.driverError?.code;
  if (sqlState === '40P01' || sqlState === '40001') {
    return {
      message: 'Another change got in the way; nothing was changed. Try again.',
      ...where,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  // A unique constraint lost a race that the service's own check could not see coming.
  if (sqlState === '23505') {
    return {
      message: 'This already exists (it was created at the same moment); nothing was changed.',
      ...where,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, ...where, extensions: { code } };
  }
  logger.error(
    `unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? original.message : String(original)}`,
    original instanceof Error ? original.stack : undefined,
  );
  return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
