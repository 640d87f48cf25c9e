import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@app/common';

/**
 * Expected failures go straight to the error formatter, without Nest logging them as
 * crashes; anything else still reaches Nest's handler and the log.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
