import { constants } from 'node:os';
import { Logger } from '@nestjs/common';

/** The part of `process` that the signal handling uses; a test hands in its own emitter and exit. */
export interface SignalTarget {
  on(signal: 'SIGTERM' | 'SIGINT', listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): void;
}

/**
 * What the stopping code is left for the last steps (handing back leases, closing the database)
 * once the waiting for requests and deliveries in flight ends: two seconds, or a quarter of the
 * whole timeout when that is shorter.
 */
export function shutdownReserveMs(timeoutMs: number): number {
  return Math.min(2000, timeoutMs / 4);
}

/**
 * Stops the process on its first SIGTERM or SIGINT: runs `stop` with the instant (Date.now() ms)
 * by which everything must be done, then exits 0; exits 1 if `stop` fails or is still going at
 * that instant (something hangs), so the process always ends within `timeoutMs`. A second signal
 * exits at once (a person pressing Ctrl-C again), with 128 + the signal's number.
 */
export function exitOnSignals(stop: (deadline: number) => Promise<void>, timeoutMs: number, target: SignalTarget = process): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: stopping at once`);
      target.exit(128 + (constants.signals[signal] ?? 0));
      return;
    }
    stopping = true;
    logger.log(`${signal}: stopping within ${timeoutMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS)`);
    const timer = setTimeout(() => {
      logger.error(`still stopping after ${timeoutMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS): exiting now`);
      target.exit(1);
    }, timeoutMs);
    stop(Date.now() + timeoutMs).then(
      () => {
        clearTimeout(timer);
        logger.log('stopped');
        target.exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        logger.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        target.exit(1);
      },
    );
  };
  target.on('SIGTERM', handle);
  target.on('SIGINT', handle);
}
