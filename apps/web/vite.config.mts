import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { reportBundleSizes } from './scripts/bundle-sizes.mjs';
import { splitDocuments } from './scripts/split-documents.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API in development (`npm start` in another terminal); the dev server forwards to it. */
const api = process.env.COPROD_API_URL ?? 'http://localhost:3000';

/** Paths the API answers; everything else is the client's (see apps/api/src/web/web-client.ts). */
const apiPaths = ['/graphql', '/health', '/feeds', '/responses', '/imports', '/exports'];

export default defineConfig({
  root,
  plugins: [
    // graphql(`…`) calls become imports of their own documents, so a screen's chunk carries only its
    // operations rather than src/gql/gql.ts's table of every operation.
    react({ babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: `${root}src/gql`, gqlTagName: 'graphql' }]] } }),
    // …and each of those documents is a module of its own, not the one table of every document.
    splitDocuments(`${root}src/gql/graphql.ts`),
    reportBundleSizes(),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Two pages: the client, and GraphiQL (served by the API at GET /graphql).
    rolldownOptions: {
      input: { app: `${root}index.html`, graphiql: `${root}graphiql.html` },
      onwarn(warning, warn) {
        // GraphiQL's React Compiler runtime marks itself "use no memo"; bundling drops the hint harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
    // GraphiQL's page is large by nature; the client's first screen has its own budget (scripts/bundle-sizes.mts).
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: api, ws: path === '/graphql' }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Test files share a worker's module graph instead of each loading React, Apollo and the i18n
    // tables anew: about 5 times faster (48 s against 239 s on a busy machine), with the same 225
    // tests passing. src/test/setup.ts unmounts and clears storage after every test; a file must not
    // depend on module state another left behind (none uses vi.mock).
    isolate: false,
    // A screen's test types and clicks through a whole task in jsdom: on a loaded two-core CI
    // machine one took over Vitest's default 5 s. A slow test still fails, at 15 s.
    testTimeout: 15_000,
  },
});
