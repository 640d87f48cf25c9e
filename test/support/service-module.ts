import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@app/common';
import { DatabaseModule, type DatabaseTarget } from '@app/database';
import { HistoryModule } from '@app/history';
import { IdentityModule } from '@app/identity';
import { ENTITIES } from '../../apps/api/src/entities';
import { cloneTemplate, serverUrl } from './databases';

@Global()
@Module({ providers: [{ provide: AppConfig, useFactory: () => loadConfig({ NODE_ENV: 'test', COPROD_DATA_DIR: 'memory://' }) }], exports: [AppConfig] })
class TestConfigModule {}

/**
 * A feature module on a fresh copy of the migrated database, with the real identity and
 * history modules beside it: the middle tier of tests (services on a real database).
 */
export async function serviceTestingModule(...features: Array<Type | DynamicModule>): Promise<TestingModule> {
  const target: DatabaseTarget = serverUrl()
    ? { kind: 'postgres', url: await cloneTemplate() }
    : { kind: 'embedded', dataDir: 'memory://', snapshot: new Blob([readFileSync(process.env.COPROD_TEST_SNAPSHOT!)]) };
  return Test.createTestingModule({
    imports: [TestConfigModule, DatabaseModule.forRoot({ target, entities: ENTITIES, migrate: false }), HistoryModule, IdentityModule, ...features],
  }).compile();
}
