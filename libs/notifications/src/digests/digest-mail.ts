import { escapeHtml, type MailMessage } from '@app/mail';
import { NotificationKind } from '../notifications/notification-kind';
import type { NewNotification } from '../notifications/notifications.service';

/** One organisation's part of a digest. */
export interface DigestSection {
  organisationName: string;
  items: NewNotification[];
}

export interface DigestInput {
  to: string;
  displayName: string;
  /** The person's zone and today there (YYYY-MM-DD). */
  zone: string;
  today: string;
  sections: DigestSection[];
  appUrl: string;
  unsubscribeUrl: string;
}

const HEADINGS: Record<NotificationKind, string> = {
  [NotificationKind.TASK_OVERDUE]: 'Overdue tasks',
  [NotificationKind.TASK_DUE_TOMORROW]: 'Tasks due tomorrow',
  [NotificationKind.STEP_PAST_TARGET]: 'Steps past their target date',
  [NotificationKind.WORKSHOP_TOMORROW]: 'Workshops tomorrow',
};
const ORDER = [
  NotificationKind.TASK_OVERDUE,
  NotificationKind.TASK_DUE_TOMORROW,
  NotificationKind.STEP_PAST_TARGET,
  NotificationKind.WORKSHOP_TOMORROW,
];

function day(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

function time(moment: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(moment);
}

/** One line about an item, in plain words. */
export function describeItem(item: NewNotification, zone: string): string {
  switch (item.kind) {
    case NotificationKind.TASK_OVERDUE:
      return `${item.title} (${item.context}): was due ${day(item.dueOn!)}`;
    case NotificationKind.TASK_DUE_TOMORROW:
      return `${item.title} (${item.context})`;
    case NotificationKind.STEP_PAST_TARGET:
      return `${item.title} of ${item.context}: its target was ${day(item.dueOn!)}`;
    case NotificationKind.WORKSHOP_TOMORROW:
      return `${item.title} at ${time(item.startsAt!, zone)}${item.context ? `, ${item.context}` : ''}`;
  }
}

/** The daily digest as e-mail: plain text and simple HTML saying the same, with the one-click unsubscribe link. */
export function digestMail(input: DigestInput): MailMessage {
  const count = input.sections.reduce((n, s) => n + s.items.length, 0);
  const subject = `Your coprod reminders for ${day(input.today)}: ${count} ${count === 1 ? 'item' : 'items'}`;
  const text: string[] = [`Hello ${input.displayName},`, '', `Here is what needs you, as of ${day(input.today)}.`];
  const html: string[] = [
    `<p>Hello ${escapeHtml(input.displayName)},</p>`,
    `<p>Here is what needs you, as of ${escapeHtml(day(input.today))}.</p>`,
  ];
  for (const section of input.sections) {
    if (!section.items.length) continue;
    text.push('', section.organisationName.toUpperCase());
    html.push(`<h2 style="font-size:1.1em">${escapeHtml(section.organisationName)}</h2>`);
    for (const kind of ORDER) {
      const items = section.items.filter((item) => item.kind === kind);
      if (!items.length) continue;
      text.push('', HEADINGS[kind]);
      html.push(`<h3 style="font-size:1em">${HEADINGS[kind]}</h3>`, '<ul>');
      for (const item of items) {
        const line = describeItem(item, input.zone);
        text.push(`- ${line}`);
        html.push(`<li>${escapeHtml(line)}</li>`);
      }
      html.push('</ul>');
    }
  }
  text.push(
    '',
    `Open coprod: ${input.appUrl}`,
    '',
    'You receive this once a day because reminders by e-mail are on in your notification settings.',
    `Stop these e-mails: ${input.unsubscribeUrl}`,
  );
  html.push(
    `<p><a href="${escapeHtml(input.appUrl)}">Open coprod</a></p>`,
    '<p style="color:#555;font-size:0.9em">You receive this once a day because reminders by e-mail are on in your notification settings. ' +
      `<a href="${escapeHtml(input.unsubscribeUrl)}">Stop these e-mails</a>.</p>`,
  );
  return {
    to: input.to,
    subject,
    text: text.join('\n') + '\n',
    html: `<!doctype html><html lang="en"><body style="font-family:sans-serif">${html.join('\n')}</body></html>`,
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
