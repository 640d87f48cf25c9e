// Typed operations from the committed schema: `npm run codegen` rewrites src/gql/ (committed);
// src/gql/codegen.test.ts fails when it is stale against schema.graphql or the operations.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const repository = fileURLToPath(new URL('../..', import.meta.url));

const config: CodegenConfig = {
  schema: `${repository}schema.graphql`,
  documents: [`${repository}apps/web/src/**/*.{ts,tsx}`, `!${repository}apps/web/src/gql/**`],
  ignoreNoDocuments: false,
  generates: {
    [`${repository}apps/web/src/gql/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
