import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
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
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport({ url: config.mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Hands the message to the SMTP server; rejects when the server refuses it or cannot be reached. */
  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('E-mail is off: SMTP_URL is not set');
    const headers: Record<string, string> = {};
    if (message.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${message.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
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
