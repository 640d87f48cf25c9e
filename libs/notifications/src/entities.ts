import { NotificationDigestEntity } from './digests/notification-digest.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationPreferenceEntity, NotificationDigestEntity];
