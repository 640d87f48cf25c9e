import { graphql } from '../../gql';

// Reminders (libs/notifications): the bell's count and list, kept live by notificationAdded, and
// each person's settings on the account page.

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const RECENT_NOTIFICATIONS = graphql(`
  query RecentNotifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          title
          context
          dueOn
          startsAt
          readAt
        }
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
      notifications {
        id
        readAt
      }
    }
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
    }
  }
`);

/** A person's reminder settings, read and answered alike. */
export const NOTIFICATION_PREFERENCE_FIELDS = graphql(`
  fragment NotificationPreferenceFields on NotificationPreferences {
    digestEmail
    kinds
    sendHour
    timeZone
    effectiveTimeZone
    emailAvailable
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferenceFields
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationPreferenceFields
    }
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);
