import { Module } from '@nestjs/common';
import { IdempotencyExpiry } from './idempotency-expiry';
import { KeyedMutations } from './keyed-mutations';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

/**
 * Safe retries of GraphQL mutations with an Idempotency-Key. The app's transaction interceptor
 * calls `KeyedMutations` for mutation fields, around their transaction.
 */
@Module({
  providers: [IdempotencyStore, IdempotentRequests, KeyedMutations, IdempotencyExpiry],
  exports: [KeyedMutations, IdempotencyStore],
})
export class IdempotencyModule {}
