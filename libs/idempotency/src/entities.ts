import { IdempotencyKeyEntity } from './idempotency-key.entity';

export const IDEMPOTENCY_ENTITIES = [IdempotencyKeyEntity];
