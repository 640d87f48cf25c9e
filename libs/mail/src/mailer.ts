import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { AppConfig } from '@app/common';

/** One e-mail: always a plain-text body and a simple HTML one beside it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An address that stops this kind of mail in one click (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
}

/**
 * Sends e-mail through the SMTP server SMTP_URL names (nodemailer). Without SMTP_URL e-mail is
 * off: `enabled` is false and nothing calls `send`; what the product does without it is each
 * caller's to say (reminders stay in the app, reset links come from an ADMIN).
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  /** Made with the first message: nodemailer takes about 12 MB loaded, which a server that sends none never needs. */
  private transport: Promise<Transporter> | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.mail.smtpUrl;
  }

  /** Hands the message to the SMTP server; rejects when the server refuses it or cannot be reached. */
  async send(message: MailMessage): Promise<void> {
    const url = this.config.mail.smtpUrl;
    if (!url) throw new Error('E-mail is off: SMTP_URL is not set');
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
    );
    const transport = await this.transport;
    const headers: Record<string, string> = {};
    if (message.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${message.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await transport.sendMail({
      from: this.config.mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const transport = await this.transport?.catch(() => null);
    transport?.close();
  }

  /** Sends without waiting, logging a failure (never the address): for mail whose sending must not show in the answer's timing. */
  sendInBackground(message: MailMessage, what: string): void {
    this.send(message).catch((error: unknown) => this.logger.error(`${what} could not be sent: ${(error as Error).message}`));
  }
}

/** Text made safe to put in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
