import { Controller, Get, HttpCode, Injectable, type OnModuleInit, Post, Query, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig, Public, type RequestContext } from '@app/common';
import { HttpCtx } from '@app/http';
import { escapeHtml } from '@app/mail';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { UnsubscribeTokens } from './unsubscribe-token';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Lets mail programs POST the one-click unsubscribe (RFC 8058: a form body saying
 * `List-Unsubscribe=One-Click`), which Fastify would otherwise refuse as an unknown type. The
 * body is not read: the token in the address is all the request needs.
 */
@Injectable()
export class FormBodyParser implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addContentTypeParser || fastify.hasContentTypeParser(FORM)) return;
    fastify.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => done(null, body));
  }
}

function page(title: string, words: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${words}</p></main></body></html>`;
}

/**
 * The unsubscribe link of every digest e-mail: public, as the signed token in the address is its
 * only credential. A GET (a person following the link) and a POST (a mail program's one-click
 * button) both turn the digest e-mail off for the person the token was signed for; reminders stay
 * in the app, and the person may turn the e-mail on again in their settings.
 */
@Controller('notifications')
@Public()
export class UnsubscribeController {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    private readonly preferences: NotificationPreferencesService,
    private readonly config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.jwtSecret);
  }

  @Get('unsubscribe')
  async page(@HttpCtx() ctx: RequestContext, @Query('token') token: unknown, @Res() reply: FastifyReply): Promise<void> {
    const userId = typeof token === 'string' ? this.tokens.verify(token) : null;
    this.secure(reply);
    if (!userId) {
      await reply
        .status(400)
        .send(page('This link does not work', 'It is not an unsubscribe link this server made. Use the link from the e-mail itself.'));
      return;
    }
    await this.preferences.unsubscribe(ctx, userId);
    const settings = `<a href="${escapeHtml(this.config.publicUrl)}/account">your account's notification settings</a>`;
    await reply.send(
      page(
        'You will get no more reminder e-mails',
        `The daily digest e-mail is off. Your reminders still appear in coprod, and you can turn the e-mail on again in ${settings}.`,
      ),
    );
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(@HttpCtx() ctx: RequestContext, @Query('token') token: unknown, @Res() reply: FastifyReply): Promise<void> {
    const userId = typeof token === 'string' ? this.tokens.verify(token) : null;
    this.secure(reply);
    if (!userId) {
      await reply.status(400).type('text/plain; charset=utf-8').send('Not an unsubscribe link this server made.\n');
      return;
    }
    await this.preferences.unsubscribe(ctx, userId);
    await reply.type('text/plain; charset=utf-8').send('Unsubscribed from the daily digest e-mail.\n');
  }

  private secure(reply: FastifyReply): void {
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  }
}
