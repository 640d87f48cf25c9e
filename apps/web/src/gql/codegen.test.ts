// @vitest-environment node
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

describe('generated GraphQL types (src/gql)', () => {
  it('match schema.graphql and the operations in the source: run `npm run codegen` when this fails', async () => {
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect({ filename, content: readFileSync(filename, 'utf8') }).toEqual({ filename, content });
    }
  }, 60_000);
});
