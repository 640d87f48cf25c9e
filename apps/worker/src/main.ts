import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/common';
import { startWorker } from './start-worker';

startWorker(loadConfig()).catch((error: unknown) => {
  // Configuration problems: one clear line, no stack trace.
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `coprod worker could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
