import { Controller, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, AppConfig, BadInputError, type Credentials, ForbiddenError, NotFoundError, RequestContext, sessionFromCookies } from '@app/common';
import { AuthService, enterOrganisation, httpCredentials } from '@app/identity';
import { csvUpload, sendJson } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SurveyHttpErrorFilter } from '../link/survey-http-errors';
import { SurveyResponsesCsvService } from './survey-responses-csv.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /imports/surveys/<surveyId>/responses[?dryRun=true]` with the file as a `text/csv` body
 * (format: `survey-responses-csv.ts`). Authenticated like GraphQL (`Authorization: Bearer …` or
 * `X-Api-Key`, with `X-Organisation-Id`) and authorised by the same policy table: PLAN,
 * like every CSV import. 200 with `{ rows, imported, errors: [] }`; 400 with every problem in `errors`
 * (row, line, column, message) and nothing written; 404 for a survey of another organisation;
 * 409 when the survey is closed; 413 past 50 MB.
 *
 * The web client's session cookie counts too, as on the initiatives' import, but only on a request
 * that names the organisation in `X-Organisation-Id` and that the browser does not mark as coming
 * from another site (`Sec-Fetch-Site`): no form or link elsewhere can send that header, and a
 * script elsewhere would need a CORS preflight this server never grants.
 */
@Controller('imports/surveys')
@UseFilters(new SurveyHttpErrorFilter(409))
export class SurveyResponsesCsvController {
  constructor(
    private readonly auth: AuthService,
    private readonly csv: SurveyResponsesCsvService,
    private readonly config: AppConfig,
  ) {}

  @Post(':surveyId/responses')
  async importResponses(@Param('surveyId') surveyId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('dryRun') dryRun?: string): Promise<void> {
    const ctx = new RequestContext(String(request.id));
    const credentials: Credentials = { ...httpCredentials(request.headers), ...this.sessionOf(request) };
    enterOrganisation(ctx, await this.auth.authenticate(ctx, credentials), credentials, Action.PLAN);
    if (!UUID.test(surveyId)) throw new NotFoundError('Survey', surveyId.slice(0, 64));
    const outcome = await this.csv.importResponses(ctx, surveyId, csvUpload(request), { dryRun: flag('dryRun', dryRun) });
    sendJson(reply, outcome.errors.length ? 400 : 200, outcome);
  }

  /** The cookie's session, when the request may use it (see above); without the header the cookie is ignored, from another site refused. */
  private sessionOf(request: FastifyRequest): Pick<Credentials, 'session'> {
    const secure = this.config.sessions.cookieSecure || request.protocol === 'https';
    const session = sessionFromCookies(request.headers.cookie, secure);
    if (!session || !request.headers['x-organisation-id']) return {};
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw new ForbiddenError('A page on another site may not import responses with your session');
    return { session };
  }
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw BadInputError.field(name, 'must be true or false');
}
