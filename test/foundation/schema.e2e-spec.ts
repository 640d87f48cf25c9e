import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Database } from '@app/database';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ENTITIES } from '../../apps/api/src/entities';
import { startTestApp, type TestApp } from '../support/test-app';

const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

describe('the committed schema and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('schema.graphql matches the code (regenerate with `npm run schema:generate`)', () => {
    const current = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, current);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(current);
  });

  it('the migrations create exactly the schema the entities describe', async () => {
    const db = t.app.get(Database);
    expect(db.dataSource.entityMetadatas.map((m) => m.target)).toEqual(expect.arrayContaining(ENTITIES));
    const pending = await db.opened.exclusive(() => db.dataSource.driver.createSchemaBuilder().log());
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
