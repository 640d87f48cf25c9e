import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AppConfig, Public, type RequestContext, sessionFromCookies } from '@app/common';
import { HttpCtx } from '@app/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookie } from '../sessions/session-cookie';
import { SignInRefused, SingleSignOnService } from './single-sign-on.service';

const PENDING_COOKIE = 'coprod-oidc';
const SECURE_PENDING_COOKIE = '__Host-coprod-oidc';

/** The sealed sign-in in flight: HttpOnly, SameSite=Lax (sent on the provider's redirect back, a top-level GET), ten minutes. */
function pendingCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${secure ? SECURE_PENDING_COOKIE : PENDING_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The browser's sign-in with an organisation's OpenID Connect provider: `start` sends it to the
 * provider with state, nonce and a PKCE challenge (their secrets sealed in a short-lived cookie),
 * and `callback` finishes on the way back, setting the same session cookie as a password sign-in
 * and sending the browser into the web client. A refusal goes to the sign-in page with its reason
 * (`/sign-in?sso=NO_ROLE`), which explains it in plain words. Public: the provider is the judge.
 */
@Controller('auth/oidc')
@Public()
export class SingleSignOnController {
  constructor(
    private readonly singleSignOn: SingleSignOnService,
    private readonly config: AppConfig,
  ) {}

  private secure(request: FastifyRequest): boolean {
    return this.config.sessions.cookieSecure || request.protocol === 'https';
  }

  private refused(reply: FastifyReply, error: unknown, secure: boolean): void {
    if (!(error instanceof SignInRefused)) throw error;
    reply
      .header('set-cookie', pendingCookie('', 0, secure))
      .header('cache-control', 'no-store')
      .redirect(`${this.config.publicUrl}/sign-in?sso=${error.reason}`, 303);
  }

  @Get(':organisation/start')
  async start(
    @HttpCtx() ctx: RequestContext,
    @Param('organisation') organisation: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const secure = this.secure(request);
    try {
      const { url, pending, maxAgeSeconds } = await this.singleSignOn.start(ctx, organisation.trim());
      reply
        .header('set-cookie', pendingCookie(pending, maxAgeSeconds, secure))
        .header('cache-control', 'no-store')
        .redirect(url, 303);
    } catch (error) {
      this.refused(reply, error, secure);
    }
  }

  @Get('callback')
  async callback(@HttpCtx() ctx: RequestContext, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const secure = this.secure(request);
    const cookies = request.headers.cookie;
    try {
      const { organisationId, secret, expiresAt } = await this.singleSignOn.finish(
        ctx,
        new URL(request.url, this.config.publicUrl),
        readCookie(cookies, secure ? SECURE_PENDING_COOKIE : PENDING_COOKIE),
        sessionFromCookies(cookies, secure),
      );
      reply
        .header('set-cookie', [pendingCookie('', 0, secure), sessionCookie(secret, expiresAt, secure)])
        .header('cache-control', 'no-store')
        .redirect(`${this.config.publicUrl}/o/${organisationId}`, 303);
    } catch (error) {
      this.refused(reply, error, secure);
    }
  }
}
