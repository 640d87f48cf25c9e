import 'reflect-metadata';
import { ConfigError, exitOnSignals, loadConfig } from '@app/common';
import { DataFolderInUseError } from '@app/database';
import { stopServer } from './drain';
import { startServer } from './start';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = startServer(config);
  // From the start: a signal while migrations run waits for them, within SHUTDOWN_TIMEOUT_SECONDS.
  exitOnSignals(async (deadline) => stopServer(await started, deadline), config.shutdown.timeoutSeconds * 1000);
  await started;
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
