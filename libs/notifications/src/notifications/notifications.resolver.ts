import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, type GqlContext, MembershipCheck, RequestContext, SignedIn, toConnection } from '@app/common';
import { LiveEvents, MISSED_SIGNALS } from '@app/history';
import { MembershipsService } from '@app/identity';
import { Mailer } from '@app/mail';
import { personZone } from '../digests/digest-scheduler';
import { NotificationPreferences } from '../preferences/notification-preferences.model';
import { UpdateNotificationPreferencesInput } from '../preferences/notification-preferences.inputs';
import { NotificationPreferencesService, type Preferences } from '../preferences/notification-preferences.service';
import { MarkNotificationsReadInput } from './notification.inputs';
import type { NotificationEntity } from './notification.entity';
import { Notification, NotificationConnection, NotificationsRead, toNotification } from './notification.model';
import { NotificationsArgs } from './notifications.args';
import { NOTIFICATION_SIGNAL, NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveEvents,
    private readonly membership: MembershipCheck,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your reminders in this organisation, newest first.' })
  @Can(Action.READ)
  async notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs): Promise<Connection<Notification>> {
    const [rows, total] = await this.service.page(ctx, args);
    return toConnection(rows.map(toNotification), total, args);
  }

  @Query(() => Int, { description: 'How many of your reminders in this organisation are unread.' })
  @Can(Action.READ)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => NotificationsRead, { description: 'Marks your reminders read: those named, or all of them in this organisation.' })
  @Can(Action.READ)
  async markNotificationsRead(@Ctx() ctx: RequestContext, @Args('input') input: MarkNotificationsReadInput): Promise<NotificationsRead> {
    const { read, marked } = await this.service.markRead(ctx, input);
    return { notifications: read.map(toNotification), marked, unreadCount: await this.service.unreadCount(ctx) };
  }

  @Subscription(() => Notification, {
    description: 'Your new reminders in this organisation as they are made (graphql-ws; credentials in connectionParams); only yours.',
    resolve: (notification: Notification) => notification,
  })
  @Can(Action.READ)
  notificationAdded(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): AsyncIterableIterator<Notification> {
    const organisationId = ctx.tenantId;
    const userId = ctx.userId;
    // Membership is checked again for every notification, as for history's live events.
    const signals = this.live.streamPersonal(organisationId, userId, NOTIFICATION_SIGNAL, () =>
      this.membership.stillMember(gql.credentials, organisationId),
    );
    const reader = RequestContext.system(ctx.requestId).within(organisationId);
    const notifications = this.service;
    // What this stream handed over, so that a re-read after the live connection was lost adds only
    // the rest; the ids a signal names are the same rows a re-read finds.
    const delivered = new Set<string>();
    const openedAt = new Date();
    const waiting: NotificationEntity[] = [];
    const stream: AsyncIterableIterator<Notification> = {
      async next() {
        for (;;) {
          const row = waiting.shift();
          if (row) {
            if (delivered.has(row.id)) continue;
            delivered.add(row.id);
            return { value: toNotification(row), done: false };
          }
          const signal = await signals.next();
          if (signal.done) return signal;
          if (signal.value.kind === MISSED_SIGNALS) {
            // A notification is stamped when its transaction began, which may be a little before it
            // committed: re-read from a minute before the loss, but nothing from before this stream.
            const since = new Date(Math.max(openedAt.getTime(), new Date(signal.value.id).getTime() - 60_000));
            waiting.push(...(await notifications.madeSince(reader, userId, since)));
            continue;
          }
          const found = await notifications.byId(reader, userId, signal.value.id);
          if (found) waiting.push(found);
        }
      },
      return: () => signals.return!() as Promise<IteratorResult<Notification>>,
      throw: (error?: unknown) => signals.throw!(error) as Promise<IteratorResult<Notification>>,
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }
}

@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  constructor(
    private readonly preferences: NotificationPreferencesService,
    private readonly memberships: MembershipsService,
    private readonly mailer: Mailer,
  ) {}

  @Query(() => NotificationPreferences, { description: 'What you hear about and when (yours, whichever organisation you act in).' })
  @SignedIn()
  async notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.view(ctx, await this.preferences.get(ctx, ctx.userId));
  }

  @Mutation(() => NotificationPreferences, { description: 'Changes what you hear about and when; what you leave out stays as it was.' })
  @SignedIn()
  async updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return this.view(ctx, await this.preferences.update(ctx, ctx.userId, input));
  }

  private async view(ctx: RequestContext, preferences: Preferences): Promise<NotificationPreferences> {
    const memberships = await this.memberships.membersInZones(ctx.across('MY_ORGANISATIONS'), preferences.userId);
    return {
      digestEmail: preferences.digestEmail,
      kinds: preferences.kinds,
      sendHour: preferences.sendHour,
      timeZone: preferences.timeZone,
      effectiveTimeZone: personZone(preferences, memberships),
      emailAvailable: this.mailer.enabled,
      unsubscribedAt: preferences.unsubscribedAt,
    };
  }
}
