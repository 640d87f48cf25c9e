export * from './entities';
export * from './idempotency-key';
export * from './idempotency-key.entity';
export * from './idempotency-store';
export * from './keyed-mutations';
export * from './idempotency.module';
export * from './kept-answers';
