import { type ArgumentsHost, Catch } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/common';
import { JsonHttpErrorFilter, sendJson } from '@app/http';
import type { FastifyReply } from 'fastify';
import { RespondentLinkUsedError, SurveyClosedError } from '../surveys/survey-link';

/**
 * The plain HTTP routes' JSON errors (`{ code, message, … }`), with a closed survey answered by
 * the status the route gives it: 410 Gone on the public link (the form is gone for good),
 * 409 Conflict on an import (the survey's state refuses it). A used personal link is 409 too,
 * and a refusal for pace carries `Retry-After`.
 */
@Catch()
export class SurveyHttpErrorFilter extends JsonHttpErrorFilter {
  constructor(private readonly closedStatus: 409 | 410) {
    super();
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = error instanceof SurveyClosedError ? this.closedStatus : error instanceof RespondentLinkUsedError ? 409 : null;
    if (status !== null) {
      if (!reply.sent) sendJson(reply, status, { code: (error as DomainError).code, message: (error as DomainError).message });
      return;
    }
    if (
      error instanceof DomainError &&
      error.code === ErrorCode.TOO_MANY_ATTEMPTS &&
      typeof error.details.retryAfterSeconds === 'number' &&
      !reply.sent
    ) {
      void reply.header('retry-after', String(error.details.retryAfterSeconds));
    }
    super.catch(error, host);
  }
}
