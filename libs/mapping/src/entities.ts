import { FeedTokenEntity } from './feed/feed-token.entity';
import { InitiativeEntity } from './initiatives/initiative.entity';
import { ServiceAreaEntity } from './service-areas/service-area.entity';

export const MAPPING_ENTITIES = [ServiceAreaEntity, InitiativeEntity, FeedTokenEntity];
