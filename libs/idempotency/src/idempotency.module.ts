import { Module } from '@nestjs/common';
import { IdempotencyExpiry } from './idempotency-expiry';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

/**
 * Safe retries of GraphQL mutations with an Idempotency-Key. The app's transaction interceptor
 * calls `IdempotencyInterceptor` for mutation fields, around their transaction.
 */
@Module({
  providers: [IdempotencyStore, IdempotentRequests, IdempotencyInterceptor, IdempotencyExpiry],
  exports: [IdempotencyInterceptor, IdempotencyStore],
})
export class IdempotencyModule {}
