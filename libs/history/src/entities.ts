import { EventSequenceEntity } from './event-sequence.entity';
import { EventEntity } from './event.entity';

export const HISTORY_ENTITIES = [EventEntity, EventSequenceEntity];
