import 'reflect-metadata';
import { ConfigError, exitOnSignals, loadConfig } from '@app/common';
import { startWorker, stopWorker } from './start-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await startWorker(config);
  exitOnSignals((deadline) => stopWorker(worker, deadline), config.shutdown.timeoutSeconds * 1000);
}

main().catch((error: unknown) => {
  // Configuration problems: one clear line, no stack trace.
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `coprod worker could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
