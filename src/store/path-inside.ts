/** Where a path really is once symlinks are followed, and whether that lies inside a folder. */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../model/input-error.js';

/**
 * The absolute path `path` would be written at: the deepest part that exists resolved through its
 * symlinks (realpath), the rest appended. A path not yet created resolves as its nearest existing
 * folder does, so `out/../../x` and a symlinked parent are seen for what they are before anything
 * is made.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let at = absolute;
  while (!existsSync(at)) {
    const parent = dirname(at);
    if (parent === at) break;
    missing.unshift(basename(at));
    at = parent;
  }
  return join(realpathSync(at), ...missing);
}

/** True when `path` is `folder` or lies under it (both already real paths). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Resolves `path` (the file itself is not followed if it is a symlink: only its folder) and
 * requires it to lie inside `folder`; otherwise an InputError, before anything is written.
 * `what` names the folder in the message ("the store at clauses", "--out output/MP087").
 */
export function pathInside(path: string, folder: string, what: string): string {
  const real = join(realPath(dirname(path)), basename(path));
  if (!isInside(real, realPath(folder))) {
    throw new InputError(undefined, `${path} lies outside ${what}`, 'secdraft writes only inside the store or the --out target');
  }
  return real;
}
