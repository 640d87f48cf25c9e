export * from './data-source';
export * from './database';
export * from './database.module';
export * from './query-counter';
export * from './pglite/data-folder-lock';
export * from './pglite/data-folder-permissions';
export * from './pglite/reentrant-lock';
export * from './versioned';
