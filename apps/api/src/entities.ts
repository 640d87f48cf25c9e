import { CALENDAR_ENTITIES } from '@app/calendars';
import { ENGAGEMENT_ENTITIES } from '@app/engagement';
import { GROWTH_ENTITIES } from '@app/growth';
import { HISTORY_ENTITIES } from '@app/history';
import { IDEMPOTENCY_ENTITIES } from '@app/idempotency';
import { IDENTITY_ENTITIES } from '@app/identity';
import { INTEGRATION_ENTITIES } from '@app/integration';
import { MAPPING_ENTITIES } from '@app/mapping';
import { NOTIFICATION_ENTITIES } from '@app/notifications';
import { PEOPLE_ENTITIES } from '@app/people';
import { PILOT_ENTITIES } from '@app/pilots';
import { PROGRAMME_ENTITIES } from '@app/programmes';
import { RISK_ENTITIES } from '@app/risks';
import { SURVEY_ENTITIES } from '@app/surveys';
import { WORKSHOPS_ENTITIES } from '@app/workshops';

/** Every entity of the product, for the data source and the migration check. */
export const ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...HISTORY_ENTITIES,
  ...IDEMPOTENCY_ENTITIES,
  ...PROGRAMME_ENTITIES,
  ...MAPPING_ENTITIES,
  ...PILOT_ENTITIES,
  ...PEOPLE_ENTITIES,
  ...ENGAGEMENT_ENTITIES,
  ...GROWTH_ENTITIES,
  ...SURVEY_ENTITIES,
  ...WORKSHOPS_ENTITIES,
  ...INTEGRATION_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...RISK_ENTITIES,
];
