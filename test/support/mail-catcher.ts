import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail received, parsed, with who it was for (the envelope's recipients). */
export interface CaughtMail {
  to: string[];
  mail: ParsedMail;
}

/**
 * An SMTP server on 127.0.0.1 that keeps every message it is sent, parsed, for tests to read
 * (no TLS, no authentication: SMTP_URL=smtp://127.0.0.1:<port>).
 */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ParsedMail[] {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase())).map((m) => m.mail);
  }

  /** Resolves with the mails to `address` once there are `count` of them; fails after `ms`. */
  async waitFor(address: string, count = 1, ms = 10_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + ms;
    while (this.to(address).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${count} mail(s) to ${address} did not arrive within ${ms} ms (got ${this.to(address).length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.to(address);
  }
}
