import { registerEnumType } from '@nestjs/graphql';

/** What a reminder is about. */
export enum NotificationKind {
  TASK_DUE_TOMORROW = 'TASK_DUE_TOMORROW',
  TASK_OVERDUE = 'TASK_OVERDUE',
  STEP_PAST_TARGET = 'STEP_PAST_TARGET',
  WORKSHOP_TOMORROW = 'WORKSHOP_TOMORROW',
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a reminder is about.',
  valuesMap: {
    TASK_DUE_TOMORROW: { description: 'A task assigned to you, not done, due tomorrow.' },
    TASK_OVERDUE: { description: 'A task assigned to you, not done, whose due date has passed.' },
    STEP_PAST_TARGET: {
      description: 'A step of a programme you own (or a step you own) past its target date, while you are an ADMIN or PROGRAMME_MANAGER.',
    },
    WORKSHOP_TOMORROW: { description: 'A planned workshop tomorrow that you facilitate or are on the attendee list of.' },
  },
});
