import { Module } from '@nestjs/common';
import { IdempotencyExpiry } from './idempotency-expiry';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRequests } from './idempotent-requests';

/**
 * Safe retries of GraphQL mutations with an Idempotency-Key. The app registers
 * `IdempotencyInterceptor` as a global interceptor before its transaction interceptor.
 */
@Module({
  providers: [IdempotencyStore, IdempotentRequests, IdempotencyInterceptor, IdempotencyExpiry],
  exports: [IdempotencyInterceptor, IdempotencyStore],
})
export class IdempotencyModule {}
