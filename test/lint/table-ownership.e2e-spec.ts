import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * "Each library owns its tables" (ARCHITECTURE.md): a table belongs to the library that declares
 * its entity, and SQL written in any other library may not name it; that library's exported
 * services are the way in. The import boundaries stop a library from importing another's
 * internals, but not from writing its table's name in a string; this reads the strings.
 * Migrations (libs/database) create every table and are outside the rule.
 */
const root = process.cwd();
const libs = join(root, 'libs');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = readdirSync(libs).flatMap((lib) =>
  sources(join(libs, lib, 'src')).map((path) => ({ lib, path, text: readFileSync(path, 'utf8') })),
);

/** Table → the library whose entity declares it. */
const owners = new Map(files.flatMap(({ lib, text }) => [...text.matchAll(/@Entity\(\s*'(\w+)'/g)].map((m) => [m[1], lib] as const)));

/** `FROM x`, `JOIN x`, `UPDATE x`, `INTO x`, `TABLE x` naming a table another library owns. */
function trespasses(lib: string, text: string): string[] {
  return [...text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+"?(\w+)"?/g)]
    .map((m) => m[1])
    .filter((table) => owners.has(table) && owners.get(table) !== lib)
    .map((table) => `${table} (${owners.get(table)})`);
}

describe('each library owns its tables', () => {
  it('knows the owner of every table', () => {
    const tables = readdirSync(join(libs, 'database/src/migrations'))
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [
        ...readFileSync(join(libs, 'database/src/migrations', name), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)/g),
      ])
      .map((m) => m[1]);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.filter((table) => !owners.has(table))).toEqual([]);
  });

  it("finds no library's SQL naming another library's table", () => {
    const found = files.flatMap(({ lib, path, text }) => trespasses(lib, text).map((t) => `${relative(root, path)}: ${t}`));
    expect(found).toEqual([]);
  });

  it('would catch one: a programmes query joining the organisation table', () => {
    expect(trespasses('programmes', 'SELECT t.id FROM task t JOIN organisation o ON o.id = t.organisation_id')).toEqual([
      'organisation (identity)',
    ]);
    expect(trespasses('identity', 'SELECT time_zone FROM organisation WHERE id = $1')).toEqual([]);
  });
});
