// The five-step rules of coprod: pure functions and tables, no framework imports.
export * from './steps';
export * from './lifecycle';
export * from './reasons';
export * from './programme-lifecycle';
export * from './gates';
export * from './default-template';
export * from './pilot-lifecycle';
export * from './scaling';
export * from './economics';
export * from './reference-cases';
export * from './pilot-metrics';
export * from './survey-index';
export * from './matching';
export * from './workshop-lifecycle';
export * from './workshop-agendas';
export * from './workshop-outputs';
export * from './workshop-room';
