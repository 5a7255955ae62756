/**
 * Writes a command's outputs all or nothing, and never over what it should not. Every file and
 * folder is first written beside its target under a hidden temp name (same folder, so the same
 * file system), and only when every part is written are they renamed into place; a failure puts
 * back what was there and removes the temps and the folders it made. A reader sees the old outputs
 * or the new ones, never a half-written file.
 */
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, closeSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { InputError } from '../model/input-error.js';
import { isInside, pathInside, realPath } from './path-inside.js';

/** One file to write. */
export interface OutputFile {
  readonly kind: 'file';
  readonly path: string;
  readonly data: string | Uint8Array;
  /** The folder it must lie in (the store, the --out folder), and how to name that folder in a message. */
  readonly within: { readonly folder: string; readonly what: string };
  /** May an existing file be replaced (a generated output, or --force)? */
  readonly replace: boolean;
  /**
   * The file is clause text rewritten in place (fmt --write, rebase): it may hold clause text, and
   * it may lie in the store.
   */
  readonly rewrite?: boolean;
}

/** A folder written whole (a version of the store): its files replace the folder's contents. */
export interface OutputFolder {
  readonly kind: 'folder';
  readonly path: string;
  readonly files: ReadonlyArray<readonly [name: string, data: string | Uint8Array]>;
  readonly within: { readonly folder: string; readonly what: string };
  readonly replace: boolean;
  /** The error to give when the folder exists and may not be replaced. */
  readonly exists?: () => Error;
}

export type Output = OutputFile | OutputFolder;

/** A place no output goes. */
export interface Protected {
  readonly path: string;
  /** Names it in a message: "the store at clauses", "an input of this diff (a.md)". */
  readonly what: string;
  /**
   * How many path segments below `path` the guard starts (default 0: the path and all under it).
   * The store is guarded from 3 (`<code>/<version>/<file>`): what it reads lies there, while an
   * output folder at its top is the user's to choose.
   */
  readonly depth?: number;
}

/** Options of writeOutputs. */
export interface WriteOutputsOptions {
  /** Folders and files no output may be written into or over (the store, the command's inputs). */
  readonly protect?: ReadonlyArray<Protected>;
}

/** One output, planned: where it really goes and what is there now. */
interface Planned {
  readonly output: Output;
  /** The real path written (a symlinked file: its target). */
  readonly target: string;
  /** What the target is now; undefined when absent. */
  readonly before: Stats | undefined;
  temp?: string;
  backup?: string;
  committed?: boolean;
}

let counter = 0;
/** A hidden name beside `target`, unique to this process; the store ignores dot-names. */
function tempName(target: string, suffix: string): string {
  counter += 1;
  return join(dirname(target), `.secdraft-${basename(target)}-${process.pid}-${counter}.${suffix}`);
}

/** True when an existing file opens with front matter naming a code: a clause or modification file. */
function holdsClauseText(path: string): boolean {
  const buffer = Buffer.alloc(512);
  const fd = openSync(path, 'r');
  try {
    const head = buffer.subarray(0, readSync(fd, buffer, 0, 512, 0)).toString('utf8');
    return /^---\r?\n/.test(head) && /^code:/m.test(head);
  } finally {
    closeSync(fd);
  }
}

/** Checks one output against the write policy (docs/store-safety.md) and says where it really goes. */
function plan(output: Output, options: WriteOutputsOptions): Planned {
  const at = pathInside(output.path, output.within.folder, output.within.what);
  let link: Stats | undefined;
  try {
    link = lstatSync(at);
  } catch {
    link = undefined;
  }
  // A symlinked file is written through to its target (its folder keeps the link); a symlinked version folder is refused.
  const target = link?.isSymbolicLink() && output.kind === 'file' ? realPath(at) : at;
  const before = link === undefined ? undefined : existsSync(target) ? statSync(target) : undefined;
  // Written through, a link must not carry an output out of its folder (clause text rewritten in place goes where its link says).
  if (link?.isSymbolicLink() && output.kind === 'file' && !output.rewrite && !isInside(target, realPath(output.within.folder))) {
    throw new InputError(undefined, `${output.path} is a symlink to ${target}, outside ${output.within.what}`, 'write to a file there, or remove the link');
  }
  // Protected places guard outputs; a version folder belongs in the store, and clause text rewritten in place is its own.
  for (const guard of output.kind === 'file' && !output.rewrite ? (options.protect ?? []) : []) {
    const protectedPath = realPath(guard.path);
    if (isInside(target, protectedPath) && relative(protectedPath, target).split(sep).filter(Boolean).length >= (guard.depth ?? 0)) {
      const where = guard.depth ? `inside a version or modification folder of ${guard.what}` : `${protectedPath === target ? '' : 'inside '}${guard.what}`;
      throw new InputError(undefined, `${output.path} is ${where}`, 'write outputs elsewhere: secdraft never writes over its inputs or among the clause files');
    }
  }
  if (link?.isSymbolicLink() && output.kind === 'folder') {
    throw new InputError(undefined, `${output.path} is a symlink`, 'a version folder is written in the store itself: remove the link');
  }
  if (before !== undefined) {
    if (output.kind === 'file' && before.isDirectory()) {
      // As open(2) would say it: a system error (exit 3), like any other folder in the way.
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${output.path}'`), { code: 'EISDIR', syscall: 'open', path: output.path });
    }
    if (output.kind === 'file' && !before.isFile()) {
      throw new InputError(undefined, `${output.path} exists and is not a regular file (${kindOf(before)})`, 'name a file, or a folder for the output to go in');
    }
    if (output.kind === 'folder' && !before.isDirectory()) {
      throw new InputError(undefined, `${output.path} exists and is not a folder (${kindOf(before)})`, 'move it away or choose another name');
    }
    if (!output.replace) {
      if (output.kind === 'folder' && output.exists) throw output.exists();
      throw new InputError(undefined, `${output.path} already exists`, 'pass --force to replace it, or choose another name');
    }
    if (output.kind === 'file' && !output.rewrite && holdsClauseText(target)) {
      throw new InputError(undefined, `${output.path} holds clause text (front matter with code:)`, 'outputs never replace a clause or modification file: write elsewhere');
    }
  }
  return { output, target, before };
}

