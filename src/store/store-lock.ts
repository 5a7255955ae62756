/**
 * One writer at a time: apply, release and rebase hold `<store>/.secdraft.lock` while they read
 * and write, so that two releases started together cannot both write (one would silently replace
 * the other). The file is created exclusively (O_EXCL) and holds who holds it.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';

/** The lock file's name inside the store (a dot-name: the store never reads it as a code). */
export const LOCK_FILE = '.secdraft.lock';

/** What the lock file holds. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time it was taken. */
  readonly time: string;
  /** The command that took it, e.g. "release 6.18". */
  readonly command: string;
}

/** Options of lockStore. */
export interface LockStoreOptions {
  /** The command, named in the lock for whoever finds it held. */
  readonly command: string;
  /** Told one line when a stale lock is taken over. */
  readonly note: (line: string) => void;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, host: parsed.host, time: String(parsed.time ?? '?'), command: String(parsed.command ?? '?') };
  } catch {
    return undefined;
  }
}

/** True when `pid` is a live process on this host (signal 0 tests without sending). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldError(path: string, holder: LockHolder | undefined): InputError {
  const who = holder ? `${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.time})` : 'another secdraft (its lock file cannot be read)';
  return new InputError(undefined, `the store is being written by ${who}`, `wait for it to finish and run again; if no such process runs, remove ${path}`);
}

/**
 * Creates the lock file exclusively, whole: its content goes to a temp file first, then a hard link
 * puts it in place (link fails with EEXIST as O_EXCL does). Opened with O_EXCL and then written,
 * a second writer could find it empty and report "cannot be read" instead of naming the holder.
 * False when it exists.
 */
function create(path: string, holder: LockHolder): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Takes the store's lock, or throws at once naming its holder (exit 2). A lock left by a process
 * that is gone (same host, no such pid) is taken over, with a note. Returns the release function.
 */
export function lockStore(root: string, options: LockStoreOptions): () => void {
  const path = join(root, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), time: new Date().toISOString(), command: options.command };
  if (!create(path, holder)) {
    const found = readHolder(path);
    if (!found || found.host !== holder.host || alive(found.pid)) throw heldError(path, found);
    // Stale: move it aside (rename is atomic, so of two takers only one gets it) and check that
    // what was moved is the stale lock, not one a third process has just taken.
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch {
      throw heldError(path, readHolder(path));
    }
    const moved = readHolder(aside);
    if (moved?.pid !== found.pid || moved.time !== found.time) {
      try {
        linkSync(aside, path);
      } catch {
        // Someone holds it already: they stay the holder.
      }
      rmSync(aside, { force: true });
      throw heldError(path, moved);
    }
    rmSync(aside, { force: true });
    if (!create(path, holder)) throw heldError(path, readHolder(path));
    options.note(`secdraft: took over the lock of ${found.command} (pid ${found.pid} on ${found.host}, since ${found.time}), which is no longer running`);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      if (readHolder(path)?.pid === holder.pid) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
}
