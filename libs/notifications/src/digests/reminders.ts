import { Injectable } from '@nestjs/common';
import { type RequestContext, Role } from '@app/common';
import { ProgrammeReminders } from '@app/programmes';
import { WorkshopReminders } from '@app/workshops';
import { STEP_INFO } from '@app/workflow';
import { NotificationKind } from '../notifications/notification-kind';
import type { NewNotification } from '../notifications/notifications.service';

/** The roles that move a programme's steps, and so hear when one is past its target date. */
export const STEP_DRIVERS: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];

/** Whose day it is, and what they want to hear about. */
export interface ReminderDay {
  userId: string;
  role: Role;
  /** The person's zone (IANA) and their today and tomorrow in it. */
  zone: string;
  today: string;
  tomorrow: string;
  kinds: readonly NotificationKind[];
}

/**
 * One person's reminders in one organisation (`ctx` within it), read from the owners of what they
 * are about: programmes (tasks, steps) and workshops.
 */
@Injectable()
export class Reminders {
  constructor(
    private readonly programmes: ProgrammeReminders,
    private readonly workshops: WorkshopReminders,
  ) {}

  async gather(ctx: RequestContext, day: ReminderDay): Promise<NewNotification[]> {
    const wants = (kind: NotificationKind) => day.kinds.includes(kind);
    const items: NewNotification[] = [];
    if (wants(NotificationKind.TASK_OVERDUE) || wants(NotificationKind.TASK_DUE_TOMORROW)) {
      for (const task of await this.programmes.tasksFor(ctx, day.userId, day.today, day.tomorrow)) {
        const kind = task.overdue ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE_TOMORROW;
        if (!wants(kind)) continue;
        items.push({
          kind,
          subjectId: task.taskId,
          programmeId: task.programmeId,
          title: task.title,
          context: task.programmeName,
          dueOn: task.dueDate,
          startsAt: null,
        });
      }
    }
    if (wants(NotificationKind.STEP_PAST_TARGET) && STEP_DRIVERS.includes(day.role)) {
      for (const step of await this.programmes.stepsPastTarget(ctx, day.userId, day.today)) {
        items.push({
          kind: NotificationKind.STEP_PAST_TARGET,
          subjectId: step.stepId,
          programmeId: step.programmeId,
          title: STEP_INFO[step.step].name,
          context: step.programmeName,
          dueOn: step.targetDate,
          startsAt: null,
        });
      }
    }
    if (wants(NotificationKind.WORKSHOP_TOMORROW)) {
      for (const workshop of await this.workshops.workshopsOn(ctx, day.userId, day.tomorrow, day.zone)) {
        items.push({
          kind: NotificationKind.WORKSHOP_TOMORROW,
          subjectId: workshop.workshopId,
          programmeId: workshop.programmeId,
          title: workshop.title,
          context: workshop.place ?? '',
          dueOn: null,
          startsAt: new Date(workshop.startsAt),
        });
      }
    }
    return items;
  }
}
