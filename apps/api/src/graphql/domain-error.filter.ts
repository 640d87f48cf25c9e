import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@app/common';
import { JsonHttpErrorFilter } from '@app/http';

/**
 * Expected failures, without Nest logging them as crashes: in GraphQL they go on to the error
 * formatter; on plain HTTP routes (feeds, health, CSV) they are answered as JSON with a status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly http = new JsonHttpErrorFilter();

  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    this.http.catch(error, host);
  }
}
