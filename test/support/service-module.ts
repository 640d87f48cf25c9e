import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@app/common';
import { Database, DatabaseModule, type DatabaseTarget } from '@app/database';
import { HistoryModule } from '@app/history';
import { IdentityModule } from '@app/identity';
import { ENTITIES } from '../../apps/api/src/entities';
import { asRole, cloneTemplate, serverUrl, TEST_SERVER_ROLE } from './databases';

@Global()
@Module({
  providers: [
    { provide: AppConfig, useFactory: () => loadConfig({ NODE_ENV: 'test', COPROD_DATA_DIR: 'memory://', PASSWORD_HASH_COST: '10' }) },
  ],
  exports: [AppConfig],
})
class TestConfigModule {}

/**
 * A feature module on a fresh copy of the migrated database, with the real identity and
 * history modules beside it: the middle tier of tests (services on a real database).
 */
export async function serviceTestingModule(...features: Array<Type | DynamicModule>): Promise<TestingModule> {
  const ownerUrl = serverUrl() ? await cloneTemplate() : null;
  const target: DatabaseTarget = ownerUrl
    ? { kind: 'postgres', url: asRole(ownerUrl, TEST_SERVER_ROLE), ownerUrl }
    : { kind: 'embedded', dataDir: 'memory://', snapshot: new Blob([readFileSync(process.env.COPROD_TEST_SNAPSHOT!)]) };
  return Test.createTestingModule({
    imports: [
      TestConfigModule,
      DatabaseModule.forRoot({ target, entities: ENTITIES, migrate: false, requireWall: true }),
      HistoryModule,
      IdentityModule,
      ...features,
    ],
  }).compile();
}

/** A statement as the tables' owner, outside the tenancy wall: for a service test's setup and checks. */
export function ownerQuery<T = any>(db: Database, text: string, params: unknown[] = []): Promise<T[]> {
  return db.opened.asOwner((query) => query(text, params));
}
