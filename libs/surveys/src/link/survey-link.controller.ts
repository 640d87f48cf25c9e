import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { Public, type RequestContext } from '@app/common';
import { HttpCtx } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SurveyResponsesService } from '../responses/survey-responses.service';
import { RESPONSE_PATH } from '../surveys/survey-link';
import { SurveyHttpErrorFilter } from './survey-http-errors';

/**
 * The public response link as plain HTTP, for a form on a web page: no account, no session;
 * the token in the path is the only credential and opens its own survey only, so the route is
 * public to the policy guard. The token is the survey's open link or a personal single-use link. The
 * server masks `/responses/<token>` in its request log.
 *
 * - `GET /responses/<token>`: 200 with `{ title, scale, areas: [{ area, label, questions: [{ key, text }] }] }`
 *   and nothing else about the survey or the organisation.
 * - `POST /responses/<token>` with JSON `{ "answers": { "safety.q1": "OFTEN", … } }`: 200 with
 *   `{ received, answered, message }`; 400 naming each bad answer (`answers.<key>`).
 * - 404 for an unknown or rotated token; 410 once the survey is closed; 409 for a personal link
 *   already used; 403 on the open link of a survey that takes personal links only; 429 with
 *   `Retry-After` when the client has sent its share of answers (SurveyLinkPace).
 */
@Controller(RESPONSE_PATH)
@Public()
@UseFilters(new SurveyHttpErrorFilter(410))
export class SurveyLinkController {
  constructor(private readonly responses: SurveyResponsesService) {}

  @Get(':token')
  async form(@HttpCtx() ctx: RequestContext, @Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    guardCredentialUrl(reply);
    const form = await this.responses.form(ctx, token);
    answer(reply, 200, form);
  }

  @Post(':token')
  async submit(
    @HttpCtx() ctx: RequestContext,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    guardCredentialUrl(reply);
    const body = request.body as { answers?: unknown } | null | undefined;
    const answers = typeof body === 'object' && body !== null ? body.answers : undefined;
    const submission = await this.responses.submit(ctx, { token, answers: answers as Record<string, unknown> }, 'answers');
    answer(reply, 200, submission);
  }
}

/**
 * The link is a credential in the address bar: never cached (answers least of all), never sent
 * on as a Referer, never indexed. Set before the work, so that refusals (404, 409, 410, 429,
 * 400) carry it too.
 */
function guardCredentialUrl(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
}

function answer(reply: FastifyReply, status: number, body: unknown): void {
  void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body));
}
