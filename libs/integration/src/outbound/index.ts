export * from './webhook-http';
export * from './webhook-url';
