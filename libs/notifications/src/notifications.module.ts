import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { MailModule } from '@app/mail';
import { ProgrammeRemindersModule } from '@app/programmes';
import { WorkshopRemindersModule } from '@app/workshops';
import { DigestScheduler } from './digests/digest-scheduler';
import { Reminders } from './digests/reminders';
import { FormBodyParser, UnsubscribeController } from './digests/unsubscribe.controller';
import { NotificationPreferencesResolver, NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

const MAKING = [NotificationsService, NotificationPreferencesService, Reminders, DigestScheduler];
const IMPORTS = [IdentityModule, MailModule, ProgrammeRemindersModule, WorkshopRemindersModule];

/** Reminders: in-app notifications (live), each person's settings, the daily digest and its unsubscribe link. */
@Module({
  imports: IMPORTS,
  controllers: [UnsubscribeController],
  providers: [...MAKING, NotificationsResolver, NotificationPreferencesResolver, FormBodyParser],
  exports: [NotificationsService, DigestScheduler],
})
export class NotificationsModule {}

/** Only the making of digests, for apps/worker: no GraphQL, no HTTP. */
@Module({ imports: IMPORTS, providers: MAKING, exports: [DigestScheduler] })
export class DigestModule {}
