// Jest runs as native ESM (Nest 12 ships ESM only); ts-jest only transpiles, `npm run typecheck` type-checks.
const libs = [
  'calendars',
  'common',
  'database',
  'documents',
  'engagement',
  'growth',
  'history',
  'http',
  'identity',
  'integration',
  'mail',
  'mapping',
  'notifications',
  'people',
  'pilots',
  'programmes',
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
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testSequencer: '<rootDir>/test/support/sequencer.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
