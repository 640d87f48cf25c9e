import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { appLogger, ConfigError, loadConfig } from '@app/common';
import { DataFolderInUseError, databaseTarget, openDatabase } from '@app/database';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { ENTITIES } from './entities';

/** `migrate`: apply pending migrations. `seed-demo`: create the demo organisation if the database has none. */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (command === 'migrate') {
    const db = await openDatabase(databaseTarget(config), { entities: ENTITIES });
    try {
      const applied = await db.runMigrations();
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
    } finally {
      await db.close();
    }
    return;
  }
  if (command === 'seed-demo') {
    if (config.production) throw new ConfigError('NODE_ENV', 'is production: demo data is never created there');
    const app = await NestFactory.createApplicationContext(AppModule.register(config), {
      logger: appLogger({ logFormat: config.logFormat, logLevel: 'warn' }),
    });
    try {
      const seeder = app.get(DemoSeeder);
      const demo = await seeder.seedIfEmpty();
      if (demo) seeder.announce(demo);
      else process.stdout.write('The database already holds organisations; no demo data was added.\n');
    } finally {
      await app.close();
    }
    return;
  }
  throw new Error(`unknown command "${command ?? ''}": use migrate or seed-demo`);
}

main(process.argv[2]).catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DataFolderInUseError;
  process.stderr.write(`${known ? '' : 'coprod: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
