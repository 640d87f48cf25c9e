import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/common';
import { DataFolderInUseError } from '@app/database';
import { startServer } from './start';

async function main(): Promise<void> {
  await startServer(loadConfig());
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
