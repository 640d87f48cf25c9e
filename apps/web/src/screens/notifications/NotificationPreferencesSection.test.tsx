import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { NotificationPreferencesSection } from './NotificationPreferencesSection';
import { NOTIFICATION_PREFERENCES, UPDATE_NOTIFICATION_PREFERENCES } from './operations';

const SAVED = {
  __typename: 'NotificationPreferences',
  digestEmail: true,
  kinds: ['TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'STEP_PAST_TARGET', 'WORKSHOP_TOMORROW'],
  sendHour: 8,
  timeZone: null,
  effectiveTimeZone: 'Europe/London',
  emailAvailable: true,
};
const read = (preferences: object) => ({
  request: { query: NOTIFICATION_PREFERENCES },
  result: { data: { notificationPreferences: preferences } },
});

describe('NotificationPreferencesSection', () => {
  it('saves the e-mail, the kinds, the hour and the zone, using only the keyboard', async () => {
    const input = {
      digestEmail: false,
      kinds: ['TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'WORKSHOP_TOMORROW'],
      sendHour: 7,
      timeZone: 'Pacific/Auckland',
    };
    const after = { ...SAVED, ...input, effectiveTimeZone: 'Pacific/Auckland' };
    renderScreen(<NotificationPreferencesSection />, {
      path: '/account',
      organisation: null,
      mocks: [
        read(SAVED),
        {
          request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input } },
          result: { data: { updateNotificationPreferences: after } },
        },
        read(after),
      ],
    });
    const email = await screen.findByRole('checkbox', { name: 'Send me the daily digest by email' });
    expect(email).toBeChecked();
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription('Reminders count today and tomorrow here. Now: Europe/London.');
    email.focus();
    await userEvent.keyboard(' ');
    screen.getByRole('checkbox', { name: 'Step past its target date' }).focus();
    await userEvent.keyboard(' ');
    await userEvent.selectOptions(screen.getByLabelText('Hour of the day'), '07:00');
    await userEvent.selectOptions(screen.getByLabelText('Time zone'), 'Pacific/Auckland');
    screen.getByRole('button', { name: 'Save reminder settings' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('Reminder settings saved.')).toBeInTheDocument());
  });

  it('shows the API’s refusal at the field it names, and says when the server sends no email', async () => {
    const saved = { ...SAVED, digestEmail: false, emailAvailable: false };
    const input = { digestEmail: false, kinds: SAVED.kinds, sendHour: 8, timeZone: null };
    renderScreen(<NotificationPreferencesSection />, {
      path: '/account',
      organisation: null,
      mocks: [
        read(saved),
        {
          request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Invalid input.sendHour', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.sendHour', message: 'must be a whole hour from 0 to 23' }] },
              }),
            ],
          },
        },
      ],
    });
    const email = await screen.findByRole('checkbox', { name: 'Send me the daily digest by email' });
    expect(email).toBeDisabled();
    expect(screen.getByText('This server sends no email, so your reminders appear in the app only.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(() => expect(screen.getByLabelText('Hour of the day')).toHaveAccessibleDescription(/whole hour from 0 to 23/i));
  });
});
