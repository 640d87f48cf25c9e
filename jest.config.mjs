// Jest runs as native ESM (Nest 12 ships ESM only); SWC only transpiles, `npm run typecheck` type-checks.
const libs = [
  'calendars',
  'common',
  'database',
  'documents',
  'engagement',
  'growth',
  'history',
  'http',
  'idempotency',
  'identity',
  'integration',
  'mail',
  'mapping',
  'notifications',
  'people',
  'pilots',
  'programmes',
  'risks',
  'surveys',
  'workflow',
  'workshops',
];
const aliases = Object.fromEntries(
  libs.flatMap((lib) => [
    [`^@app/${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`],
    [`^@app/${lib}/(.*?)(?:\\.js)?$`, `<rootDir>/libs/${lib}/src/$1`],
  ]),
);

export default {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // apps/web has its own runner (Vitest, apps/web/vite.config.mts).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/', '<rootDir>/dist/'],
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  moduleNameMapper: { ...aliases, '^(\\.{1,2}/.*)\\.js$': '$1' },
  // SWC transpiles as tsc would (tsconfig.json: legacy decorators with their metadata, which Nest,
  // TypeORM and class-validator read; class fields assigned, not defined) about 15 times faster than
  // ts-jest, which counts in CI, where every run starts with no transform cache.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2023',
          keepClassNames: true,
        },
        sourceMaps: 'inline',
      },
    ],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testSequencer: '<rootDir>/test/support/sequencer.mjs',
  testTimeout: 60000,
  // Three workers on a two-core machine: a worker waits on its embedded database, on Chromium or on
  // timers for part of each file, and the embedded run measured 10% faster with three than with two
  // (no change on PostgreSQL). Tests leave some memory behind in a worker (each file's modules and
  // database); past 2 GB a worker is replaced between files rather than slowing down in its GC.
  maxWorkers: 3,
  workerIdleMemoryLimit: '2GB',
};
