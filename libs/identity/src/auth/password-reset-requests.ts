import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, clientNetwork, RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { escapeHtml, Mailer } from '@app/mail';
import { UserEntity } from '../users/user.entity';
import { normaliseEmail } from './auth.service';
import { PasswordResetEntity } from './password-reset.entity';
import { newSecret, sha256 } from './secrets';
import { SignInThrottle } from './sign-in-throttle.service';

/** What requestPasswordReset answers, whoever asks and whatever the address. */
export const PASSWORD_RESET_REQUEST_ANSWER =
  'If the address is known, we have sent a link to it to choose a new password. The link works once, within 24 hours.';

const RESET_LINK_HOURS = 24;
/** Links mailed to one account in an hour, at most: enough for a lost e-mail, too few to flood an inbox. */
const LINKS_PER_HOUR = 3;

/**
 * Self-service password reset by e-mail: the same one-time links as an ADMIN issues
 * (password_reset, redeemed by resetPassword), sent to the account's address, never shown.
 * The answer is the same for every address, and comes before any mail is looked up or sent, so
 * neither its words nor its timing tell whether the address has an account. Requests count
 * against the sign-in throttle: per client and address (in a name space of their own, so asking
 * for links never blocks signing in), and per client across addresses together with sign-ins.
 */
@Injectable()
export class PasswordResetRequests {
  private readonly logger = new Logger('PasswordResetRequests');

  constructor(
    private readonly db: Database,
    private readonly throttle: SignInThrottle,
    private readonly history: HistoryService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async request(ctx: RequestContext, emailTyped: string): Promise<{ message: string }> {
    const email = normaliseEmail(emailTyped);
    const admission = await this.throttle.admit(ctx, clientNetwork(ctx.clientAddress), `password-reset\n${email}`);
    await this.throttle.failed(ctx, admission);
    // Without e-mail there is nowhere to send a link: an ADMIN issues one instead (the answer says nothing of it).
    if (this.mailer.enabled) {
      void this.mailLink(ctx, email).catch((error: unknown) =>
        this.logger.error(`a password-reset link could not be sent: ${(error as Error).message}`),
      );
    }
    return { message: PASSWORD_RESET_REQUEST_ANSWER };
  }

  /**
   * Keeps a link in the organisation the person joined first (a reset belongs to one; it ends the
   * person's other links wherever they are when used) and mails it. A person in no organisation yet,
   * or with links enough this hour, gets none.
   */
  private async mailLink(ctx: RequestContext, email: string): Promise<void> {
    const user = await this.db.repo(ctx, UserEntity).findOneBy({ email });
    if (!user) return;
    const [first] = await this.db.query<{ organisationId: string }>(
      ctx.across('PASSWORD_RESET_REQUEST'),
      `SELECT organisation_id AS "organisationId" FROM membership WHERE user_id = $1 ORDER BY created_at, organisation_id LIMIT 1`,
      [user.id],
    );
    if (!first) return;
    const there = ctx.within(first.organisationId);
    const token = newSecret();
    const issued = await this.db.transaction(there, async () => {
      const [{ recent }] = await this.db.query<{ recent: number }>(
        there,
        `SELECT count(*)::int AS recent FROM password_reset WHERE organisation_id = $1 AND user_id = $2 AND created_at > now() - interval '1 hour'`,
        [first.organisationId, user.id],
      );
      if (recent >= LINKS_PER_HOUR) return false;
      const resets = this.db.tenant(there, PasswordResetEntity);
      const reset = await resets.save(
        resets.create({
          userId: user.id,
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + RESET_LINK_HOURS * 3600_000),
          usedAt: null,
        }),
      );
      await this.history.record(there, { type: 'PASSWORD_RESET_REQUESTED', payload: { userId: user.id, passwordResetId: reset.id } });
      return true;
    });
    if (!issued) return;
    const url = `${this.config.publicUrl}/password-reset?token=${token}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Choose a new coprod password',
      text: [
        `Hello ${user.displayName},`,
        '',
        'Someone asked for a link to choose a new password for the coprod account of this address.',
        `If it was you, choose one here within ${RESET_LINK_HOURS} hours (the link works once):`,
        url,
        '',
        'If it was not you, you can ignore this e-mail: your password stays as it is.',
        '',
      ].join('\n'),
      html:
        `<!doctype html><html lang="en"><body style="font-family:sans-serif"><p>Hello ${escapeHtml(user.displayName)},</p>` +
        '<p>Someone asked for a link to choose a new password for the coprod account of this address.</p>' +
        `<p>If it was you, <a href="${escapeHtml(url)}">choose a new password</a> within ${RESET_LINK_HOURS} hours (the link works once).</p>` +
        '<p>If it was not you, you can ignore this e-mail: your password stays as it is.</p></body></html>',
    });
  }
}
