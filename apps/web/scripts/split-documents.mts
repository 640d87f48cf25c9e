import { readFileSync, statSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL = '\0coprod-gql-document:';
/** What the babel optimizer writes for each graphql(`…`) call (vite.config.mts). */
const IMPORT = /import\s*\{\s*(\w+(?:Document|FragmentDoc))\s*\}\s*from\s*["'][^"']*\/gql\/graphql(?:\.ts)?["'];?/g;
/** One document in src/gql/graphql.ts: codegen writes each on one line. */
const DOCUMENT = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Gives each GraphQL document a module of its own. The babel optimizer imports a screen's
 * documents from src/gql/graphql.ts, one module holding every document of the app, and a module
 * is never split between chunks: the whole of it landed in the first screen (scripts/bundle-sizes.mts),
 * growing it with every screen's operations. Here each import of a document names a module holding
 * just that document (its fragments are inlined by codegen), so it loads with the screen using it.
 */
export function splitDocuments(graphqlFile: string): Plugin {
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;
  const documents = () => {
    const { mtimeMs } = statSync(graphqlFile);
    if (cache?.mtimeMs !== mtimeMs) {
      const text = readFileSync(graphqlFile, 'utf8');
      cache = { mtimeMs, documents: new Map([...text.matchAll(DOCUMENT)].map((m) => [m[1], m[2]])) };
    }
    return cache.documents;
  };
  return {
    name: 'coprod-split-documents',
    enforce: 'post',
    transform(code, id) {
      if (id.startsWith('\0') || id.includes('/node_modules/') || !code.includes('/gql/graphql')) return null;
      const known = documents();
      const rewritten = code.replace(IMPORT, (whole, name: string) =>
        known.has(name) ? `import { ${name} } from ${JSON.stringify(VIRTUAL + name)};` : whole,
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      this.addWatchFile(graphqlFile);
      const name = id.slice(VIRTUAL.length);
      const document = documents().get(name);
      if (!document) this.error(`${name} is not in ${graphqlFile}: run npm run codegen`);
      return `export const ${name} = ${document};\n`;
    },
  };
}
