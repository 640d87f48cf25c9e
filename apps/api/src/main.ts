import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/common';
import { DataFolderInUseError } from '@app/database';
import { createServer, seedDemoIfWanted } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createServer(config);
  await app.listen({ port: config.port, host: config.host });
  await seedDemoIfWanted(app, config);
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  process.stdout.write(`coprod is ready at ${config.publicUrl}/graphql (data in ${where})\n`);
}

main().catch((error: unknown) => {
  // Configuration and start-up problems: one clear line, no stack trace.
  if (error instanceof ConfigError || error instanceof DataFolderInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`coprod could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
