import { Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Action, AppConfig, BadInputError, type Credentials, ForbiddenError, RequestContext, sessionFromCookies } from '@app/common';
import { AuthService, enterOrganisation, httpCredentials } from '@app/identity';
import { csvUpload, JsonHttpErrorFilter, sendCsv, sendJson } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InitiativesCsvService } from './initiatives-csv.service';

/**
 * CSV import and export of initiatives over plain HTTP (STACK.md item 17: a 50 MB file cannot
 * go through GraphQL). Authenticated like GraphQL (`Authorization: Bearer …` or `X-Api-Key`,
 * with `X-Organisation-Id`) and authorised through the same policy table: import is PLAN,
 * export is READ. The format is documented in `initiative-csv.ts`.
 *
 * The web client's session cookie counts too, but only on a request that also names the
 * organisation in `X-Organisation-Id` and is not marked cross-site by the browser
 * (`Sec-Fetch-Site`): a custom header cannot be sent by another site's form or link, and a script
 * there would need a CORS preflight this server never grants. So a cross-site page cannot make
 * the browser import or export with its cookie, as Apollo's CSRF prevention stops it on GraphQL.
 */
@Controller()
@UseFilters(JsonHttpErrorFilter)
export class InitiativesCsvController {
  constructor(
    private readonly auth: AuthService,
    private readonly csv: InitiativesCsvService,
    private readonly config: AppConfig,
  ) {}

  /**
   * `POST /imports/initiatives[?dryRun=true]` with the file as a `text/csv` body. 200 with
   * `{ created, updated, unchanged, errors: [] }`; 400 with every bad row in `errors` and
   * nothing written; 413 past 50 MB. A dry run checks everything, writes nothing, and says what
   * an import would do.
   */
  @Post('imports/initiatives')
  async importInitiatives(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('dryRun') dryRun?: string): Promise<void> {
    const ctx = await this.authorise(request, Action.PLAN);
    const outcome = await this.csv.importInitiatives(ctx, csvUpload(request), { dryRun: flag('dryRun', dryRun) });
    sendJson(reply, outcome.errors.length ? 400 : 200, outcome);
  }

  /** `GET /exports/initiatives.csv`: the organisation's initiatives, streamed, in the import's format. */
  @Get('exports/initiatives.csv')
  async exportInitiatives(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const ctx = await this.authorise(request, Action.READ);
    sendCsv(reply, 'initiatives', this.csv.exportInitiatives(ctx));
  }

  /** Who calls, for which organisation, and whether their role there may do `action`: as the GraphQL policy guard decides. */
  private async authorise(request: FastifyRequest, action: Action): Promise<RequestContext> {
    const ctx = new RequestContext(String(request.id));
    const credentials: Credentials = { ...httpCredentials(request.headers), ...this.sessionOf(request) };
    enterOrganisation(ctx, await this.auth.authenticate(ctx, credentials), credentials, action);
    return ctx;
  }

  /**
   * The browser session the cookie carries, when the request may use it: it names its
   * organisation in a header (no form or link can) and the browser does not say it came from
   * another site. Without the header the cookie is ignored, as before; from another site, refused.
   */
  private sessionOf(request: FastifyRequest): Pick<Credentials, 'session'> {
    const secure = this.config.sessions.cookieSecure || request.protocol === 'https';
    const session = sessionFromCookies(request.headers.cookie, secure);
    if (!session || !request.headers['x-organisation-id']) return {};
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw new ForbiddenError('A page on another site may not import or export with your session');
    return { session };
  }
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw BadInputError.field(name, 'must be true or false');
}
