import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** E-mail over SMTP (SMTP_URL, MAIL_FROM). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
