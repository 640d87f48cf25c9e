import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database holds password hashes and personal data, so its folder belongs to the
 * server's user alone: the folder and its sub-folders 0700, its files 0600.
 */
const PRIVATE_FOLDER_MODE = 0o700;

/** Thrown when the data folder cannot be made private: another user can already write to it. */
export class DataFolderPermissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderPermissionError';
  }
}

const GROUP_OR_OTHERS_WRITE = 0o022;
const GROUP_OR_OTHERS_ANY = 0o077;

const octal = (mode: number) => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

/**
 * Creates the data folder private, or makes an existing one private. A folder that another user
 * owns or can write to is refused rather than repaired: whoever could write there may already
 * have changed its contents, so its owner has to look at it and close it by hand.
 */
export function securePrivateDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const folder = statSync(dataDir);
  if (!folder.isDirectory()) {
    throw new DataFolderPermissionError(`The data folder ${dataDir} is not a folder: point COPROD_DATA_DIR at a folder.`);
  }
  const uid = process.getuid?.();
  if (uid !== undefined && folder.uid !== uid) {
    throw new DataFolderPermissionError(
      `The data folder ${dataDir} belongs to another user (uid ${folder.uid}): run coprod as that user, ` +
        `or give it to this one (chown ${uid} ${dataDir} && chmod 700 ${dataDir}).`,
    );
  }
  if (folder.mode & GROUP_OR_OTHERS_WRITE) {
    throw new DataFolderPermissionError(
      `The data folder ${dataDir} can be written by other users (mode ${octal(folder.mode)}): ` +
        `check its contents, run chmod 700 ${dataDir}, then start again.`,
    );
  }
  if (folder.mode & GROUP_OR_OTHERS_ANY) chmodSync(dataDir, PRIVATE_FOLDER_MODE);
  makeContentsPrivate(dataDir);
}

/**
 * Takes group and others' access off everything under the folder. PGlite writes its initial
 * files 0666 whatever the process umask, so this runs after PGlite has opened the folder too;
 * the files PostgreSQL creates later are 0600 already, and the private folder shuts out the rest.
 * Symbolic links are left alone (chmod would follow them out of the folder).
 */
export function makeContentsPrivate(folder: string): void {
  for (const entry of ignoringVanished(() => readdirSync(folder, { withFileTypes: true })) ?? []) {
    if (entry.isSymbolicLink()) continue;
    const path = join(folder, entry.name);
    const mode = ignoringVanished(() => lstatSync(path).mode);
    if (mode === undefined) continue;
    // Keep the owner's own bits (a read-only file stays read-only); drop everyone else's.
    if (mode & GROUP_OR_OTHERS_ANY) ignoringVanished(() => chmodSync(path, mode & 0o700));
    if (entry.isDirectory()) makeContentsPrivate(path);
  }
}

/** PostgreSQL removes temporary files as it goes; one that vanished mid-walk needs nothing. */
function ignoringVanished<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
