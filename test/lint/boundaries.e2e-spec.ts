import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';

/**
 * The layers of ARCHITECTURE.md ("Layers: what may import what") are checked by eslint.config.mjs.
 * Here its import-boundary rules lint small fixtures, given as text at paths inside the libraries
 * (nothing is written to disk), so a deliberate violation must fail and an allowed import must pass.
 * Only the boundary rules run (no type information), which keeps this fast.
 */
const root = process.cwd();
const RULE = 'boundaries/dependencies';

let eslint: ESLint;

beforeAll(async () => {
  // A runtime path, so the type-checker does not look for declarations of a JavaScript config.
  const configFile = pathToFileURL(join(root, 'eslint.config.mjs')).href;
  const { boundariesConfig } = (await import(configFile)) as { boundariesConfig: Linter.Config[] };
  const { parser } = (await import('typescript-eslint')).default;
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser } }, ...boundariesConfig],
  });
});

/** The boundary problems ESLint reports for `code` placed at `file` (relative to the repository). */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  const other = result.messages.filter((message) => message.ruleId !== RULE);
  expect(other).toEqual([]); // a fixture that does not parse would pass for the wrong reason
  return result.messages.map((message) => message.message);
}

describe('the import boundaries (eslint.config.mjs)', () => {
  it('refuse an upward import: the pure rules importing the database', async () => {
    const found = await violations(
      'libs/workflow/src/__fixture__.ts',
      "import { Database } from '@app/database';\nexport const db = Database;\n",
    );
    expect(found).toEqual([expect.stringContaining("libs/workflow may not import '@app/database'")]);
    // Plain HTTP sits just above common: common only below it, and the features above it.
    expect(await violations('libs/http/src/__fixture__.ts', "export { Database } from '@app/database';\n")).toHaveLength(1);
    expect(await violations('libs/http/src/__fixture__.ts', "export { AppConfig } from '@app/common';\n")).toEqual([]);
    expect(await violations('libs/surveys/src/__fixture__.ts', "export * from '@app/http';\n")).toEqual([]);
  });

  it('refuse a feature importing a later or sideways feature', async () => {
    const found = await violations(
      'libs/mapping/src/__fixture__.ts',
      "import { PilotsService } from '@app/pilots';\nexport const s = PilotsService;\n",
    );
    expect(found).toEqual([expect.stringContaining("libs/mapping may not import '@app/pilots'")]);
    expect(await violations('libs/people/src/__fixture__.ts', "export * from '@app/surveys';\n")).toHaveLength(1);
  });

  it('refuse a deep path into another library, by alias or by relative path, from a library or the server', async () => {
    const deep =
      "import { InitiativesService } from '@app/mapping/initiatives/initiatives.service';\nexport const s = InitiativesService;\n";
    expect(await violations('libs/pilots/src/__fixture__.ts', deep)).toEqual([
      expect.stringContaining("libs/pilots may not import '@app/mapping/initiatives/initiatives.service'"),
    ]);
    expect(await violations('apps/api/src/__fixture__.ts', deep)).toHaveLength(1);
    const relative = "import { Database } from '../../database/src/database';\nexport const db = Database;\n";
    expect(await violations('libs/history/src/__fixture__.ts', relative)).toHaveLength(1);
  });

  it('refuse a library importing the server, and production code importing the test support', async () => {
    const server = "import { AppModule } from '../../../apps/api/src/app.module';\nexport const m = AppModule;\n";
    expect(await violations('libs/mapping/src/__fixture__.ts', server)).toEqual([
      expect.stringContaining("libs/mapping may not import '../../../apps/api/src/app.module'"),
    ]);
    const support =
      "import { serviceTestingModule } from '../../../test/support/service-module';\nexport const m = serviceTestingModule;\n";
    expect(await violations('libs/people/src/__fixture__.ts', support)).toHaveLength(1);
    // A spec beside the code may use it.
    expect(await violations('libs/people/src/__fixture__.spec.ts', support)).toEqual([]);
  });

  it('keep libs/workflow free of packages, except in its specs', async () => {
    const fastCheck = "import fc from 'fast-check';\nexport const any = fc.anything;\n";
    expect(await violations('libs/workflow/src/__fixture__.ts', fastCheck)).toEqual([
      expect.stringContaining("libs/workflow is pure TypeScript: it may not import the package 'fast-check'"),
    ]);
    expect(await violations('libs/workflow/src/__fixture__.spec.ts', fastCheck)).toEqual([]);
  });

  it('let the browser client share only the pure rules and the policy table', async () => {
    const web = 'apps/web/src/screens/__fixture__.tsx';
    expect(await violations(web, "export { STEPS } from '../../../../libs/workflow/src/steps';\n")).toEqual([]);
    expect(await violations(web, "export { can } from '../../../../libs/common/src/policy';\n")).toEqual([]);
    expect(await violations(web, "export { Database } from '../../../../libs/database/src/database';\n")).toHaveLength(1);
  });

  it('allow the layers below through their index.ts, and anything within one library', async () => {
    const allowed = [
      "import { Injectable } from '@nestjs/common';",
      "import { RequestContext } from '@app/common';",
      "import { Database } from '@app/database';",
      "import { HistoryService } from '@app/history';",
      "import { ProgrammesService } from '@app/programmes';",
      "import { InitiativesService } from '@app/mapping';",
      "import { PilotsService } from './pilots/pilots.service';",
      'export const all = [Injectable, RequestContext, Database, HistoryService, ProgrammesService, InitiativesService, PilotsService];',
    ].join('\n');
    expect(await violations('libs/pilots/src/__fixture__.ts', allowed)).toEqual([]);
    const server =
      "import { SurveysService } from '@app/surveys';\nimport { STEPS } from '@app/workflow';\nexport const all = [SurveysService, STEPS];\n";
    expect(await violations('apps/api/src/__fixture__.ts', server)).toEqual([]);
  });

  it('are switched on by the repository configuration for every library', async () => {
    const repository = new ESLint({ cwd: root });
    const config = await repository.calculateConfigForFile(join(root, 'libs/workflow/src/index.ts'));
    expect(config?.rules?.[RULE]).toEqual([2, expect.objectContaining({ default: 'disallow' })]);
  });
});
