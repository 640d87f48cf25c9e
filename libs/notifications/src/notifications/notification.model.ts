import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@app/common';
import { NotificationKind } from './notification-kind';
import type { NotificationEntity } from './notification.entity';

@ObjectType({ description: 'A reminder for you in this organisation: the same items as your daily digest.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: "The task's or workshop's title, or the step's name." })
  title: string;

  @Field({ description: "The programme's name, or the workshop's place (empty when it has none)." })
  context: string;

  @Field(() => ID, { description: 'The task, programme step or workshop it is about.' })
  subjectId: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "The task's due date or the step's target date." })
  dueOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When the workshop starts.' })
  startsAt: Date | null;

  @Field(() => LocalDateScalar, { description: 'Your own date (in your time zone) the reminder was made for.' })
  forDate: string;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

export function toNotification(row: NotificationEntity): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    context: row.context,
    subjectId: row.subjectId,
    programmeId: row.programmeId,
    dueOn: row.dueOn,
    startsAt: row.startsAt,
    forDate: row.forDate,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

@ObjectType({ description: 'What was marked read, and how many stay unread.' })
export class NotificationsRead {
  @Field(() => [Notification], { description: 'The notifications now read (all of them when every one was asked for: empty).' })
  notifications: Notification[];

  @Field(() => Int, { description: 'How many were marked read by this call.' })
  marked: number;

  @Field(() => Int)
  unreadCount: number;
}
