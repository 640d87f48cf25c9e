import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { DatabaseUnavailableError, DomainError, ERROR_STATUS, isDatabaseUnavailable } from '@app/common';
import { JsonHttpErrorFilter } from '@app/http';
import { GraphQLError } from 'graphql';

/**
 * Expected failures, without Nest logging them as crashes: in GraphQL they go on to the error
 * formatter; on plain HTTP routes (feeds, health, CSV) they are answered as JSON with a status.
 * The database being unreachable is one of them (DATABASE_UNAVAILABLE): over HTTP it makes the
 * whole GraphQL answer a 503 with Retry-After, so a client or proxy knows to send it again.
 * Anything else takes Nest's own way (logged, then masked by the formatter or answered 500).
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly http = new JsonHttpErrorFilter();

  override catch(error: unknown, host: ArgumentsHost): unknown {
    const known = error instanceof DomainError ? error : isDatabaseUnavailable(error) ? new DatabaseUnavailableError() : null;
    if (host.getType<GqlContextType>() === 'graphql') {
      if (!(known instanceof DatabaseUnavailableError)) return known ?? undefined;
      // Apollo takes the response's status and headers from an error's `extensions.http`.
      return new GraphQLError(known.message, {
        originalError: known,
        extensions: {
          http: { status: ERROR_STATUS[known.code], headers: new Map([['retry-after', String(known.retryAfterSeconds)]]) },
        },
      });
    }
    if (known) return this.http.catch(known, host);
    return super.catch(error, host);
  }
}
