/** Writes a consolidated version into the store as a folder of canonical Section files, whole or not at all. */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { sectionFileToMarkdown } from '../serialize/to-markdown.js';

/** Options of writeVersion. */
export interface WriteVersionOptions {
  /** Replace a version folder that already exists. */
  readonly force?: boolean;
}

/**
 * Writes `version` to `<root>/<code>/<id>/<Section>.md`. The files go to a temp folder first and the
 * folder is renamed into place, so a reader sees the old version or the new one, never half of it.
 * Returns the folder written.
 */
export function writeVersion(root: string, version: Version, options: WriteVersionOptions = {}): string {
  const target = join(root, version.code, version.id);
  if (existsSync(target) && !options.force) {
    throw new InputError(undefined, `version ${version.code} ${version.id} already exists at ${target}`, 'choose another --as, or pass --force to replace it');
  }
  const temp = join(root, version.code, `.${version.id}.${process.pid}.tmp`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    for (const file of version.files) {
      writeFileSync(join(temp, `${file.section.id}.md`), sectionFileToMarkdown(file));
    }
    if (existsSync(target)) {
      const old = `${temp}.old`;
      renameSync(target, old);
      renameSync(temp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, target);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return target;
}
