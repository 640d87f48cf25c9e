import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown when another live process already uses the data folder. */
export class DataFolderInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its files, and two processes on one data folder corrupt it. A lock
 * file holding our pid keeps a second opener out; a lock left by a dead process is taken over.
 */
export class DataFolderLock {
  /** Folders this process holds: our own pid in a lock file is stale (a restarted container is pid 1 again) unless listed here. */
  private static readonly heldHere = new Set<string>();
  private readonly file: string;
  private held = false;

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, 'coprod.lock');
  }

  acquire(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.file, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.held = true;
        DataFolderLock.heldHere.add(this.file);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = Number(readFileSync(this.file, 'utf8').trim());
        const live = owner === process.pid ? DataFolderLock.heldHere.has(this.file) : owner > 0 && isAlive(owner);
        if (live) {
          throw new DataFolderInUseError(
            `The data folder ${this.dataDir} is in use by another coprod process (pid ${owner}). ` +
              'Stop that process first, or point COPROD_DATA_DIR at another folder.',
          );
        }
        rmSync(this.file, { force: true });
      }
    }
    throw new DataFolderInUseError(`Could not lock the data folder ${this.dataDir}`);
  }

  release(): void {
    if (!this.held) return;
    rmSync(this.file, { force: true });
    DataFolderLock.heldHere.delete(this.file);
    this.held = false;
  }
}