/** What a path that is not a regular file is, for a message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isFIFO()) return 'a fifo';
  return 'not a file';
}

/** Makes `folder` and its missing parents; returns the topmost one it made, to remove on failure. */
function makeFolder(folder: string): string | undefined {
  let top: string | undefined;
  let at = folder;
  for (; !existsSync(at); at = dirname(at)) {
    top = at;
    if (dirname(at) === at) break;
  }
  // Name the file in the way, as mkdir(2) would, rather than the output under it.
  if (existsSync(at) && !statSync(at).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: at });
  }
  if (top !== undefined) mkdirSync(folder, { recursive: true });
  return top;
}

/** Removes `folder` and the folders under it, if they hold no file (what makeFolder made, and nothing else came into). */
function removeEmptyFolders(folder: string): void {
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) removeEmptyFolders(join(folder, entry.name));
    }
    rmdirSync(folder);
  } catch {
    // Not empty, or gone: leave it.
  }
}

/** Writes a temp copy of `planned` beside its target, keeping an existing file's mode and owner. */
function stage(planned: Planned): void {
  const { output, target, before } = planned;
  planned.temp = tempName(target, 'tmp');
  if (output.kind === 'file') {
    writeFileSync(planned.temp, output.data, { flag: 'wx' });
    if (before) {
      chmodSync(planned.temp, before.mode & 0o7777);
      if (process.getuid?.() === 0) chownSync(planned.temp, before.uid, before.gid);
    }
    return;
  }
  mkdirSync(planned.temp);
  for (const [name, data] of output.files) writeFileSync(join(planned.temp, name), data, { flag: 'wx' });
}

/** Renames the staged copy into place; an existing file is first hard-linked aside (so the target never goes missing), a folder moved aside. */
function commit(planned: Planned): void {
  const { output, target, before } = planned;
  if (before) {
    planned.backup = tempName(target, 'old');
    if (output.kind === 'file') {
      try {
        linkSync(target, planned.backup);
      } catch {
        planned.backup = undefined;
      }
    } else {
      renameSync(target, planned.backup);
    }
  }
  renameSync(planned.temp as string, target);
  planned.temp = undefined;
  planned.committed = true;
}

/** Puts back what was there before a committed output. */
function undo(planned: Planned): void {
  const { output, target, before, backup } = planned;
  if (planned.committed) {
    if (backup) renameSync(backup, target);
    else if (!before || output.kind === 'folder') rmSync(target, { recursive: true, force: true });
    planned.backup = undefined;
  } else if (backup && output.kind === 'folder' && !existsSync(target)) {
    renameSync(backup, target);
    planned.backup = undefined;
  }
}

/**
 * Ctrl-C while outputs are written would leave temps (the targets are never partial: they are only
 * ever renamed into place). The writes are synchronous, so with a listener installed the signal
 * waits until they are done, or undone; the listener then ends the process as SIGINT would have
 * (removing itself and raising the signal again). Installed once, on the first write.
 */
let deferring = false;
function deferInterrupts(): void {
  if (deferring) return;
  deferring = true;
  const listener = () => {
    process.off('SIGINT', listener);
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', listener);
}

/**
 * Writes every output, or none: on any failure (a refused path, a full disk, a read-only folder)
 * the previous state is left as it was and the error is thrown on. Returns the paths written.
 */
export function writeOutputs(outputs: readonly Output[], options: WriteOutputsOptions = {}): string[] {
  // Every check before anything is made.
  const planned = outputs.map((output) => plan(output, options));
  deferInterrupts();
  const made: string[] = [];
  let current: Planned | undefined;
  try {
    for (const p of planned) {
      current = p;
      const top = makeFolder(dirname(p.target));
      if (top !== undefined) made.push(top);
      stage(p);
    }
    for (const p of planned) {
      current = p;
      commit(p);
    }
  } catch (error) {
    // The user named the output, not our temp file (and a failed write, ENOSPC say, names no file at all).
    const failed = error as NodeJS.ErrnoException;
    if (current && (failed.path === undefined || basename(failed.path).startsWith('.secdraft-'))) failed.path = current.output.path;
    for (const p of [...planned].reverse()) {
      try {
        undo(p);
      } catch {
        // Keep undoing the others; the first error is the one to report.
      }
      try {
        if (p.temp) rmSync(p.temp, { recursive: true, force: true });
      } catch {
        // Never made (its folder was not one): nothing to remove.
      }
    }
    for (const folder of made.reverse()) removeEmptyFolders(folder);
    throw error;
  }
  for (const p of planned) if (p.backup) rmSync(p.backup, { recursive: true, force: true });
  return planned.map((p) => p.output.path);
}
