import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '../notifications/notification-kind';

@ObjectType({ description: 'What you hear about and when: yours, the same in every organisation you belong to.' })
export class NotificationPreferences {
  @Field({ description: 'Whether the daily digest comes by e-mail (reminders are in the app either way).' })
  digestEmail: boolean;

  @Field(() => [NotificationKind], { description: 'The kinds of reminder you receive, in the app and in the digest.' })
  kinds: NotificationKind[];

  @Field(() => Int, { description: 'The hour of your day (0–23) the digest is made, in your time zone.' })
  sendHour: number;

  @Field(() => String, { nullable: true, description: 'Your IANA time zone; null: that of the organisation you joined first.' })
  timeZone: string | null;

  @Field({ description: 'The time zone your reminders use: yours, or else that of the organisation you joined first (UTC if none).' })
  effectiveTimeZone: string;

  @Field({ description: 'Whether this server sends e-mail at all (SMTP_URL). Without it the digest stays in the app.' })
  emailAvailable: boolean;

  @Field(() => Date, { nullable: true, description: "When an e-mail's unsubscribe link last turned the digest off." })
  unsubscribedAt: Date | null;
}
