export * from './destination-policy';
export * from './host-resolver';
export * from './webhook-http';
