import { EventEntity } from '@app/history';
import { IDENTITY_ENTITIES } from '@app/identity';
import { PROGRAMME_ENTITIES } from '@app/programmes';

/** Every entity of the product, for the data source and the migration check. */
export const ENTITIES = [...IDENTITY_ENTITIES, EventEntity, ...PROGRAMME_ENTITIES];
