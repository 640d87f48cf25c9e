import { type ArgumentsHost, Catch } from '@nestjs/common';
import { JsonHttpErrorFilter, sendJson } from '@app/mapping';
import type { FastifyReply } from 'fastify';
import { SurveyClosedError } from '../surveys/survey-link';

/**
 * The plain HTTP routes' JSON errors (`{ code, message, … }`), with a closed survey answered by
 * the status the route gives it: 410 Gone on the public link (the form is gone for good),
 * 409 Conflict on an import (the survey's state refuses it).
 */
@Catch()
export class SurveyHttpErrorFilter extends JsonHttpErrorFilter {
  constructor(private readonly closedStatus: 409 | 410) {
    super();
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof SurveyClosedError) {
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      if (!reply.sent) sendJson(reply, this.closedStatus, { code: error.code, message: error.message });
      return;
    }
    super.catch(error, host);
  }
}
