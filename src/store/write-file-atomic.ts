/** Writes a file whole or not at all: a temp file beside it, then a rename. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** Writes `data` to `path` through a temp file in the same folder, so a reader never sees half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // The user named `path`, not our temp file (and a failed write, ENOSPC say, names no file at all).
    const failed = error as NodeJS.ErrnoException;
    if (failed.path === temp || failed.path === undefined) failed.path = path;
    throw error;
  }
}
