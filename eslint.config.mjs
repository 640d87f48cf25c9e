// ESLint: rules that catch defects (typescript-eslint), and the layers of ARCHITECTURE.md
// ("Layers: what may import what") as import boundaries. Style is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * What each library may import, besides itself: ARCHITECTURE.md's table, one line a library.
 * Anything not listed is refused, so a new library must be added here before it can import anything.
 */
export const layers = {
  // 0, pure
  workflow: [],
  common: [],
  // plain HTTP, just above common
  http: ['common'],
  // 1, storage; 2, record
  database: ['common'],
  // e-mail over SMTP, beside storage
  mail: ['common'],
  history: ['common', 'database'],
  // safe retries: Idempotency-Keys and their answers, beside the record
  idempotency: ['common', 'database'],
  // 3, who; 4, the workflow
  identity: ['workflow', 'common', 'http', 'database', 'history', 'mail'],
  programmes: ['workflow', 'common', 'http', 'database', 'history', 'identity'],
  // 5, features, in order: an earlier feature only
  mapping: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes'],
  pilots: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'mapping'],
  people: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'pilots'],
  engagement: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'mapping', 'pilots'],
  growth: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'mapping', 'pilots'],
  surveys: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'mapping'],
  workshops: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'mapping', 'pilots', 'people'],
  // printed documents, from what the features hold: the last of them
  documents: [
    'workflow',
    'common',
    'http',
    'database',
    'history',
    'identity',
    'programmes',
    'mapping',
    'pilots',
    'people',
    'growth',
    'surveys',
    'workshops',
  ],
  // calendar links: the dates of programmes and workshops, read through their services
  calendars: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'programmes', 'workshops'],
  // integration with intranets: webhooks from history's outbox; it reads no feature
  integration: ['common', 'http', 'database', 'history', 'identity'],
  // reminders, digests and in-app notifications, from what programmes and workshops hold
  notifications: ['workflow', 'common', 'http', 'database', 'history', 'identity', 'mail', 'programmes', 'workshops'],
  // conflict and risk: a programme's register, its decisions and its "you said, we did" page, which reads what they
  // answer (workshop outputs, surveys, initiatives) through their owners' services: after workshops, like documents
  risks: [
    'workflow',
    'common',
    'http',
    'database',
    'history',
    'identity',
    'programmes',
    'mapping',
    'pilots',
    'engagement',
    'surveys',
    'workshops',
    'documents',
  ],
};

const libraries = Object.keys(layers);
const sourceFiles = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];
const layeredFiles = ['apps/**/*.{ts,tsx,mts}', 'libs/**/*.ts', 'test/**/*.ts'];

/** Another library's public face: its index.ts, as `@app/<library>` resolves (tsconfig.json's paths). */
const publicFace = (library) => ({ element: { type: library, fileInternalPath: 'src/index.ts' } });

/**
 * The import boundaries alone, without type information: the lint test (test/lint) runs these on fixtures.
 * Files are placed by path: libs/<name> is that library, apps/api the server, apps/web the browser client,
 * test/ the end-to-end suites, and specs (`*.spec.ts`) are tests wherever they sit.
 */
export const boundariesConfig = [
  {
    files: layeredFiles,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        ...libraries.map((library) => ({ type: library, pattern: `libs/${library}`, partialMatch: false })),
        { type: 'api', pattern: 'apps/api', partialMatch: false },
        { type: 'worker', pattern: 'apps/worker', partialMatch: false },
        { type: 'web', pattern: 'apps/web', partialMatch: false },
        { type: 'test', pattern: 'test', partialMatch: false },
      ],
      // The first pattern a file matches is its category: a spec, or the source it tests.
      'boundaries/files': [
        { category: 'spec', pattern: '**/*.spec.ts' },
        { category: 'source', pattern: '**/*' },
      ],
      'boundaries/files-single-match': true,
      // Resolves `@app/<library>` through tsconfig.json's paths, so the rules see the file an alias leads to.
      'import/resolver': {
        typescript: { project: ['tsconfig.json', 'apps/web/tsconfig.json'], noWarnOnMultipleProjects: true },
        node: true,
      },
      'boundaries/legacy-warnings': false,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Check packages too (the pure rules import none), and local files outside every element (a library
          // importing a script is refused); imports within one element are free.
          checkAllOrigins: true,
          checkUnknownLocals: true,
          message:
            '{{ from.element.path }} may not import \'{{ dependency.source }}\' (ARCHITECTURE.md, "Layers: what may import what": ' +
            'only the layers below, through @app/<library>, never apps/*)',
          policies: [
            // Packages and Node's own modules: the layers are about our code.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            // A library: the libraries below it, through their index.ts only.
            ...libraries
              .filter((library) => layers[library].length > 0)
              .map((library) => ({ from: { element: { type: library } }, allow: { to: layers[library].map(publicFace) } })),
            // The server: every library, through their index.ts.
            { from: { element: { type: 'api' } }, allow: { to: libraries.map(publicFace) } },
            // The worker: the libraries it runs, through their index.ts.
            { from: { element: { type: 'worker' } }, allow: { to: libraries.map(publicFace) } },
            // The browser client shares only the pure rules: libs/workflow, and the policy table of libs/common
            // (it offers a role only what the server will allow).
            {
              from: { element: { type: 'web' } },
              allow: {
                to: [
                  { element: { type: 'workflow', fileInternalPath: 'src/**' } },
                  { element: { type: 'common', fileInternalPath: 'src/policy.ts' } },
                ],
              },
            },
            // The end-to-end suites reach whatever they check (the server, a service's internals);
            // a spec beside the code keeps to its library's layer and may use the test support (test/support).
            { from: { element: { type: 'test' } }, allow: { to: { element: { types: '*' } } } },
            { from: { file: { categories: 'spec' } }, allow: { to: { element: { type: 'test' } } } },
            // The rules stay pure (no framework, no database, nothing Node-only), so the browser client can share them.
            {
              from: { element: { type: 'workflow' }, file: { categories: 'source' } },
              disallow: { to: { module: { origin: ['external', 'core'] } } },
              message: "libs/workflow is pure TypeScript: it may not import the package '{{ dependency.source }}'",
            },
          ],
        },
      ],
    },
  },
];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'data/**',
      'test-results/**',
      // Generated by `npm run codegen`.
      'apps/web/src/gql/**',
    ],
  },
  // A suppression that no longer suppresses anything is removed, so the ones left each mean something.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { files: sourceFiles, ...js.configs.recommended },
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore says "deliberately unused" (a callback's place-holder argument); `...rest` omits fields.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware rules where a promise left unawaited is a defect: an error nobody sees, a write after the response.
    files: layeredFiles,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // React Router's navigate() returns a promise only under a data router, which the web client does not use.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'NavigateFunction', package: 'react-router' }] },
      ],
      // JSX handlers may be async: React ignores what they return, and each handles its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // The suites read GraphQL answers as untyped JSON: `any` there is the honest type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Node scripts (bench, scripts, configs); a .cjs file is CommonJS, so require() is its import.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  boundariesConfig,
);
