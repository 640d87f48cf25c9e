import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The first screen's JavaScript budget, gzipped: the entry chunk and everything it imports statically. */
export const FIRST_SCREEN_BUDGET_BYTES = 200 * 1024;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  imports: string[];
  code: string;
}

/** The files a page loads before it can show anything: the entry and its static imports, transitively. */
export function firstScreenFiles(chunks: Map<string, ChunkLike>, entry: ChunkLike): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  return [...seen];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints each page's first-load JavaScript (gzipped) after a build, and fails the build when the
 * client's first screen is over budget: routes are split (src/app/routes.tsx), so growth there
 * means something was imported eagerly that should load with its screen.
 */
export function reportBundleSizes(): Plugin {
  return {
    name: 'coprod-bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkLike);
      const gzipped = new Map([...chunks].map(([file, chunk]) => [file, gzipSync(chunk.code).length]));
      const lines: string[] = [];
      let appFirstScreen = 0;
      for (const entry of [...chunks.values()].filter((chunk) => chunk.isEntry)) {
        const files = firstScreenFiles(chunks, entry);
        const total = files.reduce((sum, file) => sum + (gzipped.get(file) ?? 0), 0);
        if (entry.name === 'app') appFirstScreen = total;
        lines.push(`  ${entry.name}: first screen ${kb(total)} gzipped in ${files.length} file(s)`);
      }
      const lazy = [...chunks.values()]
        .filter((chunk) => !chunk.isEntry)
        .sort((a, b) => gzipped.get(b.fileName)! - gzipped.get(a.fileName)!);
      for (const chunk of lazy.slice(0, 12)) lines.push(`    ${chunk.fileName}: ${kb(gzipped.get(chunk.fileName)!)} gzipped`);
      this.info(`JavaScript sizes (budget for the client's first screen: ${kb(FIRST_SCREEN_BUDGET_BYTES)}):\n${lines.join('\n')}`);
      if (appFirstScreen > FIRST_SCREEN_BUDGET_BYTES) {
        this.error(
          `The client's first screen loads ${kb(appFirstScreen)} of JavaScript gzipped, over the ${kb(FIRST_SCREEN_BUDGET_BYTES)} budget: load more of it lazily`,
        );
      }
    },
  };
}
